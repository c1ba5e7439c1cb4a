package dev.waymark.guide.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dev.waymark.base.SafeMarkdown;
import dev.waymark.base.ui.ReaderLanguage;
import dev.waymark.base.ui.Texts;
import dev.waymark.base.ui.TravelerLayout;
import dev.waymark.guide.AfterCheck;
import dev.waymark.guide.CardType;
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
import dev.waymark.guide.Platform;
import dev.waymark.guide.PublishedGuide;
import dev.waymark.guide.ReaderGuides;
import dev.waymark.guide.RequiredDocument;
import dev.waymark.guide.Requirement;
import dev.waymark.guide.Situation;
import dev.waymark.guide.Slug;
import dev.waymark.guide.Source;
import dev.waymark.guide.SourceKey;
import dev.waymark.guide.Step;
import dev.waymark.guide.Way;
import dev.waymark.guide.WayKind;
import dev.waymark.operator.FormerName;
import dev.waymark.operator.Operator;
import dev.waymark.report.RateLimitedException;
import dev.waymark.report.ReportKind;
import dev.waymark.report.ReportService;
import dev.waymark.report.ui.GuideFeedback;
import dev.waymark.report.ui.StepReport;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A published guide in the reader's language. The reader first says what they have (card type,
 * operator, phone where steps differ); the page then shows only what applies. The address carries
 * the language and situation, so a link shows the same page to whoever opens it.
 */
