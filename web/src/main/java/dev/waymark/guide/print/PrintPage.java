package dev.waymark.guide.print;

import dev.waymark.base.SafeMarkdown;
import dev.waymark.base.ui.Texts;
import dev.waymark.guide.AfterCheck;
import dev.waymark.guide.Caution;
import dev.waymark.guide.ContactPoint;
import dev.waymark.guide.Evidence;
import dev.waymark.guide.Fact;
import dev.waymark.guide.Faq;
import dev.waymark.guide.GuideContent;
import dev.waymark.guide.Language;
import dev.waymark.guide.LocalizedText;
import dev.waymark.guide.OperatorCode;
import dev.waymark.guide.Phrase;
import dev.waymark.guide.PublishedGuide;
import dev.waymark.guide.RequiredDocument;
import dev.waymark.guide.Requirement;
import dev.waymark.guide.Situation;
import dev.waymark.guide.Source;
import dev.waymark.guide.SourceKey;
import dev.waymark.guide.Step;
import dev.waymark.guide.Way;
import dev.waymark.guide.ui.GuideLinks;
import dev.waymark.operator.FormerName;
import dev.waymark.operator.Operator;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A published guide as one self-contained HTML page: no script, one small inline stylesheet with
 * print rules, a canonical link, and the title and description in the guide's language.
 */
final class PrintPage {

    /** The inline stylesheet: readable on a phone, clean on paper. */
    static final String STYLE = """
            body{font:16px/1.55 system-ui,-apple-system,"Segoe UI","Noto Sans CJK SC","PingFang SC",sans-serif;\
            color:#1a1a1a;margin:0 auto;max-width:46rem;padding:0 1rem 2rem}\
            header{padding:.6rem 0;border-bottom:1px solid #ddd;font-size:.9rem}a{color:#0b57d0}\
            h1{font-size:1.6rem;line-height:1.25}h2{font-size:1.25rem;margin-top:1.6rem;border-bottom:1px solid #eee}\
            h3{font-size:1.05rem}.m{color:#555;font-size:.9rem}i[class]{font-size:.75rem;font-style:normal;\
            padding:0 .25rem;margin-left:.3rem;white-space:nowrap}.fact-unverified{color:#8a4b00;border:1px dashed}\
            .fact-advice{color:#2d5a27;border:1px solid;border-radius:.6rem}.w{background:#fff4e0;color:#8a4b00;\
            padding:.2rem .5rem}.c{background:#fdecea;border-left:4px solid #9c1c10;padding:.4rem .8rem;margin:.5rem 0}\
            ol.s>li{margin:.6rem 0}ol.s>li::marker{font-weight:700}\
            .k>li::before,ol.s>li::before{content:"☐ ";font-size:1.1rem}.k{list-style:none;padding-left:.4rem}\
            .p{border:2px solid #0b57d0;border-radius:.6rem;padding:.8rem;margin:.6rem 0}.pl{font-size:1.5rem;\
            font-weight:600;margin:0 0 .4rem}dt{font-weight:600;margin-top:.6rem}dd{margin-left:1rem}\
            sup a{text-decoration:none;padding:0 .1rem}\
            @media print{header,.np{display:none}body{max-width:none;font-size:11pt}a{color:inherit;text-decoration:none}\
            .src a::after{content:" " attr(href);font-size:.8em;word-break:break-all}\
            h2{break-after:avoid}li,.p,.c{break-inside:avoid}}""";

    /**
     * The page's Content-Security-Policy: nothing loads or runs but {@link #STYLE}, allowed by its hash, so even
     * markup that slipped through escaping could neither run a script nor load anything.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src '" + sha256(STYLE)
            + "'; img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    private static String sha256(String text) {
        try {
            return "sha256-" + Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private final PublishedGuide guide;
    private final GuideContent content;
    private final Language language;
    private final Situation situation;
    private final Map<OperatorCode, Operator> operators;
    private final String baseUrl;
    private final Html html = new Html();

    PrintPage(PublishedGuide guide, Language language, Situation situation, Map<OperatorCode, Operator> operators,
              String baseUrl) {
        this.guide = guide;
        this.content = guide.content();
        this.language = language;
        this.situation = situation;
        this.operators = operators;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** The canonical address of a guide's plain page in one language. */
    static String path(String slug, Language language) {
        return "/guides/" + slug + "/print?lang=" + language.tag();
    }

