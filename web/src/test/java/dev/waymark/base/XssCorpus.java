package dev.waymark.base;

import dev.waymark.guide.AfterCheck;
import dev.waymark.guide.Applicability;
import dev.waymark.guide.CardType;
import dev.waymark.guide.Caution;
import dev.waymark.guide.ContactKind;
import dev.waymark.guide.ContactPoint;
import dev.waymark.guide.CountryCode;
import dev.waymark.guide.Evidence;
import dev.waymark.guide.Fact;
import dev.waymark.guide.Faq;
import dev.waymark.guide.GuideContent;
import dev.waymark.guide.Language;
import dev.waymark.guide.LocalizedText;
import dev.waymark.guide.Phrase;
import dev.waymark.guide.Provenance;
import dev.waymark.guide.RequiredDocument;
import dev.waymark.guide.Requirement;
import dev.waymark.guide.Source;
import dev.waymark.guide.SourceKey;
import dev.waymark.guide.Step;
import dev.waymark.guide.Topic;
import dev.waymark.guide.Way;
import dev.waymark.guide.WayKind;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;

/**
 * Script-injection payloads, and a guide that carries them in every text it has, for checking every place
 * content is shown. A payload that ran would set {@code window.__xss}.
 */
public final class XssCorpus {

    public static final List<String> PAYLOADS = List.of(
            "<script>window.__xss=1</script>",
            "<SCRIPT SRC=//example.com/x.js></SCRIPT>",
            "<img src=x onerror=\"window.__xss=1\">",
            "<IMG SRC=x OnErRoR=window.__xss=1>",
            "<svg onload=window.__xss=1>",
            "<svg><script>window.__xss=1</script></svg>",
            "<math><mi xlink:href=\"javascript:window.__xss=1\">x</mi></math>",
            "<a href=\"javascript:window.__xss=1\">raw link</a>",
            "<a href=\"  JaVaScRiPt:window.__xss=1\">raw link</a>",
            "[md link](javascript:window.__xss=1)",
            "[md link](JaVaScRiPt:window.__xss=1)",
            "[md link](&#106;avascript:window.__xss=1)",
            "[md link](&#x6A;&#x61;vascript:window.__xss=1)",
            "[md link](java&#09;script:window.__xss=1)",
            "[md link](<javascript:window.__xss=1>)",
            "[md link](data:text/html;base64,PHNjcmlwdD53aW5kb3cuX194c3M9MTwvc2NyaXB0Pg==)",
            "[md link](DATA:text/html,<script>window.__xss=1</script>)",
            "[md link](vbscript:msgbox(1))",
            "[md link](VbScRiPt:msgbox(1))",
            "![image](javascript:window.__xss=1)",
            "![image](x \"onerror=window.__xss=1\")",
            "<iframe src=\"javascript:window.__xss=1\"></iframe>",
            "<object data=\"javascript:window.__xss=1\"></object>",
            "<embed src=\"data:text/html,<script>window.__xss=1</script>\">",
            "<div style=\"background:url(javascript:window.__xss=1)\">styled</div>",
            "<details open ontoggle=window.__xss=1>toggle</details>",
            "<body onload=window.__xss=1>",
            "<input autofocus onfocus=window.__xss=1>",
            "<form action=\"javascript:window.__xss=1\"><button>send</button></form>",
            "\"><script>window.__xss=1</script>",
            "'><img src=x onerror=window.__xss=1>",
            "</textarea><script>window.__xss=1</script>",
            "<style>@import 'javascript:window.__xss=1';</style>",
            "<div>\n<script>window.__xss=1</script>\n</div>",
            "<https://example.com/\"onmouseover=\"window.__xss=1>",
            "&lt;script&gt;window.__xss=1&lt;/script&gt;");

