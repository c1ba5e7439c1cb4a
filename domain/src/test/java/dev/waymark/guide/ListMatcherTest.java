package dev.waymark.guide;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class ListMatcherTest {

    private static int[] match(List<String> before, List<String> after) {
        return ListMatcher.match(before, after, null, Function.identity());
    }

    @Test
    void similarity_is_one_for_equal_texts_and_zero_for_unrelated_ones() {
        assertThat(ListMatcher.similarity("Call  mts", "call mts")).isEqualTo(1.0);
        assertThat(ListMatcher.similarity("Call mts", "护照")).isZero();
        assertThat(ListMatcher.similarity("带护照去营业厅", "带护照去mts营业厅")).isGreaterThan(ListMatcher.SIMILAR);
    }

    @Test
    void equal_items_pair_in_order_and_an_inserted_item_has_no_counterpart() {
        assertThat(match(List.of("a", "b", "c"), List.of("a", "x", "b", "c"))).containsExactly(0, 2, 3);
    }

    @Test
    void an_edited_item_pairs_with_its_similar_version() {
        assertThat(match(List.of("Take your passport", "Hand back the SIM"),
                List.of("Hand back the SIM card", "Take your passport"))).containsExactly(1, 0);
    }

    @Test
    void an_item_rewritten_between_the_same_neighbours_pairs_in_place() {
        assertThat(match(List.of("a", "old words", "c"), List.of("a", "something new", "c")))
                .containsExactly(0, 1, 2);
    }

    @Test
    void an_item_moved_away_does_not_stop_another_from_pairing_in_place() {
        assertThat(match(List.of("a", "b", "c", "old words"), List.of("b", "c", "something new", "a")))
                .containsExactly(3, 0, 1, 2);
    }

    @Test
    void items_with_an_identity_pair_only_by_it() {
        int[] pairs = ListMatcher.match(List.of("hotline:1", "store:1"), List.of("store:2", "online:1"),
                text -> text.substring(0, text.indexOf(':')), Function.identity());

        assertThat(pairs).containsExactly(-1, 0);
    }

    @Test
    void only_the_items_that_left_the_common_order_count_as_moved() {
        assertThat(ListMatcher.moved(new int[] {0, 3, 1, 2, 4})).containsExactly(false, true, false, false, false);
        assertThat(ListMatcher.moved(new int[] {0, -1, 1})).containsExactly(false, false, false);
    }
}
