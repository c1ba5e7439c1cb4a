package dev.waymark.guide;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waymark.guide.WordDiff.Kind;
import dev.waymark.guide.WordDiff.Segment;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class WordDiffTest {

    private static String side(List<Segment> segments, Kind other) {
        return segments.stream().filter(segment -> segment.kind() != other).map(Segment::text).collect(Collectors.joining());
    }

    @Test
    void a_changed_number_is_the_only_word_marked() {
        List<Segment> diff = WordDiff.between("Call 0800 100 100 from an mts number.", "Call 0800 100 200 from an mts number.");

        assertThat(diff).containsExactly(new Segment(Kind.SAME, "Call 0800 100 "), new Segment(Kind.REMOVED, "100"),
                new Segment(Kind.ADDED, "200"), new Segment(Kind.SAME, " from an mts number."));
    }

    @Test
    void chinese_changes_are_marked_character_by_character() {
        List<Segment> diff = WordDiff.between("到营业厅办理注销", "到门店办理注销");

        assertThat(diff).containsExactly(new Segment(Kind.SAME, "到"), new Segment(Kind.REMOVED, "营业厅"),
                new Segment(Kind.ADDED, "门店"), new Segment(Kind.SAME, "办理注销"));
    }

    @Test
    void each_side_reads_back_as_its_own_text() {
        String before = "Bring your passport, the SIM and your contract. Ask for written confirmation.";
        String after = "Bring your passport or ID card and the SIM. Ask for written proof, with the date.";
        List<Segment> diff = WordDiff.between(before, after);

        assertThat(side(diff, Kind.ADDED)).isEqualTo(before);
        assertThat(side(diff, Kind.REMOVED)).isEqualTo(after);
        assertThat(diff).contains(new Segment(Kind.REMOVED, ", the SIM "), new Segment(Kind.ADDED, " or ID card "),
                new Segment(Kind.REMOVED, "confirmation"), new Segment(Kind.ADDED, "proof, with the date"));
    }

    @Test
    void added_or_removed_text_is_one_run_and_equal_texts_are_one_same_run() {
        assertThat(WordDiff.between("", "New step")).containsExactly(new Segment(Kind.ADDED, "New step"));
        assertThat(WordDiff.between("Old step", "")).containsExactly(new Segment(Kind.REMOVED, "Old step"));
        assertThat(WordDiff.between("Same", "Same")).containsExactly(new Segment(Kind.SAME, "Same"));
    }

    @Test
    void very_long_texts_are_shown_as_replaced_whole() {
        String before = "a ".repeat(3000);
        String after = "b ".repeat(3000);

        assertThat(WordDiff.between(before, after)).containsExactly(new Segment(Kind.REMOVED, before),
                new Segment(Kind.ADDED, after));
    }
}