    String render() {
        GuideContent applicable = content.forSituation(situation.withWay(null));
        String title = t(content.title());
        String description = t(content.summary());
        if (description.length() > 160) {
            description = description.substring(0, 157) + "...";
        }
        html.raw("<!doctype html><html").attribute("lang", language.tag()).raw("><head><meta charset=\"utf-8\">")
                .raw("<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">")
                .raw("<title>").text(title + " · Waymark").raw("</title>")
                .raw("<meta name=\"description\"").attribute("content", description).raw(">")
                .raw("<link rel=\"canonical\"").attribute("href", baseUrl + path(guide.slug().value(), language)).raw(">");
        for (Language other : content.languages()) {
            html.raw("<link rel=\"alternate\"").attribute("hreflang", other.tag())
                    .attribute("href", baseUrl + path(guide.slug().value(), other)).raw(">");
        }
        html.raw("<style>").raw(STYLE).raw("</style></head><body>");
        header();
        html.raw("<main><h1>").text(title).raw("</h1>");
        if (!description.isEmpty()) {
            html.element("p", "", t(content.summary()));
        }
        html.raw("<p class=\"m\">").text(content.country().displayName(language) + " · "
                + Texts.get(language, "guide.operators") + ": " + operatorNames()).raw("</p>");
        situationLine();
        html.element("p", "m", Texts.get(language, "guide.marks.legend"));
        before(applicable);
        ways(applicable);
        after(applicable);
        cautions(applicable);
        faq(applicable);
        phrases(applicable);
        sources();
        html.raw("</main></body></html>");
        return html.toString();
    }

    private void header() {
        Language other = language == Language.ZH_CN ? Language.EN : Language.ZH_CN;
        html.raw("<header><a href=\"/\">Waymark</a> · <a").attribute("href",
                GuideLinks.of(guide.slug(), language, situation)).raw(">").text(Texts.get(language, "print.interactive"))
                .raw("</a>");
        if (content.languages().contains(other)) {
            html.raw(" · <a").attribute("href", path(guide.slug().value(), other)).attribute("hreflang", other.tag())
                    .raw(">").text(other.nativeName()).raw("</a>");
        }
        html.raw("</header>");
    }

    private String operatorNames() {
        List<String> names = new ArrayList<>();
        for (OperatorCode code : content.operators()) {
            Operator operator = operators.get(code);
            if (operator == null) {
                names.add(code.value());
            } else if (operator.formerNames().isEmpty()) {
                names.add(operator.name());
            } else {
                names.add(operator.name() + " (" + Texts.get(language, "guide.formerly",
                        operator.formerNames().stream().map(FormerName::name).collect(Collectors.joining(", "))) + ")");
            }
        }
        return String.join(", ", names);
    }

    private void situationLine() {
        List<String> parts = new ArrayList<>();
        if (situation.cardType() != null) {
            parts.add(situation.cardType().label(language));
        }
        if (situation.operator() != null) {
            Operator operator = operators.get(situation.operator());
            parts.add(operator == null ? situation.operator().value() : operator.name());
        }
        if (situation.platform() != null) {
            parts.add(situation.platform().label());
        }
        if (!parts.isEmpty()) {
            html.raw("<p class=\"m\">").text(Texts.get(language, "guide.situation") + ": " + String.join(" · ", parts))
                    .raw("</p>");
        }
    }

    private void before(GuideContent c) {
        if (c.requirements().isEmpty() && c.documents().isEmpty()) {
            return;
        }
        section("guide.before");
        if (!c.requirements().isEmpty()) {
            html.element("h3", "", Texts.get(language, "guide.requirements")).raw("<ul>");
            for (Requirement r : c.requirements()) {
                html.raw("<li>").text(t(r.condition()));
                marks(r.evidence());
                if (!r.whenNotMet().isEmpty()) {
                    html.raw("<br><span class=\"m\">").text(Texts.get(language, "guide.whenNotMet") + " " + t(r.whenNotMet()))
                            .raw("</span>");
                }
                html.raw("</li>");
            }
            html.raw("</ul>");
        }
        if (!c.documents().isEmpty()) {
            html.element("h3", "", Texts.get(language, "guide.documents")).raw("<ul class=\"k\">");
            for (RequiredDocument d : c.documents()) {
                html.raw("<li>").text(t(d.name()));
                if (!d.note().isEmpty()) {
                    html.raw(" <span class=\"m\">").text("— " + t(d.note())).raw("</span>");
                }
                marks(d.evidence());
                html.raw("</li>");
            }
            html.raw("</ul>");
        }
    }

    private void ways(GuideContent c) {
        section("guide.ways");
        if (c.ways().isEmpty()) {
            html.element("p", "", Texts.get(language, "guide.ways.none"));
            return;
        }
        for (Way way : c.ways()) {
            html.raw("<h3").attribute("id", way.kind().key()).raw(">").text(way.heading(language, c.sourceLanguage()));
            marks(way.evidence());
            html.raw("</h3>");
            if (!way.summary().isEmpty()) {
                html.element("p", "", t(way.summary()));
            }
            List<ContactPoint> contacts = way.contacts().stream()
                    .filter(contact -> situation.operator() == null || contact.operator() == null
                            || contact.operator().equals(situation.operator()))
                    .toList();
            if (!contacts.isEmpty()) {
                html.raw("<ul>");
                for (ContactPoint contact : contacts) {
                    contact(contact);
                }
                html.raw("</ul>");
            }
            fact("guide.processingTime", way.processingTime());
            fact("guide.cost", way.cost());
            html.raw("<ol class=\"s\">");
            for (Step step : way.steps()) {
                html.raw("<li>").raw(inline(SafeMarkdown.toHtml(t(step.text()))));
                if (!step.expected().isEmpty()) {
                    html.raw("<div class=\"m\">").text(Texts.get(language, "guide.expected") + " " + t(step.expected()))
                            .raw("</div>");
                }
                if (!step.warning().isEmpty()) {
                    html.raw("<div class=\"w\">").text(Texts.get(language, "guide.warning") + " " + t(step.warning()))
                            .raw("</div>");
                }
                marks(step.evidence());
                html.raw("</li>");
            }
            html.raw("</ol>");
        }
    }

    /** A single paragraph's HTML without its {@code <p>} wrapper, so it sits beside the checkbox. */
    private static String inline(String rendered) {
        if (rendered.startsWith("<p>") && rendered.endsWith("</p>") && rendered.indexOf("<p>", 1) < 0) {
            return rendered.substring(3, rendered.length() - 4);
        }
        return rendered;
    }

    private void contact(ContactPoint contact) {
        html.raw("<li>");
        String href = contact.href();
        if (href == null) {
            html.text(contact.value());
        } else {
            html.raw("<a").attribute("href", href).raw(">").text(contact.value()).raw("</a>");
        }
        List<String> about = new ArrayList<>();
        if (contact.operator() != null) {
            Operator operator = operators.get(contact.operator());
            about.add(operator == null ? contact.operator().value() : operator.name());
        }
        if (!contact.label().isEmpty()) {
            about.add(t(contact.label()));
        }
        if (!about.isEmpty()) {
            html.raw(" <span class=\"m\">").text("— " + String.join(", ", about)).raw("</span>");
        }
        marks(contact.evidence());
        html.raw("</li>");
    }

    private void fact(String key, Fact fact) {
        if (fact == null) {
            return;
        }
        html.raw("<p>").text(Texts.get(language, key) + ": " + t(fact.text()));
        marks(fact.evidence());
        html.raw("</p>");
    }

    private void after(GuideContent c) {
        if (c.checks().isEmpty()) {
            return;
        }
        section("guide.after");
        html.raw("<ul class=\"k\">");
        for (AfterCheck check : c.checks()) {
            html.raw("<li>").text(t(check.text()));
            marks(check.evidence());
            html.raw("</li>");
        }
        html.raw("</ul>");
    }

    private void cautions(GuideContent c) {
        if (c.cautions().isEmpty()) {
            return;
        }
        section("guide.cautions");
        for (Caution caution : c.cautions()) {
            html.raw("<div class=\"c\">").raw(SafeMarkdown.toHtml(t(caution.text())));
            marks(caution.evidence());
            html.raw("</div>");
        }
    }

    private void faq(GuideContent c) {
        if (c.faq().isEmpty()) {
            return;
        }
        section("guide.faq");
        html.raw("<dl>");
        for (Faq entry : c.faq()) {
            html.element("dt", "", t(entry.question())).raw("<dd>").raw(SafeMarkdown.toHtml(t(entry.answer())));
            marks(entry.evidence());
            html.raw("</dd>");
        }
        html.raw("</dl>");
    }

    private void phrases(GuideContent c) {
        if (c.phrases().isEmpty()) {
            return;
        }
        section("guide.phrases");
        for (Phrase phrase : c.phrases()) {
            html.raw("<div class=\"p\"><p class=\"pl\"").attribute("lang", phrase.localLanguage()).raw(">")
                    .text(phrase.text()).raw("</p>").element("p", "m", t(phrase.meaning())).raw("</div>");
        }
    }

    private void sources() {
        var provenance = content.provenance();
        section("guide.sources");
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language.locale());
        if (provenance.lastVerified() != null) {
            html.element("p", "m", Texts.get(language, "guide.lastVerified", dates.format(provenance.lastVerified())));
        }
        html.raw("<ol class=\"src\">");
        for (int i = 0; i < provenance.sources().size(); i++) {
            Source source = provenance.sources().get(i);
            html.raw("<li id=\"s" + (i + 1) + "\"><a rel=\"nofollow\"").attribute("href", source.url().toString()).raw(">")
                    .text(source.title()).raw("</a> <span class=\"m\">")
                    .text("(" + Texts.get(language, source.official() ? "guide.source.official" : "guide.source.secondary")
                            + ")").raw("</span></li>");
        }
        html.raw("</ol>");
    }

