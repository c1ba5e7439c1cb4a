package dev.waymark.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SafeMarkdownTest {

    @Test
    void renders_emphasis_lists_and_links() {
        String html = SafeMarkdown.toHtml("**Bring** your *passport*:\n\n- ID\n- SIM\n\n[mts](https://mts.rs) or [call](tel:0800100100)");

        assertThat(html).contains("<strong>Bring</strong>", "<em>passport</em>", "<li>ID</li>",
                "<a rel=\"nofollow noopener noreferrer\" href=\"https://mts.rs\">mts</a>", "href=\"tel:0800100100\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "<script>alert(1)</script>",
            "<img src=x onerror=alert(1)>",
            "[x](javascript:alert(1))",
            "[x](JaVaScRiPt:alert(1))",
            "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
            "[x](vbscript:msgbox(1))",
            "[x](&#106;avascript:alert(1))",
            "<svg onload=alert(1)>",
            "<a href=\"javascript:alert(1)\">x</a>",
            "![x](javascript:alert(1))"})
    void nothing_executable_survives(String payload) {
        Document html = Jsoup.parseBodyFragment(SafeMarkdown.toHtml(payload));

        for (Element element : html.body().getAllElements()) {
            assertThat(element.tagName()).isIn(ALLOWED_TAGS);
            for (Attribute attribute : element.attributes()) {
                assertThat(attribute.getKey()).isIn("href", "rel");
            }
            if (element.hasAttr("href")) {
                assertThat(element.attr("href")).matches("(?i)(https?:|tel:|mailto:).*");
            }
        }
    }

    private static final java.util.Set<String> ALLOWED_TAGS = java.util.Set.of("body", "p", "em", "strong", "ul", "ol",
            "li", "a", "br", "code", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "pre");

    @Test
    void images_become_their_alt_text() {
        assertThat(SafeMarkdown.toHtml("![QR code](https://example.com/qr.png)")).isEqualTo("<p>QR code</p>");
    }
}