    /** Tags that must never appear where content is shown. */
    private static final Set<String> FORBIDDEN_TAGS = Set.of("script", "iframe", "object", "embed", "svg", "math",
            "form", "input", "base", "frame", "frameset", "applet", "meta", "link", "style", "textarea", "img");
    private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "action", "formaction", "data",
            "xlink:href", "background", "poster", "srcset");
    private static final Pattern UNSAFE_URL = Pattern.compile("^(javascript|data|vbscript):.*", Pattern.DOTALL);
    private static final Pattern IGNORED_IN_SCHEME = Pattern.compile("[\\s\\p{Cc}]");

    private XssCorpus() {
    }

    /**
     * A publishable guide (source language English, translated into Chinese) with payloads in every text: title,
     * summary, requirements, documents, a way's title, summary, time and cost, one step per payload (text,
     * expected result and warning), a contact's label, checks, cautions, FAQ, phrases and a source's title.
     */
    public static GuideContent guide() {
        List<Step> steps = new ArrayList<>();
        for (int i = 0; i < PAYLOADS.size(); i++) {
            steps.add(new Step(text(i), text(i + 1), text(i + 2), Applicability.ALL, Evidence.ADVICE));
        }
        Way way = new Way(WayKind.ONLINE_ACCOUNT, text(3), text(4), steps, new Fact(text(5), Evidence.UNVERIFIED),
                new Fact(text(6), Evidence.sourced("xss")), List.of(new ContactPoint(ContactKind.WEBSITE,
                "https://example.com/?q=%22%3E%3Cscript%3Ewindow.__xss=1%3C/script%3E", text(7), null, Evidence.ADVICE)), Applicability.ALL, Evidence.ADVICE);
        Source source = new Source(new SourceKey("xss"), URI.create("https://example.com/source"),
                PAYLOADS.get(8), true, null);
        return new GuideContent(Language.EN, new CountryCode("RS"), Topic.CANCEL_MOBILE_SERVICE,
                LocalizedText.of("XSS <script>window.__xss=1</script>", "跨站 <img src=x onerror=window.__xss=1>"),
                text(9), Set.of(CardType.ESIM), List.of(),
                List.of(new Requirement(text(10), text(11), Applicability.ALL, Evidence.ADVICE)),
                List.of(new RequiredDocument(text(12), text(13), Applicability.ALL, Evidence.ADVICE)),
                List.of(way),
                List.of(new AfterCheck(text(14), Applicability.ALL, Evidence.ADVICE)),
                List.of(new Caution(text(15), Applicability.ALL, Evidence.ADVICE)),
                List.of(new Faq(text(16), text(17), Evidence.ADVICE)),
                List.of(new Phrase("sr-Latn", PAYLOADS.get(18), text(19))),
                new Provenance(List.of(source), null, null), "");
    }

    private static LocalizedText text(int index) {
        String payload = PAYLOADS.get(index % PAYLOADS.size());
        return LocalizedText.of("载荷 " + payload, "payload " + payload);
    }

    /**
     * What in {@code root} (and below it) could run script: a forbidden tag, an event-handler attribute, a URL
     * attribute with a script or data scheme (after the browser's own clean-up of blanks and control characters),
     * or a style with a URL. Empty when nothing could.
     */
    public static List<String> executable(Element root) {
        List<String> found = new ArrayList<>();
        for (Element element : root.getAllElements()) {
            if (FORBIDDEN_TAGS.contains(element.normalName())) {
                found.add("<" + element.normalName() + ">: " + element.outerHtml());
            }
            for (Attribute attribute : element.attributes()) {
                String name = attribute.getKey().toLowerCase(Locale.ROOT);
                String value = IGNORED_IN_SCHEME.matcher(attribute.getValue()).replaceAll("").toLowerCase(Locale.ROOT);
                if (name.startsWith("on")) {
                    found.add("event handler " + name + " on <" + element.normalName() + ">");
                } else if (URL_ATTRIBUTES.contains(name) && UNSAFE_URL.matcher(value).matches()) {
                    found.add("unsafe " + name + "=" + attribute.getValue());
                } else if (name.equals("style") && value.contains("url(")) {
                    found.add("style with a URL: " + attribute.getValue());
                }
            }
        }
        return found;
    }
}
