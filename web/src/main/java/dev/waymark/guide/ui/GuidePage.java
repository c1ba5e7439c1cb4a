package dev.waymark.guide.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import dev.waymark.base.SafeMarkdown;
import dev.waymark.base.ui.Texts;
import dev.waymark.guide.AfterCheck;
import dev.waymark.guide.CardType;
import dev.waymark.guide.Caution;
import dev.waymark.guide.Illustration;
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
import dev.waymark.guide.RequiredDocument;
import dev.waymark.guide.Requirement;
import dev.waymark.guide.Situation;
import dev.waymark.guide.Source;
import dev.waymark.guide.SourceKey;
import dev.waymark.guide.Step;
import dev.waymark.guide.Way;
import dev.waymark.guide.WayKind;
import dev.waymark.operator.FormerName;
import dev.waymark.operator.Operator;
import dev.waymark.report.ReportKind;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.HashMap;
import dev.waymark.picture.PictureFormat;
import dev.waymark.picture.PictureUrls;
import dev.waymark.picture.StoredPicture;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The editors' preview of an unsaved guide, in one language: the editor picks a situation (card type, operator,
 * phone) and sees only what applies, with the ways and steps as readers get them, ticks kept only while the dialog
 * is open. Readers' pages are HTML from the server ({@code guide.read.GuideDocument}), not this component.
 */
public class GuidePage extends Div {

    private final PublishedGuide guide;
    private final Language language;
    private final Map<OperatorCode, Operator> operators;
    private final Progress progress;
    private final Div body = new Div();
    private Situation situation;
    /** Every checkbox on the page by the id of what it ticks, to apply stored progress. */
    private final Map<String, List<Checkbox>> boxes = new HashMap<>();
    private final List<WayPanel> panels = new ArrayList<>();
    private boolean oneAtATime;

    private GuidePage(PublishedGuide guide, Language language, Situation situation,
                      Map<OperatorCode, Operator> operators, Progress progress) {
        this.guide = guide;
        this.language = language;
        this.situation = situation;
        this.operators = operators;
        this.progress = progress;
        body.setId("guide-body");
        render();
    }

    /** The page for an editor's preview: the same rendering, with no reports and nothing remembered. */
    public static GuidePage preview(PublishedGuide guide, Language language, Map<OperatorCode, Operator> operators) {
        return new GuidePage(guide, language, Situation.ANY, operators, Progress.inMemory());
    }

    private void render() {
        GuideContent content = guide.content();
        H1 heading = new H1(text(content.title()));
        heading.setId("guide-title");
        add(heading);
        if (!content.summary().isEmpty()) {
            add(new Paragraph(text(content.summary())));
        }
        add(operatorLine(content), situationPicker(content), body);
        renderBody();
    }

    /** Rebuilds everything that depends on the situation, and tells the listener which situation is shown. */
    private void renderBody() {
        body.removeAll();
        boxes.clear();
        panels.clear();
        GuideContent content = guide.content();
        GuideContent applicable = content.forSituation(situation.withWay(null));
        body.add(before(applicable), ways(applicable), after(applicable), cautions(applicable), faq(applicable),
                phrases(applicable));
        body.add(sources(content));
        UI ui = UI.getCurrent();
        progress.load(ui, ticked -> {
            boxes.forEach((id, list) -> list.forEach(box -> box.setValue(ticked.contains(id))));
            panels.forEach(WayPanel::refresh);
        });
    }

