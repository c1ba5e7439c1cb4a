package dev.waymark.base;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.UrlSanitizer;

/**
 * Renders the small Markdown subset guides are written in (emphasis, lists, links) to HTML that is
 * safe to show: raw HTML is escaped, never passed through; images become their alt text; links to
 * anything but http, https, tel and mailto become plain text; the others open with
 * {@code rel="nofollow noopener noreferrer"}.
 */
public final class SafeMarkdown {

    private static final Set<String> ALLOWED_SCHEMES = Set.of("http", "https", "tel", "mailto");

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder()
            .escapeHtml(true)
            .sanitizeUrls(true)
            .urlSanitizer(new SchemeAllowList())
            .attributeProviderFactory(context -> (node, tagName, attributes) -> {
                if ("a".equals(tagName)) {
                    attributes.put("rel", "nofollow noopener noreferrer");
                }
            })
            .softbreak("<br>")
            .build();

    private SafeMarkdown() {
    }

    /** HTML for {@code markdown}; never null, empty for empty input. */
    public static String toHtml(String markdown) {
        Node document = PARSER.parse(markdown);
        document.accept(new UnsafeToText());
        return RENDERER.render(document).strip();
    }

    /** True when {@code url} may be a link target. */
    public static boolean isAllowedLink(String url) {
        String trimmed = url.strip();
        int colon = trimmed.indexOf(':');
        if (colon <= 0) {
            return false;
        }
        String scheme = trimmed.substring(0, colon).toLowerCase(Locale.ROOT);
        return ALLOWED_SCHEMES.contains(scheme) && scheme.chars().allMatch(c -> c >= 'a' && c <= 'z');
    }

    private static final class SchemeAllowList implements UrlSanitizer {
        @Override
        public String sanitizeLinkUrl(String url) {
            return isAllowedLink(url) ? url.strip() : "";
        }

        @Override
        public String sanitizeImageUrl(String url) {
            return "";
        }
    }

    /** Images become their alt text; links to anything but an allowed scheme become their text. */
    private static final class UnsafeToText extends AbstractVisitor {
        @Override
        public void visit(Link link) {
            if (isAllowedLink(link.getDestination())) {
                visitChildren(link);
                return;
            }
            Node child = link.getFirstChild();
            while (child != null) {
                Node next = child.getNext();
                link.insertBefore(child);
                child = next;
            }
            link.unlink();
        }

        @Override
        public void visit(Image image) {
            StringBuilder alt = new StringBuilder();
            for (Node child = image.getFirstChild(); child != null; child = child.getNext()) {
                if (child instanceof Text text) {
                    alt.append(text.getLiteral());
                }
            }
            image.insertBefore(new Text(alt.toString()));
            image.unlink();
        }
    }

    /** For tests: the schemes links may use. */
    static List<String> allowedSchemes() {
        return List.copyOf(ALLOWED_SCHEMES);
    }
}