@Route(value = "guides/:slug", layout = TravelerLayout.class)
@AnonymousAllowed
public class GuideView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final ReaderGuides guides;
    private final ReportService reports;
    private final Div body = new Div();
    private Language language = Language.ZH_CN;
    private String title = "Waymark";
    private PublishedGuide guide;
    private Map<OperatorCode, Operator> operators = Map.of();
    private Situation situation = Situation.ANY;

    public GuideView(ReaderGuides guides, ReportService reports) {
        this.guides = guides;
        this.reports = reports;
        addClassName("wm-guide");
        body.setId("guide-body");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters parameters = event.getLocation().getQueryParameters();
        language = ReaderLanguage.resolve(parameters);
        removeAll();
        Optional<PublishedGuide> found = event.getRouteParameters().get("slug")
                .filter(GuideView::looksLikeSlug)
                .flatMap(slug -> guides.find(new Slug(slug)));
        if (found.isEmpty()) {
            title = Texts.get(language, "guide.notFound");
            Paragraph missing = new Paragraph(title);
            missing.setId("not-found");
            add(missing, new Anchor("/", Texts.get(language, "guide.backHome")));
            return;
        }
        guide = found.get();
        operators = guides.operatorsOf(guide.content());
        situation = situationFrom(parameters, guide.content());
        title = guide.content().text(guide.content().title(), language);
        render();
    }

    private static boolean looksLikeSlug(String text) {
        return text.matches("[a-z0-9]+(-[a-z0-9]+)*") && text.length() <= Slug.MAX_LENGTH;
    }

    /** The situation in the address; values that do not fit this guide are ignored. */
    static Situation situationFrom(QueryParameters parameters, GuideContent content) {
        CardType card = parameters.getSingleParameter("card").flatMap(CardType::fromKey)
                .filter(content.cardTypes()::contains).orElse(null);
        OperatorCode operator = parameters.getSingleParameter("operator")
                .flatMap(value -> content.operators().stream().filter(code -> code.value().equals(value)).findFirst())
                .orElse(null);
        Platform platform = parameters.getSingleParameter("platform").flatMap(Platform::fromKey).orElse(null);
        WayKind way = parameters.getSingleParameter("way").flatMap(WayKind::fromKey).orElse(null);
        return new Situation(card, operator, way, platform);
    }

    private void render() {
        GuideContent content = guide.content();
        H1 heading = new H1(title);
        heading.setId("guide-title");
        add(heading);
        if (!content.summary().isEmpty()) {
            add(new Paragraph(text(content.summary())));
        }
        add(operatorLine(content), situationPicker(content), body);
        renderBody();
    }

    /** Rebuilds everything that depends on the situation, and puts the situation in the address. */
    private void renderBody() {
        body.removeAll();
        GuideContent content = guide.content();
        GuideContent applicable = content.forSituation(situation.withWay(null));
        body.add(before(applicable), ways(applicable), after(applicable), cautions(applicable), faq(applicable),
                phrases(applicable), feedback(), sources(content));
        UI.getCurrent().getPage().getHistory().replaceState(null, GuideLinks.of(guide.slug(), language, situation)
                .substring(1));
    }

    private Component operatorLine(GuideContent content) {
        Paragraph line = new Paragraph();
        line.setId("operators");
        line.addClassName("wm-meta");
        line.add(new Span(content.country().displayName(language) + " · " + Texts.get(language, "guide.operators") + ": "));
        List<String> names = new ArrayList<>();
        for (OperatorCode code : content.operators()) {
            names.add(operatorName(code, true));
        }
        line.add(new Span(String.join(", ", names)));
        return line;
    }

    private String operatorName(OperatorCode code, boolean withFormerNames) {
        Operator operator = operators.get(code);
        if (operator == null) {
            return code.value();
        }
        if (!withFormerNames || operator.formerNames().isEmpty()) {
            return operator.name();
        }
        String former = operator.formerNames().stream().map(FormerName::name).collect(Collectors.joining(", "));
        return operator.name() + " (" + Texts.get(language, "guide.formerly", former) + ")";
    }

    private Component situationPicker(GuideContent content) {
        Section picker = new Section();
        picker.setId("situation");
        picker.addClassName("wm-situation");
        picker.add(new H2(Texts.get(language, "guide.situation")), new Paragraph(Texts.get(language, "guide.situation.hint")));

        Select<String> card = new Select<>();
        card.setId("pick-card");
        card.setLabel(Texts.get(language, "guide.cardType"));
        List<String> cardKeys = new ArrayList<>(List.of(""));
        content.cardTypes().stream().sorted().map(CardType::key).forEach(cardKeys::add);
        card.setItems(cardKeys);
        card.setItemLabelGenerator(key -> key.isEmpty() ? Texts.get(language, "guide.any")
                : CardType.fromKey(key).map(type -> type.label(language)).orElse(key));
        card.setValue(situation.cardType() == null ? "" : situation.cardType().key());
        card.addValueChangeListener(event -> {
            situation = situation.withCardType(CardType.fromKey(event.getValue()).orElse(null));
            renderBody();
        });

        Select<String> operator = new Select<>();
        operator.setId("pick-operator");
        operator.setLabel(Texts.get(language, "guide.operator"));
        List<String> operatorKeys = new ArrayList<>(List.of(""));
        content.operators().forEach(code -> operatorKeys.add(code.value()));
        operator.setItems(operatorKeys);
        operator.setItemLabelGenerator(key -> key.isEmpty() ? Texts.get(language, "guide.any")
                : operatorName(new OperatorCode(key), true));
        operator.setValue(situation.operator() == null ? "" : situation.operator().value());
        operator.addValueChangeListener(event -> {
            situation = situation.withOperator(event.getValue().isEmpty() ? null : new OperatorCode(event.getValue()));
            renderBody();
        });

        Div pickers = new Div(card, operator);
        pickers.addClassName("wm-pickers");
        if (hasPlatformSteps(content)) {
            Select<String> platform = new Select<>();
            platform.setId("pick-platform");
            platform.setLabel(Texts.get(language, "guide.platform"));
            List<String> platformKeys = new ArrayList<>(List.of(""));
            for (Platform value : Platform.values()) {
                platformKeys.add(value.key());
            }
            platform.setItems(platformKeys);
            platform.setItemLabelGenerator(key -> key.isEmpty() ? Texts.get(language, "guide.any")
                    : Platform.fromKey(key).map(Platform::label).orElse(key));
            platform.setValue(situation.platform() == null ? "" : situation.platform().key());
            platform.addValueChangeListener(event -> {
                situation = situation.withPlatform(Platform.fromKey(event.getValue()).orElse(null));
                renderBody();
            });
            pickers.add(platform);
        }
        picker.add(pickers);
        return picker;
    }

    private static boolean hasPlatformSteps(GuideContent content) {
        return content.ways().stream().flatMap(way -> way.steps().stream())
                .anyMatch(step -> !step.appliesTo().platforms().isEmpty());
    }

    private Component before(GuideContent content) {
        Section section = section("before", "guide.before");
        if (!content.requirements().isEmpty()) {
            section.add(new H3(Texts.get(language, "guide.requirements")));
            UnorderedList list = new UnorderedList();
            list.setId("requirements");
            for (Requirement requirement : content.requirements()) {
                ListItem item = new ListItem(new Span(text(requirement.condition())));
                marks(item, requirement.evidence());
                if (!requirement.whenNotMet().isEmpty()) {
                    Div remedy = new Div(new Span(Texts.get(language, "guide.whenNotMet") + " "),
                            new Span(text(requirement.whenNotMet())));
                    remedy.addClassName("wm-remedy");
                    item.add(remedy);
                }
                list.add(item);
            }
            section.add(list);
        }
        if (!content.documents().isEmpty()) {
            section.add(new H3(Texts.get(language, "guide.documents")));
            UnorderedList list = new UnorderedList();
            list.setId("documents");
            for (RequiredDocument document : content.documents()) {
                ListItem item = new ListItem(new Span(text(document.name())));
                if (!document.note().isEmpty()) {
                    Span note = new Span(" — " + text(document.note()));
                    note.addClassName("wm-note");
                    item.add(note);
                }
                marks(item, document.evidence());
                list.add(item);
            }
            section.add(list);
        }
        return section;
    }

    private Component ways(GuideContent content) {
        Section section = section("ways", "guide.ways");
        if (content.ways().isEmpty()) {
            Paragraph none = new Paragraph(Texts.get(language, "guide.ways.none"));
            none.setId("no-ways");
            section.add(none);
            return section;
        }
        TabSheet tabs = new TabSheet();
        tabs.setId("way-tabs");
        tabs.addClassName("wm-ways");
        int selected = 0;
        for (int index = 0; index < content.ways().size(); index++) {
            Way way = content.ways().get(index);
            var tab = tabs.add(way.heading(language, content.sourceLanguage()), way(content, way));
            tab.setId("way-" + way.kind().key());
            if (way.kind() == situation.way()) {
                selected = index;
            }
        }
        tabs.setSelectedIndex(selected);
        tabs.addSelectedChangeListener(event -> {
            int index = tabs.getSelectedIndex();
            situation = situation.withWay(index >= 0 && index < content.ways().size()
                    ? content.ways().get(index).kind() : null);
            UI.getCurrent().getPage().getHistory().replaceState(null,
                    GuideLinks.of(guide.slug(), language, situation).substring(1));
        });
        section.add(tabs);
        return section;
    }

    private Component way(GuideContent content, Way way) {
        Div panel = new Div();
        panel.addClassName("wm-way");
        panel.setId("panel-" + way.kind().key());
        if (!way.summary().isEmpty()) {
            panel.add(new Paragraph(text(way.summary())));
        }
        if (!way.contacts().isEmpty()) {
            UnorderedList contacts = new UnorderedList();
            contacts.addClassName("wm-contacts");
            for (ContactPoint contact : way.contacts()) {
                if (situation.operator() != null && contact.operator() != null
                        && !contact.operator().equals(situation.operator())) {
                    continue;
                }
                contacts.add(contact(contact));
            }
            panel.add(new H3(Texts.get(language, "guide.contacts")), contacts);
        }
        fact(panel, "guide.processingTime", way.processingTime());
        fact(panel, "guide.cost", way.cost());
        OrderedList steps = new OrderedList();
        steps.addClassName("wm-steps");
        int number = 1;
        for (Step step : way.steps()) {
            ListItem item = new ListItem();
            item.addClassName("wm-step");
            item.setId("step-" + way.kind().key() + "-" + number);
            item.getElement().setAttribute("aria-label", Texts.get(language, "guide.step", number));
            item.add(markdown(content.text(step.text(), language)));
            if (!step.expected().isEmpty()) {
                Paragraph expected = new Paragraph(Texts.get(language, "guide.expected") + " " + text(step.expected()));
                expected.addClassName("wm-expected");
                item.add(expected);
            }
            if (!step.warning().isEmpty()) {
                Paragraph warning = new Paragraph(Texts.get(language, "guide.warning") + " " + text(step.warning()));
                warning.addClassName("wm-warning");
                item.add(warning);
            }
            marks(item, step.evidence());
            item.add(stepReport(way.kind(), step));
            steps.add(item);
            number++;
        }
        panel.add(steps);
        return panel;
    }

    /** Lets the reader report the step, by its position in the published way (the view may show fewer steps). */
    private Component stepReport(WayKind kind, Step step) {
        // Steps are values: of two identical steps in a way, the report names the first.
        int position = guide.content().ways().stream().filter(way -> way.kind() == kind).findFirst()
                .map(way -> way.steps().indexOf(step) + 1).orElse(0);
        StepReport report = new StepReport(language);
        report.setId("report-" + kind.key() + "-" + position);
        report.addReportListener(event -> {
            if (!sendReport(kind, position, event.kind(), event.comment())) {
                event.getSource().reopen();
            }
        });
        return report;
    }

    private Component feedback() {
        GuideFeedback feedback = new GuideFeedback(language);
        feedback.addFeedbackListener(event -> {
            if (!sendReport(null, null, event.kind(), event.comment())) {
                event.getSource().reopen();
            }
        });
        return feedback;
    }

    /** Sends a report about the revision the reader sees; tells the reader and returns false when it was refused. */
    private boolean sendReport(@Nullable WayKind way, @Nullable Integer step, ReportKind kind, String comment) {
        VaadinRequest request = VaadinRequest.getCurrent();
        String client = request == null || request.getRemoteAddr() == null ? "unknown" : request.getRemoteAddr();
        try {
            reports.report(guide.slug(), guide.revision(), way, step, kind, comment, client);
            return true;
        } catch (RateLimitedException e) {
            reportRefused("report.rateLimited");
        } catch (IllegalArgumentException e) {
            reportRefused("report.failed");
        }
        return false;
    }

    private void reportRefused(String key) {
        Notification notification = Notification.show(Texts.get(language, key), 6000, Notification.Position.MIDDLE);
        notification.setId("report-refused");
        notification.addThemeVariants(NotificationVariant.ERROR);
    }

    private Component contact(ContactPoint contact) {
        ListItem item = new ListItem();
        String href = contact.href();
        Component value = href == null ? new Span(contact.value()) : new Anchor(href, contact.value());
        item.add(value);
        List<String> about = new ArrayList<>();
        if (contact.operator() != null) {
            about.add(operatorName(contact.operator(), false));
        }
        if (!contact.label().isEmpty()) {
            about.add(text(contact.label()));
        }
        if (!about.isEmpty()) {
            Span label = new Span(" — " + String.join(", ", about));
            label.addClassName("wm-note");
            item.add(label);
        }
        marks(item, contact.evidence());
        return item;
    }

    private void fact(Div panel, String key, Fact fact) {
        if (fact == null) {
            return;
        }
        Paragraph paragraph = new Paragraph(Texts.get(language, key) + ": " + text(fact.text()));
        marks(paragraph, fact.evidence());
        panel.add(paragraph);
    }

    private Component after(GuideContent content) {
        Section section = section("after", "guide.after");
        UnorderedList list = new UnorderedList();
        for (AfterCheck check : content.checks()) {
            ListItem item = new ListItem(new Span(text(check.text())));
            marks(item, check.evidence());
            list.add(item);
        }
        section.add(list);
        section.setVisible(!content.checks().isEmpty());
        return section;
    }

    private Component cautions(GuideContent content) {
        Section section = section("cautions", "guide.cautions");
        for (Caution caution : content.cautions()) {
            Div item = new Div(markdown(text(caution.text())));
            item.addClassName("wm-caution");
            marks(item, caution.evidence());
            section.add(item);
        }
        section.setVisible(!content.cautions().isEmpty());
        return section;
    }

    private Component faq(GuideContent content) {
        Section section = section("faq", "guide.faq");
        for (Faq entry : content.faq()) {
            Div answer = new Div(markdown(text(entry.answer())));
            marks(answer, entry.evidence());
            Details details = new Details(text(entry.question()), answer);
            details.addClassName("wm-faq");
            section.add(details);
        }
        section.setVisible(!content.faq().isEmpty());
        return section;
    }

    private Component phrases(GuideContent content) {
        Section section = section("phrases", "guide.phrases");
        section.add(new Paragraph(Texts.get(language, "guide.phrases.hint")));
        for (Phrase phrase : content.phrases()) {
            Div card = new Div();
            card.addClassName("wm-phrase");
            Paragraph local = new Paragraph(phrase.text());
            local.addClassName("wm-phrase-local");
            local.getElement().setAttribute("lang", phrase.localLanguage());
            Paragraph meaning = new Paragraph(text(phrase.meaning()));
            meaning.addClassName("wm-phrase-meaning");
            card.add(local, meaning);
            section.add(card);
        }
        section.setVisible(!content.phrases().isEmpty());
        return section;
    }

    private Component sources(GuideContent content) {
        Section section = section("sources", "guide.sources");
        var provenance = content.provenance();
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language.locale());
        if (provenance.lastVerified() != null) {
            Paragraph verified = new Paragraph(Texts.get(language, "guide.lastVerified", dates.format(provenance.lastVerified())));
            verified.setId("last-verified");
            section.add(verified);
        }
        if (provenance.reviewDue() != null) {
            section.add(new Paragraph(Texts.get(language, "guide.reviewDue", dates.format(provenance.reviewDue()))));
        }
        OrderedList list = new OrderedList();
        list.addClassName("wm-sources");
        for (Source source : provenance.sources()) {
            Anchor link = new Anchor(source.url().toString(), source.title());
            link.getElement().setAttribute("rel", "nofollow noopener noreferrer");
            link.setTarget("_blank");
            Span kind = new Span(" (" + Texts.get(language, source.official() ? "guide.source.official" : "guide.source.secondary") + ")");
            kind.addClassName("wm-note");
            ListItem item = new ListItem(link, kind);
            item.setId("source-" + source.key().value());
            list.add(item);
        }
        section.add(list);
        return section;
    }

    /** Adds the unverified badge and the source references of a statement. */
    private void marks(com.vaadin.flow.component.HasComponents target, Evidence evidence) {
        if (evidence.unverified()) {
            Span badge = new Span(Texts.get(language, "guide.unverified"));
            badge.addClassName("wm-unverified");
            badge.setTitle(Texts.get(language, "guide.unverified.title"));
            target.add(badge);
        }
        List<Source> sources = guide.content().provenance().sources();
        for (SourceKey key : evidence.sources()) {
            int index = 0;
            for (int i = 0; i < sources.size(); i++) {
                if (sources.get(i).key().equals(key)) {
                    index = i + 1;
                }
            }
            Anchor ref = new Anchor("#source-" + key.value(), "[" + index + "]");
            ref.addClassName("wm-ref");
            ref.getElement().setAttribute("router-ignore", true);
            target.add(ref);
        }
    }

    private Section section(String id, String headingKey) {
        Section section = new Section();
        section.setId(id);
        section.addClassName("wm-section");
        section.add(new H2(Texts.get(language, headingKey)));
        return section;
    }

    private String text(LocalizedText value) {
        return guide.content().text(value, language);
    }

    private static Component markdown(String text) {
        Html html = new Html("<div class=\"wm-md\">" + SafeMarkdown.toHtml(text) + "</div>");
        return html;
    }

    @Override
    public String getPageTitle() {
        return title + " · Waymark";
    }
}