    /** A checkbox that ticks {@code id}, remembered in the reader's browser. */
    private Checkbox box(String id, String label) {
        Checkbox box = new Checkbox(label);
        box.addClassName("wm-check");
        box.getElement().setAttribute("data-progress", id);
        box.setValue(progress.isTicked(id));
        box.addValueChangeListener(event -> {
            if (event.isFromClient()) {
                progress.set(UI.getCurrent(), id, event.getValue());
                boxes.getOrDefault(id, List.of()).stream().filter(other -> other != box)
                        .forEach(other -> other.setValue(event.getValue()));
                panels.forEach(WayPanel::refresh);
            }
        });
        boxes.computeIfAbsent(id, key -> new ArrayList<>()).add(box);
        return box;
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
            list.addClassName("wm-checklist");
            list.setId("requirements");
            for (Requirement requirement : content.requirements()) {
                ListItem item = new ListItem(box(Progress.id("req", source(requirement.condition())),
                        text(requirement.condition())));
                marks(item, requirement.evidence());
                if (!requirement.whenNotMet().isEmpty()) {
                    Div remedy = new Div(new Span(Texts.get(language, "guide.whenNotMet") + " "),
                            new Span(text(requirement.whenNotMet())));
                    remedy.addClassName("wm-remedy");
                    item.add(remedy);
                }
                pictures(item, requirement.pictures());
                list.add(item);
            }
            section.add(list);
        }
        if (!content.documents().isEmpty()) {
            section.add(new H3(Texts.get(language, "guide.documents")));
            UnorderedList list = new UnorderedList();
            list.addClassName("wm-checklist");
            list.setId("documents");
            for (RequiredDocument document : content.documents()) {
                ListItem item = new ListItem(box(Progress.id("doc", source(document.name())), text(document.name())));
                if (!document.note().isEmpty()) {
                    Span note = new Span(" — " + text(document.note()));
                    note.addClassName("wm-note");
                    item.add(note);
                }
                marks(item, document.evidence());
                pictures(item, document.pictures());
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
        RadioButtonGroup<Boolean> mode = new RadioButtonGroup<>(Texts.get(language, "guide.mode"));
        mode.setId("step-mode");
        mode.setItems(false, true);
        mode.setItemLabelGenerator(one -> Texts.get(language, one ? "guide.mode.one" : "guide.mode.all"));
        mode.setValue(oneAtATime);
        mode.addValueChangeListener(event -> {
            oneAtATime = Boolean.TRUE.equals(event.getValue());
            panels.forEach(WayPanel::refresh);
        });
        section.add(mode);
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
            });
        section.add(tabs);
        return section;
    }

    private Component way(GuideContent content, Way way) {
        WayPanel panel = new WayPanel(content, way);
        panels.add(panel);
        return panel;
    }

    /**
     * One way's panel: contacts and facts, then its steps with a checkbox each. Shows every step, or
     * one at a time with previous / next; says when every step is done.
     */
    private final class WayPanel extends Div {

        private final List<ListItem> items = new ArrayList<>();
        private final List<String> ids = new ArrayList<>();
        private final Paragraph status = new Paragraph();
        private final Div navigation = new Div();
        private final Button previous = new Button(Texts.get(language, "guide.previous"));
        private final Button next = new Button(Texts.get(language, "guide.next"));
        private int current;

        WayPanel(GuideContent content, Way way) {
            addClassName("wm-way");
            setId("panel-" + way.kind().key());
            // The way's own kind of statement: is it sourced that this way works, for the operators it is shown to?
            Paragraph about = new Paragraph(way.summary().isEmpty() ? "" : text(way.summary()));
            about.addClassName("wm-way-about");
            marks(about, way.evidence());
            add(about);
            pictures(this, way.pictures());
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
                add(new H3(Texts.get(language, "guide.contacts")), contacts);
            }
            fact(this, "guide.processingTime", way.processingTime());
            fact(this, "guide.cost", way.cost());
            status.addClassName("wm-progress");
            status.setId("progress-" + way.kind().key());
            status.getElement().setAttribute("aria-live", "polite");
            add(status);
            OrderedList steps = new OrderedList();
            steps.addClassName("wm-steps");
            int number = 1;
            for (Step step : way.steps()) {
                String id = Progress.id(way.kind().key(), source(step.text()));
                ListItem item = new ListItem();
                item.addClassName("wm-step");
                item.setId("step-" + way.kind().key() + "-" + number);
                Checkbox done = box(id, "");
                done.setAriaLabel(Texts.get(language, "guide.step.done", number));
                done.addValueChangeListener(event -> {
                    if (event.isFromClient() && event.getValue() && oneAtATime) {
                        int index = ids.indexOf(id);
                        current = Math.min(index + 1, items.size() - 1);
                        refresh();
                    }
                });
                Div text = new Div(markdown(content.text(step.text(), language)));
                text.addClassName("wm-step-text");
                Div row = new Div(done, text);
                row.addClassName("wm-step-row");
                item.add(row);
                pictures(item, step.pictures());
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
                steps.add(item);
                items.add(item);
                ids.add(id);
                number++;
            }
            add(steps);
            previous.setId("previous-" + way.kind().key());
            next.setId("next-" + way.kind().key());
            previous.addClickListener(event -> move(-1));
            next.addClickListener(event -> move(1));
            next.addThemeVariants(ButtonVariant.PRIMARY);
            navigation.addClassName("wm-step-nav");
            navigation.add(previous, next);
            add(navigation);
            current = firstOpen();
            refresh();
        }

        private int firstOpen() {
            for (int index = 0; index < ids.size(); index++) {
                if (!progress.isTicked(ids.get(index))) {
                    return index;
                }
            }
            return Math.max(0, ids.size() - 1);
        }

        private void move(int delta) {
            current = Math.max(0, Math.min(items.size() - 1, current + delta));
            refresh();
        }

        /** Applies the mode and the ticks: which steps show, the count, the done state. */
        void refresh() {
            long done = ids.stream().filter(progress::isTicked).count();
            boolean allDone = !ids.isEmpty() && done == ids.size();
            status.setText(allDone ? "✓ " + Texts.get(language, "guide.way.done")
                    : Texts.get(language, "guide.progress", done, ids.size()));
            status.getElement().getClassList().set("wm-done", allDone);
            getElement().getClassList().set("wm-way-done", allDone);
            for (int index = 0; index < items.size(); index++) {
                items.get(index).setVisible(!oneAtATime || index == current);
            }
            navigation.setVisible(oneAtATime && items.size() > 1);
            previous.setEnabled(current > 0);
            next.setEnabled(current < items.size() - 1);
            if (oneAtATime && !items.isEmpty()) {
                next.setAriaLabel(Texts.get(language, "guide.step.of", Math.min(current + 2, items.size()), items.size()));
            }
        }
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

    private void fact(com.vaadin.flow.component.HasComponents panel, String key, Fact fact) {
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
            pictures(item, caution.pictures());
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
            pictures(card, phrase.pictures());
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

    /**
     * Adds the statement's kind: the unverified or general-advice badge, and the source references (a sourced
     * fact shows only these).
     */
    private void marks(com.vaadin.flow.component.HasComponents target, Evidence evidence) {
        if (evidence.unverified() || evidence.advice()) {
            String key = evidence.unverified() ? "guide.unverified" : "guide.advice";
            Span badge = new Span(Texts.get(language, key));
            badge.addClassNames(evidence.unverified() ? "wm-unverified" : "wm-advice", "fact-" + evidence.kind().key());
            badge.setTitle(Texts.get(language, key + ".title"));
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
            if (!evidence.unverified()) {
                ref.addClassName("fact-sourced");
            }
            ref.getElement().setAttribute("router-ignore", true);
            target.add(ref);
        }
    }

    /**
     * A part's pictures, as readers see them on a phone (the 720 px JPEG, the caption under it), the alt text in the
     * preview's language. Only those for the chosen phone's platform, or for every phone.
     */
    private void pictures(com.vaadin.flow.component.HasComponents target, List<Illustration> pictures) {
        List<Illustration> shown = Illustration.forSituation(pictures, situation);
        if (shown.isEmpty()) {
            return;
        }
        Div figures = new Div();
        figures.addClassName("wm-figures");
        for (Illustration picture : shown) {
            StoredPicture stored = new StoredPicture(picture.picture(), picture.width(), picture.height());
            int width = PictureUrls.widths(stored).stream().filter(w -> w <= 720).max(Integer::compare)
                    .orElse(PictureUrls.widths(stored).getFirst());
            Image image = new Image(PictureUrls.src(stored, width, PictureFormat.JPEG), text(picture.alt()));
            image.setWidth(width + "px");
            image.getStyle().set("max-width", picture.height() > picture.width() ? "16rem" : "100%").set("height", "auto");
            image.getElement().setAttribute("height", String.valueOf(PictureUrls.heightFor(stored, width)));
            Div figure = new Div(image);
            figure.addClassName("wm-figure");
            if (!picture.caption().isEmpty()) {
                Span caption = new Span(text(picture.caption()));
                caption.addClassName("wm-note");
                figure.add(new Div(caption));
            }
            figures.add(figure);
        }
        target.add(figures);
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

    /** The text in the guide's source language: stable across the reader's language, for progress ids. */
    private String source(LocalizedText value) {
        return guide.content().text(value, guide.content().sourceLanguage());
    }

    private static Component markdown(String text) {
        Html html = new Html("<div class=\"wm-md\">" + SafeMarkdown.toHtml(text) + "</div>");
        return html;
    }
}