    /**
     * The statement's kind, each seen distinctly: a sourced fact gets numbered links to its sources
     * ({@code fact-sourced}), an unverified one a visible "unverified" mark ({@code fact-unverified}, with the
     * numbers of any source that only suggests it), general advice a "general advice" mark ({@code fact-advice}).
     */
    private void marks(Evidence evidence) {
        switch (evidence.kind()) {
            // Short markup: a guide has a hundred statements, and the page must stay light on roaming data.
            case UNVERIFIED -> html.raw("<i class=fact-unverified>").text(Texts.get(language, "guide.unverified"))
                    .raw("</i>");
            case ADVICE -> html.raw("<i class=fact-advice>").text(Texts.get(language, "guide.advice")).raw("</i>");
            case SOURCED -> { }
        }
        List<Source> sources = content.provenance().sources();
        List<Integer> numbers = new ArrayList<>();
        for (SourceKey key : evidence.sources()) {
            for (int i = 0; i < sources.size(); i++) {
                if (sources.get(i).key().equals(key)) {
                    numbers.add(i + 1);
                }
            }
        }
        if (!numbers.isEmpty()) {
            html.raw(evidence.unverified() ? "<sup>" : "<sup class=fact-sourced>");
            for (int i = 0; i < numbers.size(); i++) {
                html.raw((i == 0 ? "" : ",") + "<a href=\"#s" + numbers.get(i) + "\">" + numbers.get(i) + "</a>");
            }
            html.raw("</sup>");
        }
    }

    private void section(String headingKey) {
        html.raw("<h2>").text(Texts.get(language, headingKey)).raw("</h2>");
    }

    private String t(LocalizedText text) {
        return content.text(text, language);
    }

}
