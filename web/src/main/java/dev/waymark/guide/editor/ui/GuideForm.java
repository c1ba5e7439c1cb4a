package dev.waymark.guide.editor.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.shared.Registration;
import dev.waymark.base.ui.DomainMessages;
import dev.waymark.guide.AfterCheck;
import dev.waymark.guide.Applicability;
import dev.waymark.guide.CardType;
import dev.waymark.guide.Caution;
import dev.waymark.guide.ContactKind;
import dev.waymark.guide.ContactPoint;
import dev.waymark.guide.CountryCode;
import dev.waymark.guide.Evidence;
import dev.waymark.guide.Faq;
import dev.waymark.guide.Fingerprint;
import dev.waymark.guide.GuideContent;
import dev.waymark.base.ui.ReaderLanguage;
import dev.waymark.guide.Language;
import dev.waymark.guide.LocalizedText;
import dev.waymark.guide.OperatorCode;
import dev.waymark.guide.Phrase;
import dev.waymark.guide.Provenance;
import dev.waymark.guide.RequiredDocument;
import dev.waymark.guide.Requirement;
import dev.waymark.guide.Slug;
import dev.waymark.guide.Source;
import dev.waymark.guide.Step;
import dev.waymark.guide.Topic;
import dev.waymark.guide.Way;
import dev.waymark.guide.WayKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Edits every part of a guide, on tabs: details and situations; before you start; ways with their steps and
 * contacts; after you finish and cautions; FAQ and phrases; sources and verification dates; and the unsorted
 * imported text. Every text is edited with its translation beside it.
 *
 * <p>Holds no service: {@link #read()} builds the guide's content with the domain's own checks and shows each
 * refusal beside the field that caused it (and in a summary at the top), and edits fire a {@link ChangeEvent}.
 */
public class GuideForm extends Div {

    /** The editor changed something since the form was filled. */
    public static class ChangeEvent extends ComponentEvent<GuideForm> {
        ChangeEvent(GuideForm source) {
            super(source, false);
        }
    }

    /** What the form holds, as the domain accepted it. */
    public record Result(Slug slug, GuideContent content) {
    }

    static final int DETAILS = 0;
    static final int BEFORE = 1;
    static final int WAYS = 2;
    static final int AFTER = 3;
    static final int MORE = 4;
    static final int SOURCES = 5;
    static final int UNSORTED = 6;
    private static final List<String> TAB_IDS = List.of("details", "before", "ways", "after", "more", "sources",
            "unsorted");

    private final EditorContext context;
    private final CountryCode country;
    private final TabSheet tabs = new TabSheet();
    private final List<Tab> tabList = new ArrayList<>();
    private final List<String> tabNames = new ArrayList<>();
    private final Div problemsBox = new Div();
    private final Div unsortedWarning = new Div();
    private final List<HasValidation> marked = new ArrayList<>();

    final TextField slug = new TextField();
    final TextField countryField = new TextField();
    final TextField topic = new TextField();
    final Select<Language> sourceLanguage = new Select<>();
    final LocalizedTextField title;
    final LocalizedTextField summary;
    final CheckboxGroup<CardType> cardTypes = new CheckboxGroup<>();
    final CheckboxGroup<OperatorCode> operators = new CheckboxGroup<>();
    final PartList<Requirement, TextPartEditor<Requirement>> requirements;
    final PartList<RequiredDocument, TextPartEditor<RequiredDocument>> documents;
    final PartList<Way, WayEditor> ways;
    private final Div wayOutline = new Div();
    final PartList<AfterCheck, TextPartEditor<AfterCheck>> checks;
    final PartList<Caution, TextPartEditor<Caution>> cautions;
    final PartList<Faq, TextPartEditor<Faq>> faq;
    final PartList<Phrase, PhraseEditor> phrases;
    final PartList<Source, SourceEditor> sources;
    final DatePicker lastVerified = new DatePicker();
    final DatePicker reviewDue = new DatePicker();
    final TextArea unsorted = new TextArea();
    /** The operators in the guide's display order, as last filled in; newly ticked ones follow. */
    private List<OperatorCode> operatorOrder = List.of();

    /**
     * @param operators the operators of the guide's country, by code, with their names, in display order
     */
    public GuideForm(Language ui, CountryCode country, Map<OperatorCode, String> operators) {
        this(ui, country, operators, null);
    }

    /**
     * @param operators the operators of the guide's country, by code, with their names, in display order
     * @param uploads where uploaded and pasted pictures go; null for a form that shows pictures but takes none
     */
    public GuideForm(Language ui, CountryCode country, Map<OperatorCode, String> operators,
                     @Nullable PictureUploads uploads) {
        this.context = new EditorContext(ui, Language.ZH_CN, operators);
        context.setUploads(uploads);
        this.country = country;
        setId("guide-form");
        addClassName("wm-guide-form");
        context.onChange(() -> {
            refreshWays();
            fireEvent(new ChangeEvent(this));
        });

        title = context.text("editor.title", false, GuideContent.TITLE_MAX_LENGTH);
        summary = context.text("editor.summary", true, GuideContent.SUMMARY_MAX_LENGTH);
        requirements = new PartList<>(context, "requirement", "editor.requirement.number", "editor.requirement.add",
                () -> new TextPartEditor<>(context, TextPartEditor.REQUIREMENT), Integer.MAX_VALUE);
        documents = new PartList<>(context, "document", "editor.document.number", "editor.document.add",
                () -> new TextPartEditor<>(context, TextPartEditor.DOCUMENT), Integer.MAX_VALUE);
        ways = new PartList<>(context, "way", "editor.way.number", "editor.way.add", () -> new WayEditor(context),
                WayKind.values().length);
        ways.foldWith(WayEditor::outline);
        wayOutline.setId("way-outline");
        wayOutline.addClassName("wm-way-outline");
        wayOutline.getElement().setAttribute("role", "navigation");
        wayOutline.getElement().setAttribute("aria-label", context.t("editor.ways.outline"));
        checks = new PartList<>(context, "check", "editor.check.number", "editor.check.add",
                () -> new TextPartEditor<>(context, TextPartEditor.CHECK), Integer.MAX_VALUE);
        cautions = new PartList<>(context, "caution", "editor.caution.number", "editor.caution.add",
                () -> new TextPartEditor<>(context, TextPartEditor.CAUTION), Integer.MAX_VALUE);
        faq = new PartList<>(context, "faq", "editor.faq.number", "editor.faq.add",
                () -> new TextPartEditor<>(context, TextPartEditor.FAQ), Integer.MAX_VALUE);
        phrases = new PartList<>(context, "phrase", "editor.phrase.number", "editor.phrase.add",
                () -> new PhraseEditor(context), Integer.MAX_VALUE);
        sources = new PartList<>(context, "source", "editor.source.number", "editor.source.add",
                () -> new SourceEditor(context, this::offerSourceKeys), Integer.MAX_VALUE);
        sources.onChange(this::offerSourceKeys);

        problemsBox.setId("problems");
        problemsBox.addClassName("wm-problems");
        problemsBox.getElement().setAttribute("role", "alert");
        problemsBox.setVisible(false);
        unsortedWarning.setId("unsorted-warning");
        unsortedWarning.addClassName("wm-unsorted-warning");
        unsortedWarning.setVisible(false);

        tabs.setId("editor-tabs");
        tabs.setWidthFull();
        tab(DETAILS, "editor.tab.details", details());
        tab(BEFORE, "editor.tab.before", section("editor.requirements", requirements, "editor.documents", documents));
        tab(WAYS, "editor.tab.ways", section("editor.ways", new Div(wayOutline, ways), null, null));
        tab(AFTER, "editor.tab.after", section("editor.checks", checks, "editor.cautions", cautions));
        tab(MORE, "editor.tab.more", section("editor.faq", faq, "editor.phrases", phrases));
        tab(SOURCES, "editor.tab.sources", provenance());
        tab(UNSORTED, "editor.tab.unsorted", unsortedPart());
        add(problemsBox, unsortedWarning, tabs);
    }

    private void tab(int index, String nameKey, Component content) {
        String name = context.t(nameKey);
        Tab tab = tabs.add(name, content);
        tab.setId("tab-" + TAB_IDS.get(index));
        tabList.add(tab);
        tabNames.add(name);
    }

    private Component details() {
        slug.setLabel(context.t("editor.slug"));
        slug.setHelperText(context.t("editor.slug.help"));
        slug.setMaxLength(Slug.MAX_LENGTH);
        slug.setId("slug");
        countryField.setLabel(context.t("editor.country"));
        countryField.setReadOnly(true);
        countryField.setValue(country.displayName(context.ui()) + " (" + country.value() + ")");
        countryField.setId("country");
        topic.setLabel(context.t("editor.topic"));
        topic.setMaxLength(Topic.MAX_LENGTH);
        topic.setId("topic");
        sourceLanguage.setLabel(context.t("editor.sourceLanguage"));
        sourceLanguage.setItems(ReaderLanguage.offered().all());
        sourceLanguage.setItemLabelGenerator(ReaderLanguage.offered()::name);
        sourceLanguage.setHelperText(context.t("editor.sourceLanguage.help"));
        sourceLanguage.setId("source-language");
        sourceLanguage.addValueChangeListener(event -> {
            if (event.getValue() != null) {
                context.setSource(event.getValue());
            }
        });
        title.setId("title");
        summary.setId("summary");
        cardTypes.setLabel(context.t("editor.cardTypes"));
        cardTypes.setItems(CardType.values());
        cardTypes.setItemLabelGenerator(type -> type.label(context.ui()));
        cardTypes.setId("card-types");
        operators.setLabel(context.t("editor.operators"));
        operators.setHelperText(context.t("editor.operators.help"));
        operators.setItemLabelGenerator(context::operatorName);
        operators.setItems(new ArrayList<>(context.operators().keySet()));
        operators.setId("operators");
        for (var field : List.of(slug, topic)) {
            field.addValueChangeListener(event -> context.changed());
        }
        sourceLanguage.addValueChangeListener(event -> context.changed());
        cardTypes.addValueChangeListener(event -> context.changed());
        operators.addValueChangeListener(event -> context.changed());

        FormLayout form = new FormLayout(slug, countryField, topic, sourceLanguage, title, summary, cardTypes,
                operators);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        form.setColspan(title, 2);
        form.setColspan(summary, 2);
        form.setColspan(cardTypes, 2);
        form.setColspan(operators, 2);
        return form;
    }

    /**
     * Refreshes the folded ways' outlines and the jump links above them: one per way and one per step, each
     * opening its way and scrolling to it.
     */
    private void refreshWays() {
        ways.refresh();
        wayOutline.removeAll();
        List<WayEditor> editors = ways.editors();
        for (int index = 0; index < editors.size(); index++) {
            int wayIndex = index;
            WayEditor way = editors.get(index);
            Div line = new Div();
            line.addClassName("wm-way-outline-line");
            Button jump = new Button(ways.heading(index), event -> {
                ways.open(wayIndex);
                way.scrollIntoView();
            });
            jump.setId("jump-way-" + (index + 1));
            jump.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            line.add(jump);
            List<TextPartEditor<Step>> steps = way.steps.editors();
            for (int step = 0; step < steps.size(); step++) {
                TextPartEditor<Step> target = steps.get(step);
                Button jumpToStep = new Button((step + 1) + ". " + target.firstWords(), event -> {
                    ways.open(wayIndex);
                    target.scrollIntoView();
                    target.focusFirst();
                });
                jumpToStep.setId("jump-way-" + (index + 1) + "-step-" + (step + 1));
                jumpToStep.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.SMALL);
                line.add(jumpToStep);
            }
            wayOutline.add(line);
        }
        wayOutline.setVisible(!editors.isEmpty());
    }

    private Component section(String firstKey, Component first, @Nullable String secondKey,
                              @Nullable Component second) {
        Div section = new Div(new H3(context.t(firstKey)), first);
        section.addClassName("wm-editor-section");
        if (secondKey != null && second != null) {
            section.add(new H3(context.t(secondKey)), second);
        }
        return section;
    }

    private Component provenance() {
        lastVerified.setLabel(context.t("editor.lastVerified"));
        lastVerified.setHelperText(context.t("editor.lastVerified.help"));
        lastVerified.setId("last-verified");
        reviewDue.setLabel(context.t("editor.reviewDue"));
        reviewDue.setHelperText(context.t("editor.reviewDue.help"));
        reviewDue.setId("review-due");
        for (DatePicker date : List.of(lastVerified, reviewDue)) {
            date.setLocale(context.ui().locale());
            date.addValueChangeListener(event -> context.changed());
        }
        Div dates = new Div(lastVerified, reviewDue);
        dates.addClassName("wm-row");
        Div section = new Div(dates, new H3(context.t("editor.sources")),
                new Paragraph(context.t("editor.sources.help")), sources);
        section.addClassName("wm-editor-section");
        return section;
    }

    private Component unsortedPart() {
        unsorted.setId("unsorted");
        unsorted.setLabel(context.t("editor.unsorted"));
        unsorted.setMaxLength(GuideContent.UNSORTED_MAX_LENGTH);
        unsorted.setWidthFull();
        unsorted.setValueChangeMode(ValueChangeMode.LAZY);
        unsorted.addValueChangeListener(event -> {
            context.changed();
            showUnsortedWarning();
        });
        Paragraph note = new Paragraph(context.t("editor.unsorted.note"));
        note.addClassName("wm-unsorted-note");
        Div part = new Div(note, unsorted);
        part.addClassName("wm-unsorted");
        return part;
    }

    /** Fills the form; nothing counts as changed afterwards. */
    /**
     * Where stale translations find the source text they were made from (the guide's history), by its
     * fingerprint; found texts are kept for the life of the form.
     */
    public void setEarlierSources(Function<Fingerprint, Optional<String>> lookup) {
        context.setEarlierSources(lookup);
    }

    public void setValue(Slug slugValue, GuideContent content) {
        context.quietly(() -> {
            content.operators().forEach(context::knowOperator);
            operators.setItems(new ArrayList<>(context.operators().keySet()));
            sourceLanguage.setValue(content.sourceLanguage());
            context.setSource(content.sourceLanguage());
            context.setSourceKeys(content.provenance().sources().stream().map(Source::key).toList());
            slug.setValue(slugValue.value());
            topic.setValue(content.topic().value());
            title.setValue(content.title());
            summary.setValue(content.summary());
            cardTypes.setValue(content.cardTypes());
            operatorOrder = content.operators();
            operators.setValue(Set.copyOf(content.operators()));
            requirements.setValues(content.requirements());
            documents.setValues(content.documents());
            ways.setValues(content.ways());
            checks.setValues(content.checks());
            cautions.setValues(content.cautions());
            faq.setValues(content.faq());
            phrases.setValues(content.phrases());
            sources.setValues(content.provenance().sources());
            lastVerified.setValue(content.provenance().lastVerified());
            reviewDue.setValue(content.provenance().reviewDue());
            unsorted.setValue(content.unsorted());
            offerSourceKeys();
        });
        refreshWays();
        clearMarks();
        showProblems(new Problems());
        showUnsortedWarning();
    }

    /**
     * The slug and content the form holds, as the domain accepts them; empty when the domain refused a part.
     * Each refusal is then shown beside its field and in the summary at the top.
     */
    public Optional<Result> read() {
        clearMarks();
        Problems problems = new Problems();
        Problems details = on(problems, DETAILS);
        Slug slugValue = attempt(details, slug, () -> new Slug(slug.getValue().strip()));
        Topic topicValue = attempt(details, topic, () -> new Topic(topic.getValue().strip()));
        Language source = sourceLanguage.getValue() == null ? Language.ZH_CN : sourceLanguage.getValue();
        List<OperatorCode> operatorValues = orderedOperators();
        List<Requirement> requirementValues = requirements.read(on(problems, BEFORE));
        List<RequiredDocument> documentValues = documents.read(on(problems, BEFORE));
        List<Way> wayValues = ways.read(on(problems, WAYS));
        List<AfterCheck> checkValues = checks.read(on(problems, AFTER));
        List<Caution> cautionValues = cautions.read(on(problems, AFTER));
        List<Faq> faqValues = faq.read(on(problems, MORE));
        List<Phrase> phraseValues = phrases.read(on(problems, MORE));
        int beforeSources = problems.size();
        List<Source> sourceValues = sources.read(on(problems, SOURCES));
        Provenance provenanceValue = problems.size() == beforeSources
                ? provenance(on(problems, SOURCES), sourceValues) : null;
        GuideContent content = null;
        if (problems.isEmpty() && slugValue != null && topicValue != null && provenanceValue != null) {
            Function<Parts, GuideContent> make = parts -> new GuideContent(source, country, topicValue,
                    title.getValue(), summary.getValue(), cardTypes.getValue(), operatorValues, parts.requirements,
                    parts.documents, parts.ways, parts.checks, parts.cautions, parts.faq, parts.phrases,
                    provenanceValue, unsorted.getValue());
            Parts all = new Parts(requirementValues, documentValues, wayValues, checkValues, cautionValues, faqValues,
                    phraseValues);
            try {
                content = make.apply(all);
            } catch (IllegalArgumentException refused) {
                locate(refused.getMessage(), make, problems);
            }
        }
        showProblems(problems);
        return content == null || slugValue == null ? Optional.empty() : Optional.of(new Result(slugValue, content));
    }

    /** Shows a refusal of the slug (such as "taken by another guide") beside it. */
    public void showSlugError(String message) {
        Problems problems = new Problems();
        on(problems, DETAILS).add(message, slug);
        mark(slug, message);
        showProblems(problems);
    }

    public Registration addChangeListener(ComponentEventListener<ChangeEvent> listener) {
        return addListener(ChangeEvent.class, listener);
    }

    /** The parts of a guide besides its details, to build whole or with one part under test. */
    private record Parts(List<Requirement> requirements, List<RequiredDocument> documents, List<Way> ways,
                         List<AfterCheck> checks, List<Caution> cautions, List<Faq> faq, List<Phrase> phrases) {

        static final Parts NONE = new Parts(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of());

        static Parts ways(List<Way> ways) {
            return new Parts(List.of(), List.of(), ways, List.of(), List.of(), List.of(), List.of());
        }

        static Parts caution(Caution caution) {
            return new Parts(List.of(), List.of(), List.of(), List.of(), List.of(caution), List.of(), List.of());
        }
    }

    /**
     * Finds what the whole guide's check refused, by asking the domain again about the details alone, then about
     * each way's kind, then about each field that names a source, operator or card type, and shows the
     * domain's message beside what it refuses. What cannot be pinned to a field is shown in the summary.
     */
    private void locate(String message, Function<Parts, GuideContent> make, Problems problems) {
        Optional<String> details = refusal(() -> make.apply(Parts.NONE));
        if (details.isPresent()) {
            String refused = details.get();
            HasValidation field = refused.contains("summary") ? summary
                    : refused.contains("title") ? title
                    : refused.contains("card type") ? cardTypes
                    : refused.contains("operator") ? operators
                    : refused.contains("unsorted") ? unsorted : null;
            if (field == null) {
                on(problems, DETAILS).add(refused, this);
            } else {
                mark(field, refused);
                on(problems, field == unsorted ? UNSORTED : DETAILS).add(refused, (Component) field);
            }
            return;
        }
        List<Way> kinds = new ArrayList<>();
        for (int index = 0; index < ways.editors().size(); index++) {
            WayEditor way = ways.editors().get(index);
            kinds.add(Way.of(way.kind()));
            Optional<String> refused = refusal(() -> make.apply(Parts.ways(kinds)));
            if (refused.isPresent()) {
                on(problems, WAYS).within(ways.heading(index)).add(refused.get(), way.blame(refused.get()));
                return;
            }
        }
        int before = problems.size();
        PartEditor.References references = references(problems);
        LocalizedText probe = LocalizedText.of(context.source(), "?");
        for (var ref : references.evidence) {
            if (ref.field().getValue() == null) {
                continue; // refused on its own, and shown on its part
            }
            refusal(() -> make.apply(Parts.caution(new Caution(probe, Applicability.ALL, ref.field().getValue()))))
                    .ifPresent(refused -> {
                        ref.owner().mark(ref.field(), refused);
                        ref.where().add(refused, ref.field());
                    });
        }
        for (var ref : references.applicability) {
            refusal(() -> make.apply(Parts.caution(new Caution(probe, ref.field().getValue(), Evidence.ADVICE))))
                    .ifPresent(refused -> {
                        ref.owner().mark(ref.field(), refused);
                        ref.where().add(refused, ref.field());
                    });
        }
        for (var ref : references.contacts) {
            ContactPoint contact = new ContactPoint(ContactKind.ADDRESS, "?", LocalizedText.EMPTY, ref.field().operator(),
                    Evidence.ADVICE);
            refusal(() -> make.apply(Parts.ways(List.of(new Way(WayKind.HOTLINE, null, null, List.of(), null, null,
                    List.of(contact), Applicability.ALL, Evidence.ADVICE)))))
                    .ifPresent(refused -> ref.where().add(refused, ref.field().blame(refused)));
        }
        if (problems.size() == before) {
            on(problems, DETAILS).add(message, this);
        }
    }

    private PartEditor.References references(Problems problems) {
        PartEditor.References references = new PartEditor.References();
        requirements.collect(references, on(problems, BEFORE));
        documents.collect(references, on(problems, BEFORE));
        ways.collect(references, on(problems, WAYS));
        checks.collect(references, on(problems, AFTER));
        cautions.collect(references, on(problems, AFTER));
        faq.collect(references, on(problems, MORE));
        return references;
    }

    /** The domain's message when it refuses what {@code attempt} makes; empty when it accepts it. */
    private static Optional<String> refusal(Supplier<?> attempt) {
        try {
            attempt.get();
            return Optional.empty();
        } catch (IllegalArgumentException refused) {
            return Optional.of(refused.getMessage());
        }
    }

    /** The sources with the verification dates; null when the domain refuses them (shown beside the cause). */
    private @Nullable Provenance provenance(Problems problems, List<Source> sourceValues) {
        try {
            return new Provenance(sourceValues, lastVerified.getValue(), reviewDue.getValue());
        } catch (IllegalArgumentException refused) {
            // A key used twice: the second source with it is to blame.
            for (int index = 1; index <= sourceValues.size(); index++) {
                List<Source> first = sourceValues.subList(0, index);
                if (refusal(() -> new Provenance(first, null, null)).isPresent()) {
                    SourceEditor editor = sources.editors().get(index - 1);
                    editor.mark(editor.key, refused.getMessage());
                    problems.within(sources.heading(index - 1)).add(refused.getMessage(), editor.key);
                    return null;
                }
            }
            mark(reviewDue, refused.getMessage());
            problems.add(refused.getMessage(), reviewDue);
            return null;
        }
    }

    private <V> @Nullable V attempt(Problems problems, HasValidation field, Supplier<V> parse) {
        try {
            return parse.get();
        } catch (IllegalArgumentException refused) {
            mark(field, refused.getMessage());
            problems.add(refused.getMessage(), (Component) field);
            return null;
        }
    }

    private Problems on(Problems problems, int tab) {
        return problems.onTab(tab, tabNames.get(tab));
    }

    private List<OperatorCode> orderedOperators() {
        List<OperatorCode> ordered = new ArrayList<>();
        operatorOrder.stream().filter(operators.getValue()::contains).forEach(ordered::add);
        context.operators().keySet().stream().filter(operators.getValue()::contains)
                .filter(code -> !ordered.contains(code)).forEach(ordered::add);
        return ordered;
    }

    private void offerSourceKeys() {
        context.setSourceKeys(sources.editors().stream().map(SourceEditor::key).flatMap(Optional::stream)
                .distinct().toList());
    }

    private void mark(HasValidation field, String message) {
        field.setErrorMessage(DomainMessages.translate(context.ui(), message));
        field.setInvalid(true);
        marked.add(field);
    }

    private void clearMarks() {
        marked.forEach(field -> {
            field.setInvalid(false);
            field.setErrorMessage(null);
        });
        marked.clear();
    }

    private void showProblems(Problems problems) {
        problemsBox.removeAll();
        for (int index = 0; index < tabList.size(); index++) {
            long count = problems.onTab(index);
            tabList.get(index).setLabel(count == 0 ? tabNames.get(index) : tabNames.get(index) + " (" + count + ")");
            tabList.get(index).getElement().getClassList().set("wm-tab-invalid", count > 0);
        }
        problemsBox.setVisible(!problems.isEmpty());
        if (problems.isEmpty()) {
            return;
        }
        problemsBox.add(new Paragraph(context.t("editor.problems", problems.size())));
        UnorderedList list = new UnorderedList();
        for (Problems.Problem problem : problems.all()) {
            String message = DomainMessages.translate(context.ui(), problem.message());
            Button go = new Button(problem.where().isEmpty() ? message : problem.where() + ": " + message);
            go.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.ERROR);
            go.addClickListener(event -> {
                if (problem.tab() >= 0) {
                    tabs.setSelectedIndex(problem.tab());
                }
                if (problem.target() instanceof Focusable<?> focusable) {
                    focusable.focus();
                } else {
                    problem.target().scrollIntoView();
                }
            });
            list.add(new ListItem(go));
        }
        problemsBox.add(list);
    }

    private void showUnsortedWarning() {
        boolean holdsText = !unsorted.getValue().isBlank();
        unsortedWarning.removeAll();
        unsortedWarning.setVisible(holdsText);
        if (holdsText) {
            Button open = new Button(context.t("editor.unsorted.open"), event -> tabs.setSelectedIndex(UNSORTED));
            open.setId("open-unsorted");
            open.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            unsortedWarning.add(new Paragraph(context.t("editor.unsorted.warning")), open);
        }
        tabList.get(UNSORTED).getElement().getClassList().set("wm-tab-warning", holdsText);
    }
}
