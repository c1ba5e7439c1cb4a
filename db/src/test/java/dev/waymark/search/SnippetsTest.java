package dev.waymark.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SnippetsTest {

    private static List<SnippetPart> snippet(String title, String body, String query) {
        return Snippets.of(title, body, SearchText.plan(query).parts());
    }

    private static String text(List<SnippetPart> parts) {
        return String.join("", parts.stream().map(SnippetPart::text).toList());
    }

    @Test
    void marks_the_matched_words_in_a_window_around_the_first_match_in_the_body() {
        String body = "塞尔维亚SIM卡注销\n" + "前言。".repeat(40) + "请带护照去营业厅办理注销。";

        List<SnippetPart> parts = snippet("塞尔维亚SIM卡注销", body, "营业厅");

        assertThat(parts.getFirst().text()).startsWith("…");
        assertThat(parts).filteredOn(SnippetPart::matched).extracting(SnippetPart::text).containsExactly("营业厅");
        assertThat(text(parts)).contains("请带护照去营业厅办理注销");
        assertThat(text(parts).length()).isLessThanOrEqualTo(Snippets.LENGTH + 2);
    }

    @Test
    void uses_the_title_when_only_the_title_matches() {
        List<SnippetPart> parts = snippet("Cancel an eSIM in Serbia", "Cancel an eSIM in Serbia\nCall the hotline.", "serbia");

        assertThat(parts).containsExactly(new SnippetPart("Cancel an eSIM in ", false), new SnippetPart("Serbia", true));
    }

    @Test
    void keeps_the_original_spelling_of_what_matched() {
        List<SnippetPart> parts = snippet("标题", "标题\n如何註銷ＥＳＩＭ", "注销 esim");

        assertThat(parts).containsExactly(new SnippetPart("如何", false), new SnippetPart("註銷ＥＳＩＭ", true));
    }

    @Test
    void never_cuts_an_emoji_in_two() {
        String body = "😀".repeat(200) + "注销" + "😀".repeat(200);
        for (SnippetPart part : snippet("t", body, "注销")) {
            assertThat(part.text().codePoints().noneMatch(cp -> cp >= 0xD800 && cp <= 0xDFFF)).isTrue();
        }
    }
}
