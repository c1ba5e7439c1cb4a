package dev.waymark.guide.read;

import dev.waymark.base.SafeMarkdown;
import dev.waymark.base.ui.Texts;
import dev.waymark.guide.AfterCheck;
import dev.waymark.guide.Applicability;
import dev.waymark.guide.Caution;
import dev.waymark.guide.ContactPoint;
import dev.waymark.guide.Evidence;
import dev.waymark.guide.Fact;
import dev.waymark.guide.Faq;
import dev.waymark.guide.GuideContent;
import dev.waymark.guide.Illustration;
import dev.waymark.guide.Language;
import dev.waymark.guide.LocalizedText;
import dev.waymark.guide.OperatorCode;
import dev.waymark.guide.Phrase;
import dev.waymark.guide.Platform;
import dev.waymark.guide.PublishedGuide;
import dev.waymark.guide.RequiredDocument;
import dev.waymark.guide.Requirement;
import dev.waymark.guide.Situation;
import dev.waymark.guide.Source;
import dev.waymark.guide.SourceKey;
import dev.waymark.guide.Step;
import dev.waymark.guide.Way;
import dev.waymark.guide.WayKind;
import dev.waymark.guide.ui.GuideLinks;
import dev.waymark.operator.FormerName;
import dev.waymark.operator.Operator;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The one renderer of a published guide: one revision, in one language and situation, as a whole HTML document.
 * Both pages readers get are made here, so they can never disagree about what applies to a situation:
 * <ul>
 * <li>{@link Mode#PAGE}, {@code /guides/{slug}}: the guide page. Everything is in the HTML (readable with
 * JavaScript off, and what link previews and search engines see); the reader script ({@code app.js}) adds ticks,
 * one step at a time, collapsing ways, the phrase card and reports on top of it, with no request to the server.
 * The service worker keeps these same bytes as the offline copy.</li>
 * <li>{@link Mode#PRINT}, {@code /guides/{slug}/print}: the same content with no script at all and print rules.</li>
 * </ul>
 * The bytes depend only on the revision, the operator list, the language, the situation and the mode, so
 * {@link dev.waymark.guide.PublishedReads} keeps them per those.
 */
final class GuideDocument {

    /** Which page. */
    enum Mode { PAGE, PRINT }

    /** The print page's inline stylesheet: readable on a phone, clean on paper. */
    static final String PRINT_STYLE = """
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
            sup a{text-decoration:none;padding:0 .1rem}.stale,.fallback{color:#8a4b00;font-size:.9rem}\
            .figs{display:flex;flex-wrap:wrap;gap:.5rem}.fig{margin:.3rem 0;width:20rem;max-width:100%}\
            .fig.tall{width:11rem}.fig img{width:100%;height:auto}figcaption{font-size:.85rem;color:#555}\
            @media print{header,.np{display:none}body{max-width:none;font-size:11pt}a{color:inherit;text-decoration:none}\
            .src a::after{content:" " attr(href);font-size:.8em;word-break:break-all}\
            h2{break-after:avoid}li,.p,.c,.fig{break-inside:avoid}}""";

    /**
     * The print page's Content-Security-Policy: nothing loads or runs but {@link #PRINT_STYLE}, allowed by its hash, so
     * even markup that slipped through escaping could neither run a script nor load anything.
     */
    static final String PRINT_POLICY = "default-src 'none'; style-src '" + ReaderShell.sha256(PRINT_STYLE)
            + "'; img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    /**
     * "See “X”" in the guide's languages (见“X”, 參見「X」, см. «X»): a reference to another part of the guide by its
     * title.
     */
    private static final Pattern CROSS_REFERENCE = Pattern.compile(
            "((?:see|See)(?: the FAQ| the question)?|见|参见|見|參見|请看(?:常见问题中的)?|請看(?:常見問題中的)?"
                    + "|[Сс]м\\.?(?: вопрос)?)(\\s*)([“「«])([^”」»<]{1,80})([”」»])");

    private final PublishedGuide guide;
    private final GuideContent content;
    private final Language language;
    /** The languages texts are shown in, in order: the reader's, its fallbacks, the guide's source language. */
    private final List<Language> order;
    private final Situation situation;
    private final Map<OperatorCode, Operator> operators;
    private final ReaderShell shell;
    private final Mode mode;
    private final Html html = new Html();
    /** Parts of the guide a cross-reference may point to: anchor id by each name it may be called by. */
    private final Map<String, String> targets = new LinkedHashMap<>();
    /** The actual title of each part a cross-reference may point to, by anchor id. */
    private final Map<String, String> titles = new LinkedHashMap<>();

    GuideDocument(PublishedGuide guide, Language language, Situation situation, Map<OperatorCode, Operator> operators,
                  ReaderShell shell, Mode mode) {
        this.guide = guide;
        this.content = guide.content();
        this.language = language;
        this.order = shell.languages().order(language, content.sourceLanguage());
        this.situation = situation;
        this.operators = operators;
        this.shell = shell;
        this.mode = mode;
    }

    /** The canonical address of a guide's plain page in one language. */
    static String printPath(String slug, Language language) {
        return "/guides/" + slug + "/print?lang=" + language.tag();
    }

    /** The canonical address of a guide's page in one language. */
    static String pagePath(String slug, Language language) {
        return "/guides/" + slug + "?lang=" + language.tag();
    }

    String render() {
        GuideContent applicable = content.forSituation(situation.withWay(null));
        collectTargets(applicable);
        String title = t(content.title());
        String description = t(content.summary());
        if (description.length() > 160) {
            description = description.substring(0, 157) + "...";
        }
        boolean page = mode == Mode.PAGE;
        String slug = guide.slug().value();
        html.raw("<!doctype html><html").attribute("lang", language.tag());
        if (page) {
            html.attribute("data-page", "guide").attribute("data-slug", slug)
                    .attribute("data-revision", String.valueOf(guide.revision()))
                    .attribute("data-published", guide.publishedAt().atOffset(ZoneOffset.UTC).toString());
        }
        html.raw("><head><meta charset=\"utf-8\">")
                .raw("<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">")
                .raw("<title>").text(title + " · Waymark").raw("</title>")
                .raw("<meta name=\"description\"").attribute("content", description).raw(">");
        String canonical = shell.absolute(page ? pagePath(slug, language) : printPath(slug, language));
        html.raw("<link rel=\"canonical\"").attribute("href", canonical).raw(">");
        for (Language other : content.languages()) {
            if (!shell.languages().offers(other)) {
                continue;
            }
            html.raw("<link rel=\"alternate\"").attribute("hreflang", other.tag())
                    .attribute("href", shell.absolute(page ? pagePath(slug, other) : printPath(slug, other))).raw(">");
        }
        if (page) {
            html.raw("<link rel=\"alternate\" hreflang=\"x-default\"")
                    .attribute("href", shell.absolute(pagePath(slug, content.sourceLanguage()))).raw(">");
            shell.previewTags(html, title, description, canonical, language, "article");
            shell.assetTags(html);
            html.raw("</head><body>");
            shell.header(html, language, "", other -> GuideLinks.of(guide.slug(), other, situation));
        } else {
            html.raw("<style>").raw(PRINT_STYLE).raw("</style></head><body>");
            printHeader();
        }
        html.raw("<main id=\"main\"><h1 id=\"guide-title\">").text(title).raw("</h1>");
        if (!t(content.summary()).isEmpty()) {
            html.element("p", "summary", t(content.summary()));
        }
        translation(content.title(), content.summary());
        html.raw("<p class=\"m\" id=\"operators\">").text(content.country().displayName(language) + " · "
                + Texts.get(language, "guide.operators") + ": " + operatorNames()).raw("</p>");
        if (page) {
            html.raw("<p id=\"offline-state\" class=\"note\" hidden></p><p id=\"update\" class=\"note\" hidden></p>");
            if (!applicable.pictures().isEmpty()) {
                // What the offline copy holds of the pictures: filled by the script.
                html.raw("<p id=\"offline-pictures\" class=\"m\" aria-live=\"polite\" hidden></p>");
            }
            situationForm();
            jumpLinks(applicable);
            tools();
        } else {
            situationLine();
        }
        html.element("p", "m", Texts.get(language, "guide.marks.legend"));
        before(applicable);
        ways(applicable);
        after(applicable);
        cautions(applicable);
        faq();
        phrases(applicable);
        if (page) {
            feedback();
        }
        sources();
        html.raw("</main>");
        if (page) {
            dialogs();
            shell.texts(html, language, "guide");
        }
        html.raw("</body></html>");
        return html.toString();
    }

    private void printHeader() {
        html.raw("<header><a href=\"/\">Waymark</a> · <a").attribute("href",
                GuideLinks.of(guide.slug(), language, situation)).raw(">").text(Texts.get(language, "print.interactive"))
                .raw("</a>");
        for (Language other : shell.languages().others(language)) {
            html.raw(" · <a").attribute("href", printPath(guide.slug().value(), other)).attribute("hreflang", other.tag())
                    .attribute("lang", other.tag()).raw(">").text(shell.languages().name(other)).raw("</a>");
        }
        html.raw("</header>");
    }

    private String operatorNames() {
        List<String> names = new ArrayList<>();
        for (OperatorCode code : content.operators()) {
            names.add(operatorName(code, true));
        }
        return String.join(", ", names);
    }

    private String operatorName(OperatorCode code, boolean withFormerNames) {
        Operator operator = operators.get(code);
        if (operator == null) {
            return code.value();
        }
        if (!withFormerNames || operator.formerNames().isEmpty()) {
            return operator.name();
        }
        return operator.name() + " (" + Texts.get(language, "guide.formerly",
                operator.formerNames().stream().map(FormerName::name).collect(Collectors.joining(", "))) + ")";
    }

    private void situationLine() {
        List<String> parts = new ArrayList<>();
        if (situation.cardType() != null) {
            parts.add(situation.cardType().label(language));
        }
        if (situation.operator() != null) {
            parts.add(operatorName(situation.operator(), false));
        }
        if (situation.platform() != null) {
            parts.add(situation.platform().label());
        }
        if (!parts.isEmpty()) {
            html.raw("<p class=\"m\">").text(Texts.get(language, "guide.situation") + ": " + String.join(" · ", parts))
                    .raw("</p>");
        }
    }

    /** The reader's situation as a plain form: it works without JavaScript; with it, a change applies at once. */
    private void situationForm() {
        html.raw("<form id=\"situation\" class=\"situation\" method=\"get\"")
                .attribute("action", "/guides/" + guide.slug().value()).raw(">")
                .raw("<input type=\"hidden\" name=\"lang\"").attribute("value", language.tag()).raw(">")
                .raw("<p class=\"legend\">").text(Texts.get(language, "guide.situation")).raw("</p><div class=\"pickers\">");
        Map<String, String> cards = new LinkedHashMap<>();
        content.cardTypes().stream().sorted().forEach(type -> cards.put(type.key(), type.label(language)));
        select("pick-card", "card", "guide.cardType", cards,
                situation.cardType() == null ? "" : situation.cardType().key());
        Map<String, String> named = new LinkedHashMap<>();
        content.operators().forEach(code -> named.put(code.value(), operatorName(code, true)));
        select("pick-operator", "operator", "guide.operator", named,
                situation.operator() == null ? "" : situation.operator().value());
        boolean platformSteps = content.ways().stream().flatMap(way -> way.steps().stream())
                .anyMatch(step -> !step.appliesTo().platforms().isEmpty());
        if (platformSteps) {
            Map<String, String> platforms = new LinkedHashMap<>();
            for (Platform platform : Platform.values()) {
                platforms.put(platform.key(), platform.label());
            }
            select("pick-platform", "platform", "guide.platform", platforms,
                    situation.platform() == null ? "" : situation.platform().key());
        }
        html.raw("</div><button type=\"submit\" class=\"apply\">").text(Texts.get(language, "guide.situation.apply"))
                .raw("</button><span class=\"m\" id=\"situation-state\" aria-live=\"polite\"></span></form>");
    }

    private void select(String id, String name, String labelKey, Map<String, String> options, String value) {
        html.raw("<label>").text(Texts.get(language, labelKey)).raw("<select").attribute("id", id)
                .attribute("name", name).raw("><option value=\"\">").text(Texts.get(language, "guide.any")).raw("</option>");
        options.forEach((key, label) -> {
            html.raw("<option").attribute("value", key);
            if (key.equals(value)) {
                html.raw(" selected");
            }
            html.raw(">").text(label).raw("</option>");
        });
        html.raw("</select></label>");
    }

    private void jumpLinks(GuideContent c) {
        html.raw("<nav class=\"jump\" aria-label=\"").text(Texts.get(language, "guide.jump")).raw("\">");
        if (!c.requirements().isEmpty() || !c.documents().isEmpty()) {
            jump("before", "guide.before");
        }
        jump("ways", "guide.ways");
        if (!c.checks().isEmpty()) {
            jump("after", "guide.after");
        }
        if (!c.phrases().isEmpty()) {
            jump("phrases", "guide.phrases.short");
        }
        html.raw("</nav>");
    }

    private void jump(String id, String key) {
        html.raw("<a href=\"#" + id + "\">").text(Texts.get(language, key)).raw("</a>");
    }

    /** The reader's controls that need the script: hidden until it runs. */
    private void tools() {
        html.raw("<div class=\"tools\" id=\"tools\" hidden>")
                .raw("<button type=\"button\" id=\"follow-mode\" aria-pressed=\"false\">")
                .text(Texts.get(language, "guide.mode.one")).raw("</button>")
                .raw("<button type=\"button\" id=\"save-offline\">").text(Texts.get(language, "offline.save"))
                .raw("</button><a class=\"print\"").attribute("href", printLink()).raw(">")
                .text(Texts.get(language, "guide.print")).raw("</a></div>");
    }

    private String printLink() {
        String interactive = GuideLinks.of(guide.slug(), language, situation);
        return "/guides/" + guide.slug().value() + "/print" + interactive.substring(interactive.indexOf('?'));
    }

    private void before(GuideContent c) {
        if (c.requirements().isEmpty() && c.documents().isEmpty()) {
            return;
        }
        section("before", "guide.before");
        if (!c.requirements().isEmpty()) {
            html.element("h3", "", Texts.get(language, "guide.requirements")).raw("<ul class=\"k checklist\" id=\"requirements\">");
            for (Requirement r : c.requirements()) {
                html.raw("<li>");
                tick("req-tick", progressId("req", source(r.condition())), t(r.condition()));
                marks(r.evidence());
                translation(r.condition(), r.whenNotMet());
                if (!r.whenNotMet().isEmpty()) {
                    html.raw("<br><span class=\"m\">").text(Texts.get(language, "guide.whenNotMet") + " ")
                            .raw(linkCrossReferences(Html.escape(t(r.whenNotMet())))).raw("</span>");
                }
                pictures(r.pictures());
                html.raw("</li>");
            }
            html.raw("</ul>");
        }
        if (!c.documents().isEmpty()) {
            html.element("h3", "", Texts.get(language, "guide.documents")).raw("<ul class=\"k checklist\" id=\"documents\">");
            for (RequiredDocument d : c.documents()) {
                html.raw("<li>");
                tick("req-tick", progressId("doc", source(d.name())), t(d.name()));
                if (!d.note().isEmpty()) {
                    html.raw(" <span class=\"m\">").text("— " + t(d.note())).raw("</span>");
                }
                marks(d.evidence());
                translation(d.name(), d.note());
                pictures(d.pictures());
                html.raw("</li>");
            }
            html.raw("</ul>");
        }
        html.raw("</section>");
    }

    /** A checklist item: a real checkbox on the page, text only on paper. The label is plain text. */
    private void tick(String cssClass, String id, String label) {
        String labelHtml = linkCrossReferences(Html.escape(label));
        if (mode == Mode.PAGE) {
            html.raw("<label class=\"tick\"><input type=\"checkbox\"").attribute("class", cssClass)
                    .attribute("data-id", id).raw("> ").raw(labelHtml).raw("</label>");
        } else {
            html.raw(labelHtml);
        }
    }

    private void ways(GuideContent c) {
        section("ways", "guide.ways");
        if (c.ways().isEmpty()) {
            html.raw("<p id=\"no-ways\">").text(Texts.get(language, "guide.ways.none")).raw("</p></section>");
            return;
        }
        List<Way> ordered = ordered(c.ways());
        WayKind open = ordered.stream().map(Way::kind).filter(kind -> kind == situation.way()).findFirst()
                .orElse(ordered.getFirst().kind());
        if (mode == Mode.PAGE && ordered.size() > 1) {
            html.raw("<p class=\"m\">").text(Texts.get(language, "guide.ways.hint")).raw("</p>");
        }
        for (Way way : ordered) {
            way(way, way.kind() == open);
        }
        if (mode == Mode.PAGE) {
            html.raw("<div id=\"follow-bar\" class=\"follow-bar\" hidden><button type=\"button\" id=\"previous-step\">")
                    .text(Texts.get(language, "guide.previous")).raw("</button><span id=\"follow-count\" aria-live=\"polite\">")
                    .raw("</span><button type=\"button\" id=\"next-step\" class=\"primary\">")
                    .text(Texts.get(language, "guide.next")).raw("</button></div>");
        }
        html.raw("</section>");
    }

    /**
     * The ways that fit the reader's card and operator most closely first (a way with steps written for the reader's
     * operator or card before one written for anyone), otherwise in the guide's order. Removing an eSIM in the phone's
     * settings goes last whatever fits: it is what a reader does after the operator has confirmed, not a way to cancel.
     */
    private List<Way> ordered(List<Way> ways) {
        return ways.stream().sorted(Comparator.comparingInt((Way way) -> way.kind() == WayKind.DEVICE_SETTINGS ? 1 : 0)
                .thenComparingInt(way -> -fit(way))).toList();
    }

    private int fit(Way way) {
        int fit = 3 * named(way.appliesTo());
        for (Step step : way.steps()) {
            fit += named(step.appliesTo());
        }
        return fit;
    }

    /** How many of the reader's choices (card, operator) this applicability names: 0, 1 or 2 (the operator twice). */
    private int named(Applicability applies) {
        int named = 0;
        if (situation.cardType() != null && applies.cardTypes().contains(situation.cardType())) {
            named += 1;
        }
        if (situation.operator() != null && applies.operators().contains(situation.operator())) {
            named += 2;
        }
        return named;
    }

    private void way(Way way, boolean open) {
        String key = way.kind().key();
        String heading = way.heading(language, content.sourceLanguage());
        boolean page = mode == Mode.PAGE;
        html.raw("<section class=\"way\"").attribute("id", "way-" + key).attribute("data-kind", key);
        if (open) {
            html.raw(" data-open");
        }
        html.raw(">");
        if (page) {
            html.raw("<h3 class=\"way-h\"><button type=\"button\" class=\"way-toggle\" aria-expanded=\"true\"")
                    .attribute("aria-controls", "wb-" + key).raw("><span class=\"way-title\">").text(heading)
                    .raw("</span><span class=\"way-count m\">")
                    .text(Texts.get(language, "guide.way.steps", way.steps().size())).raw("</span></button></h3>");
        } else {
            html.raw("<h3>").text(heading).raw("</h3>");
        }
        html.raw("<div class=\"way-body\"").attribute("id", "wb-" + key).raw("><p class=\"m way-about\">");
        marks(way.evidence());
        html.raw("</p>");
        translation(way.title(), way.summary());
        if (!way.summary().isEmpty()) {
            html.raw("<div class=\"intro\">").raw(markdown(t(way.summary()))).raw("</div>");
        }
        pictures(way.pictures());
        List<ContactPoint> contacts = way.contacts().stream()
                .filter(contact -> situation.operator() == null || contact.operator() == null
                        || contact.operator().equals(situation.operator()))
                .toList();
        if (!contacts.isEmpty()) {
            html.raw("<h4>").text(Texts.get(language, "guide.contacts")).raw("</h4><ul class=\"contacts\">");
            for (ContactPoint contact : contacts) {
                contact(contact);
            }
            html.raw("</ul>");
        }
        fact("guide.processingTime", way.processingTime());
        fact("guide.cost", way.cost());
        if (page && !content.phrases().isEmpty() && (way.kind() == WayKind.STORE_VISIT || way.kind() == WayKind.HOTLINE)) {
            html.raw("<p><button type=\"button\" class=\"show-phrase\" hidden>").text(Texts.get(language, "phrase.show"))
                    .raw("</button></p>");
        }
        if (page) {
            html.raw("<p class=\"progress m\" aria-live=\"polite\"></p>");
        }
        html.raw("<ol class=\"s steps\">");
        int number = 1;
        for (Step step : way.steps()) {
            step(way, step, number++);
        }
        html.raw("</ol></div></section>");
    }

    private void step(Way way, Step step, int number) {
        String key = way.kind().key();
        if (mode == Mode.PAGE) {
            html.raw("<li class=\"step\"").attribute("id", "step-" + key + "-" + number)
                    .attribute("data-id", progressId(key, source(step.text()))).attribute("data-n", String.valueOf(number))
                    .raw("><label class=\"tick\"><input type=\"checkbox\" class=\"step-tick\"")
                    .attribute("aria-label", Texts.get(language, "guide.step.done", number)).raw("></label>")
                    .raw("<div class=\"step-text\"").raw(lang(step.text())).raw(">")
                    .raw(markdown(t(step.text()))).raw("</div>");
        } else {
            html.raw("<li>").raw(inline(markdown(t(step.text()))));
        }
        pictures(step.pictures());
        if (!step.expected().isEmpty()) {
            html.raw("<div class=\"m expected\">").text(Texts.get(language, "guide.expected") + " " + t(step.expected()))
                    .raw("</div>");
        }
        if (!step.warning().isEmpty()) {
            html.raw("<div class=\"w\">").text(Texts.get(language, "guide.warning") + " " + t(step.warning()))
                    .raw("</div>");
        }
        marks(step.evidence());
        translation(step.text(), step.expected(), step.warning());
        if (mode == Mode.PAGE) {
            html.raw("<button type=\"button\" class=\"report-step link\" hidden").attribute("data-way", key)
                    .attribute("data-step", String.valueOf(position(way.kind(), step))).raw(">")
                    .text(Texts.get(language, "report.step")).raw("</button>");
        }
        html.raw("</li>");
    }

    /** The step's 1-based position in the published way (the page may show fewer steps), as reports name it. */
    private int position(WayKind kind, Step step) {
        // Steps are values: of two identical steps in a way, the report names the first.
        return content.ways().stream().filter(way -> way.kind() == kind).findFirst()
                .map(way -> way.steps().indexOf(step) + 1).orElse(0);
    }

    /** A single paragraph's HTML without its {@code <p>} wrapper, so it sits beside the number on paper. */
    private static String inline(String rendered) {
        if (rendered.startsWith("<p>") && rendered.endsWith("</p>") && rendered.indexOf("<p>", 1) < 0) {
            return rendered.substring(3, rendered.length() - 4);
        }
        return rendered;
    }

    private void contact(ContactPoint contact) {
        String kind = contact.kind().name().toLowerCase(Locale.ROOT);
        html.raw("<li").attribute("class", "contact " + kind).raw("><span class=\"kind\">").text(contactKind(contact))
                .raw("</span> ");
        String href = contact.href();
        if (href == null) {
            html.text(contact.value());
        } else {
            html.raw("<a").attribute("href", href).raw(">").text(contact.value()).raw("</a>");
        }
        List<String> about = new ArrayList<>();
        if (contact.operator() != null) {
            about.add(operatorName(contact.operator(), false));
        }
        if (!contact.label().isEmpty()) {
            about.add(t(contact.label()));
        }
        if (!about.isEmpty()) {
            html.raw(" <span class=\"m\">").text("— " + String.join(", ", about)).raw("</span>");
        }
        marks(contact.evidence());
        translation(contact.label());
        html.raw("</li>");
    }

    /** The kind's label ("Phone", "Fax"...), or its name for a kind without one. */
    private String contactKind(ContactPoint contact) {
        try {
            return Texts.get(language, "contact." + contact.kind().name());
        } catch (MissingResourceException e) {
            return contact.kind().name().toLowerCase(Locale.ROOT);
        }
    }

    private void fact(String key, @Nullable Fact fact) {
        if (fact == null) {
            return;
        }
        html.raw("<p>").text(Texts.get(language, key) + ": " + t(fact.text()));
        marks(fact.evidence());
        html.raw("</p>");
        translation(fact.text());
    }

    private void after(GuideContent c) {
        if (c.checks().isEmpty()) {
            return;
        }
        section("after", "guide.after");
        html.raw("<ul class=\"k checklist\">");
        for (AfterCheck check : c.checks()) {
            html.raw("<li>");
            tick("check-tick", progressId("chk", source(check.text())), t(check.text()));
            marks(check.evidence());
            translation(check.text());
            html.raw("</li>");
        }
        html.raw("</ul></section>");
    }

    private void cautions(GuideContent c) {
        if (c.cautions().isEmpty()) {
            return;
        }
        section("cautions", "guide.cautions");
        for (Caution caution : c.cautions()) {
            html.raw("<div class=\"c\"").raw(lang(caution.text())).raw(">")
                    .raw(markdown(t(caution.text())));
            marks(caution.evidence());
            translation(caution.text());
            pictures(caution.pictures());
            html.raw("</div>");
        }
        html.raw("</section>");
    }

    private void faq() {
        if (content.faq().isEmpty()) {
            return;
        }
        section("faq", "guide.faq");
        int number = 1;
        for (Faq entry : content.faq()) {
            if (mode == Mode.PAGE) {
                html.raw("<details class=\"faq\" id=\"faq-" + number++ + "\"><summary>").text(t(entry.question()))
                        .raw("</summary><div class=\"answer\">").raw(markdown(t(entry.answer())));
                marks(entry.evidence());
                translation(entry.question(), entry.answer());
                html.raw("</div></details>");
            } else {
                html.raw("<dl><dt id=\"faq-" + number++ + "\">").text(t(entry.question())).raw("</dt><dd>")
                        .raw(markdown(t(entry.answer())));
                marks(entry.evidence());
                translation(entry.question(), entry.answer());
                html.raw("</dd></dl>");
            }
        }
        html.raw("</section>");
    }

    private void phrases(GuideContent c) {
        if (c.phrases().isEmpty()) {
            return;
        }
        section("phrases", "guide.phrases");
        if (mode == Mode.PAGE) {
            html.raw("<p class=\"m\">").text(Texts.get(language, "guide.phrases.hint")).raw(" <button type=\"button\" "
                    + "class=\"show-phrase\" hidden>").text(Texts.get(language, "phrase.show")).raw("</button></p>");
        }
        for (Phrase phrase : c.phrases()) {
            html.raw("<div class=\"p phrase\"><p class=\"phrase-lang m\">").text(phraseLanguage(phrase)).raw("</p>")
                    .raw("<p class=\"pl\"").attribute("lang", phrase.localLanguage()).raw(">").text(phrase.text())
                    .raw("</p>").element("p", "m meaning", t(phrase.meaning()));
            translation(phrase.meaning());
            pictures(phrase.pictures());
            html.raw("</div>");
        }
        html.raw("</section>");
    }

    /** The phrase's language in the reader's language, and where it is spoken when the country has several. */
    private String phraseLanguage(Phrase phrase) {
        Locale local = Locale.forLanguageTag(phrase.localLanguage());
        String name = local.getDisplayLanguage(language.locale());
        String key = "phrase.where." + content.country().value() + "." + local.getLanguage();
        try {
            return name + " — " + Texts.get(language, key);
        } catch (MissingResourceException e) {
            return name;
        }
    }

    private void feedback() {
        html.raw("<section id=\"feedback\" class=\"feedback\" hidden><p>").text(Texts.get(language, "feedback.question"))
                .raw(" <button type=\"button\" data-kind=\"helpful\"").attribute("aria-label",
                        Texts.get(language, "feedback.yes.label")).raw(">").text(Texts.get(language, "feedback.yes"))
                .raw("</button> <button type=\"button\" data-kind=\"not-helpful\"").attribute("aria-label",
                        Texts.get(language, "feedback.no.label")).raw(">").text(Texts.get(language, "feedback.no"))
                .raw("</button></p></section>");
    }

    private void sources() {
        var provenance = content.provenance();
        section("sources", "guide.sources");
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language.locale());
        if (provenance.lastVerified() != null) {
            html.raw("<p class=\"m\" id=\"last-verified\">")
                    .text(Texts.get(language, "guide.lastVerified", dates.format(provenance.lastVerified()))).raw("</p>");
        }
        html.raw("<ol class=\"src\">");
        for (Source source : provenance.sources()) {
            html.raw("<li").attribute("id", "source-" + source.key().value()).raw("><a rel=\"nofollow noopener\"")
                    .attribute("href", source.url().toString()).raw(">").text(source.title()).raw("</a> <span class=\"m\">")
                    .text("(" + Texts.get(language, source.official() ? "guide.source.official" : "guide.source.secondary")
                            + ")").raw("</span></li>");
        }
        html.raw("</ol></section>");
    }

    /** The phrase card and the report form: filled and opened by the script. */
    private void dialogs() {
        html.raw("<dialog id=\"phrase-card\" class=\"phrase-card\"><div class=\"cards\"></div>")
                .raw("<form method=\"dialog\"><button class=\"primary\">").text(Texts.get(language, "phrase.close"))
                .raw("</button></form></dialog>")
                .raw("<dialog id=\"report-dialog\"><form method=\"dialog\"><h2>").text(Texts.get(language, "report.step"))
                .raw("</h2><label class=\"tick\"><input type=\"radio\" name=\"kind\" value=\"did-not-work\" checked> ")
                .text(Texts.get(language, "report.didNotWork")).raw("</label><label class=\"tick\"><input type=\"radio\" "
                        + "name=\"kind\" value=\"outdated\"> ").text(Texts.get(language, "report.outdated"))
                .raw("</label><label>").text(Texts.get(language, "report.comment"))
                .raw("<textarea name=\"comment\" maxlength=\"1000\" rows=\"3\"></textarea></label><p class=\"m\">")
                .text(Texts.get(language, "report.comment.privacy")).raw("</p><p class=\"m\" id=\"report-state\" "
                        + "aria-live=\"polite\"></p><div class=\"row\"><button value=\"cancel\" formnovalidate>")
                .text(Texts.get(language, "report.cancel")).raw("</button><button value=\"send\" class=\"primary\">")
                .text(Texts.get(language, "report.send")).raw("</button></div></form></dialog>");
    }

    /**
     * The statement's kind, each seen distinctly: a sourced fact gets numbered links to its sources
     * ({@code fact-sourced}, tappable), an unverified one a visible "unverified" mark ({@code fact-unverified}, with
     * the numbers of any source that only suggests it), general advice a "general advice" mark ({@code fact-advice}).
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
        StringBuilder links = new StringBuilder();
        for (SourceKey key : evidence.sources()) {
            for (int i = 0; i < sources.size(); i++) {
                if (sources.get(i).key().equals(key)) {
                    links.append(links.isEmpty() ? "" : ",").append("<a class=ref href=\"#source-")
                            .append(Html.escape(key.value())).append("\">").append(i + 1).append("</a>");
                }
            }
        }
        if (!links.isEmpty()) {
            html.raw(evidence.unverified() ? "<sup>" : "<sup class=fact-sourced>").raw(links.toString()).raw("</sup>");
        }
    }

    /** A part's pictures: see {@link Figures}. */
    private void pictures(List<Illustration> pictures) {
        Figures.render(html, pictures, mode == Mode.PAGE, this::t);
    }

    /**
     * Says where a part's translation falls short of the source: a stale translation is marked "may be out of date"
     * with the original one tap away (a {@code <details>}, which works without script; inline on paper), and a
     * missing one says which language the part is shown in instead (the reader's fallbacks, else the source).
     * Nothing for a text shown in the source language the reader asked for.
     */
    private void translation(LocalizedText... texts) {
        Language source = content.sourceLanguage();
        List<String> originals = new ArrayList<>();
        Language fallback = null;
        for (LocalizedText text : texts) {
            Language shown = text.best(order).orElse(null);
            if (shown == null) {
                continue;
            }
            if (!shown.equals(language) && fallback == null) {
                fallback = shown;
            }
            if (!shown.equals(source) && text.isStale(shown, source)) {
                originals.add(text.in(source).orElse(""));
            }
        }
        if (fallback != null) {
            html.raw("<i class=fallback>").text(Texts.get(language, "translation.fallback", name(fallback)))
                    .raw("</i>");
        }
        if (originals.isEmpty()) {
            return;
        }
        if (mode == Mode.PAGE) {
            html.raw("<details class=stale><summary>").text(Texts.get(language, "translation.stale")).raw("</summary>");
        } else {
            html.raw("<div class=stale>").text(Texts.get(language, "translation.stale") + " ");
        }
        for (String original : originals) {
            html.raw("<p class=original>").text(Texts.get(language, "translation.original", name(source)) + " ")
                    .raw("<span").attribute("lang", source.tag()).raw(">").text(original).raw("</span></p>");
        }
        html.raw(mode == Mode.PAGE ? "</details>" : "</div>");
    }

    /** A language's name in the reader's language: "Chinese", "中文", "китайский". */
    private String name(Language other) {
        return other.locale().getDisplayName(language.locale());
    }

    /** A {@code lang} attribute naming the language {@code text} is shown in, when it is not the reader's. */
    private String lang(LocalizedText text) {
        return text.best(order).filter(shown -> !shown.equals(language))
                .map(shown -> " lang=\"" + Html.escape(shown.tag()) + "\"").orElse("");
    }

    private void section(String id, String headingKey) {
        html.raw("<section class=\"sec\" id=\"" + id + "\"><h2>").text(Texts.get(language, headingKey)).raw("</h2>");
    }

    /**
     * The id a tick is kept under in the reader's browser: the part's kind and a hash of its text in the guide's
     * source language, so that a tick survives a new revision where the part is unchanged, and the reader's language.
     */
    static String progressId(String prefix, String sourceText) {
        return prefix + "-" + Integer.toHexString(sourceText.hashCode());
    }

    private String t(LocalizedText text) {
        return text.resolve(order);
    }

    /** The text in the guide's source language: the same whatever the reader's language, for progress ids. */
    private String source(LocalizedText value) {
        return content.text(value, content.sourceLanguage());
    }

    private void collectTargets(GuideContent applicable) {
        for (Way way : applicable.ways()) {
            String id = "way-" + way.kind().key();
            target(id, way.heading(language, content.sourceLanguage()));
            // Texts often name a way by its kind ("see “Let it lapse”") where the way has a title of its own.
            targets.putIfAbsent(way.kind().label(language), id);
        }
        int number = 1;
        for (Faq entry : content.faq()) {
            target("faq-" + number++, t(entry.question()));
        }
        target("phrases", Texts.get(language, "guide.phrases"));
        target("before", Texts.get(language, "guide.before"));
    }

    private void target(String id, String title) {
        targets.putIfAbsent(title, id);
        titles.putIfAbsent(id, title);
    }

    /** Markdown, made safe, with "see “X”" turned into a link to the part of the guide titled X. */
    private String markdown(String text) {
        return linkCrossReferences(SafeMarkdown.toHtml(text));
    }

    private String linkCrossReferences(String rendered) {
        Matcher matcher = CROSS_REFERENCE.matcher(rendered);
        StringBuilder linked = new StringBuilder();
        while (matcher.find()) {
            String quoted = matcher.group(4);
            String id = target(Html.unescape(quoted));
            String replacement = id == null ? matcher.group()
                    : matcher.group(1) + matcher.group(2) + "<a class=\"xref\" href=\"#" + id + "\">" + matcher.group(3)
                    + Html.escape(titles.get(id)) + matcher.group(5) + "</a>";
            matcher.appendReplacement(linked, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(linked);
        return linked.toString();
    }

    /** The part a reference names: by its exact title, else the one whose title contains the words or is in them. */
    private @Nullable String target(String quoted) {
        String wanted = normalized(quoted);
        if (wanted.length() < 2) {
            return null;
        }
        String partial = null;
        for (Map.Entry<String, String> entry : targets.entrySet()) {
            String title = normalized(entry.getKey());
            if (title.equals(wanted)) {
                return entry.getValue();
            }
            if (partial == null && title.length() >= 2 && (title.contains(wanted) || wanted.contains(title))) {
                partial = entry.getValue();
            }
        }
        return partial;
    }

    private static String normalized(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[\\p{P}\\p{Z}\\s]+", "");
    }
}
