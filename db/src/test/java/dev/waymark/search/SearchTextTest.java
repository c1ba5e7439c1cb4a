package dev.waymark.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SearchTextTest {

    @Test
    void full_width_letters_become_half_width_lower_case() {
        assertThat(SearchText.normalize("ＥＳＩＭ卡 ＳＩＭ")).isEqualTo("esim卡 sim");
    }

    @Test
    void traditional_chinese_becomes_simplified() {
        assertThat(SearchText.normalize("註銷號碼，運營商營業廳")).isEqualTo("注销号码,运营商营业厅");
    }

    @Test
    void a_document_has_overlapping_bigrams_single_characters_and_whole_words() {
        SearchText.Document document = SearchText.document("eSIM注销", "拨打 mts 客服");

        assertThat(document.title()).isEqualTo("esim注销");
        assertThat(document.text()).isEqualTo("esim注销\n拨打 mts 客服");
        assertThat(document.words()).isEqualTo("'esim':1 '注销':2 '拨打':4 'mts':6 '客服':7");
        assertThat(document.chars()).isEqualTo("'注' '销' '拨' '打' '客' '服'");
        assertThat(document.titleTokens()).isEqualTo("'esim':1 '注销':2 '注' '销'");
    }

    @Test
    void bigrams_of_a_run_are_adjacent_and_runs_are_not() {
        SearchText.Document document = SearchText.document("运营商", "运营，营商");

        assertThat(document.words()).isEqualTo("'运营':1,4 '营商':2,6");
    }

    @Test
    void queries_are_planned_by_the_length_of_their_chinese_runs() {
        assertThat(SearchText.plan("卡")).isEqualTo(new SearchText.Plan(null, "'卡'",
                List.of(new SearchText.Part("卡", true))));
        assertThat(SearchText.plan("注销").words()).isEqualTo("'注销'");
        assertThat(SearchText.plan("运营商").words()).isEqualTo("('运营' <-> '营商')");
        assertThat(SearchText.plan("註銷").words()).isEqualTo("'注销'");
    }

    @Test
    void latin_words_match_as_prefixes_and_mixed_queries_need_every_part() {
        assertThat(SearchText.plan("ESIM").words()).isEqualTo("'esim':*");
        SearchText.Plan mixed = SearchText.plan("eSIM卡");
        assertThat(mixed.words()).isEqualTo("'esim':*");
        assertThat(mixed.chars()).isEqualTo("'卡'");
        assertThat(SearchText.plan("塞尔维亚 eSIM").words()).isEqualTo("('塞尔' <-> '尔维' <-> '维亚') & 'esim':*");
    }

    @Test
    void like_patterns_escape_wildcards_and_the_escape_character() {
        assertThat(new SearchText.Part("a%b_c\\d", false).likePattern()).isEqualTo("%a\\%b\\_c\\\\d%");
    }

    @Test
    void queries_of_only_symbols_have_nothing_to_search() {
        for (String query : List.of("", "   ", "%", "_", "\\", "😀", "\u0000", "'\"<>&;--", "！？")) {
            assertThat(SearchText.plan(query).isEmpty()).as(query).isTrue();
        }
    }

    @Test
    void hostile_queries_are_planned_without_failing_and_stay_bounded() {
        String huge = "注销".repeat(5_000);
        assertThat(SearchText.plan(huge).parts()).hasSize(1);
        String manyWords = "word ".repeat(2_000) + "x".repeat(10_000);
        SearchText.Plan plan = SearchText.plan(manyWords + " " + String.join(" ", java.util.stream.IntStream.range(0, 50)
                .mapToObj(i -> "w" + i).toList()));
        assertThat(plan.parts()).hasSizeLessThanOrEqualTo(SearchText.MAX_QUERY_PARTS);
        assertThat(SearchText.plan("x".repeat(10_000)).words()).isEqualTo("'" + "x".repeat(SearchText.MAX_TOKEN_LENGTH) + "':*");
        assertThat(SearchText.plan("it's").words()).isEqualTo("'it':* & 's':*");
        assertThat(SearchText.plan("😀注销😀").words()).isEqualTo("'注销'");
    }

    @Test
    void matches_point_into_the_original_text_even_when_normalization_changes_it() {
        String original = "请先註銷ＥＳＩＭ卡，再删除 eSIM profile";
        List<SearchText.Range> ranges = SearchText.matches(original, SearchText.plan("注销 esim").parts());

        assertThat(ranges).extracting(r -> original.substring(r.start(), r.end()))
                .containsExactly("註銷ＥＳＩＭ", "eSIM");
    }

    @Test
    void a_latin_part_marks_whole_words_it_begins_but_not_words_it_sits_inside() {
        String original = "Passports and a passport, not a mypassport";
        assertThat(SearchText.matches(original, SearchText.plan("pass").parts()))
                .extracting(r -> original.substring(r.start(), r.end()))
                .containsExactly("Passports", "passport");
    }
}
