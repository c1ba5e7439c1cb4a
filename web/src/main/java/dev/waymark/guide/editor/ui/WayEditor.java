package dev.waymark.guide.editor.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.select.Select;
import dev.waymark.guide.ContactPoint;
import dev.waymark.guide.Fact;
import dev.waymark.guide.Step;
import dev.waymark.guide.Way;
import dev.waymark.guide.WayKind;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One way of doing the procedure: its kind and heading, its ordered steps, its contacts, processing time and
 * cost, and where it applies.
 */
final class WayEditor extends PartEditor<Way> {

    final Select<WayKind> kind = new Select<>();
    final LocalizedTextField title;
    final LocalizedTextField summary;
    final PartList<Step, TextPartEditor<Step>> steps;
    final PartList<ContactPoint, ContactEditor> contacts;
    final FactEditor processingTime;
    final FactEditor cost;
    final ApplicabilityField applies;
    final EvidenceField evidence;
    final PicturesField pictures;
    private final Details facts;
    private List<Step> readSteps = List.of();
    private List<ContactPoint> readContacts = List.of();

    WayEditor(EditorContext context) {
        super(context);
        addClassName("wm-way-editor");
        kind.setLabel(context.t("editor.way.kind"));
        kind.setItems(WayKind.values());
        kind.setItemLabelGenerator(item -> item.label(context.ui()));
        kind.setPlaceholder(context.t("editor.way.kind.choose"));
        kind.addValueChangeListener(event -> {
            context.changed();
            captionChanged();
        });
        title = context.text("editor.way.title", false, Way.TITLE_MAX_LENGTH);
        title.setHelperText(context.t("editor.way.title.help"));
        summary = context.text("editor.way.summary", true, Way.SUMMARY_MAX_LENGTH);
        pictures = context.pictures();
        steps = new PartList<>(context, "step", "editor.step.number", "editor.step.add",
                () -> new TextPartEditor<>(context, TextPartEditor.STEP), Way.MAX_STEPS);
        contacts = new PartList<>(context, "contact", "editor.contact.number", "editor.contact.add",
                () -> new ContactEditor(context), Integer.MAX_VALUE);
        processingTime = new FactEditor(context, "editor.way.processingTime");
        cost = new FactEditor(context, "editor.way.cost");
        applies = context.applicability();
        evidence = context.evidence();
        facts = appliesAndEvidence(applies, evidence);
        for (LocalizedTextField field : List.of(title, summary)) {
            field.setWidthFull();
        }
        Div factsRow = new Div(processingTime, cost);
        factsRow.addClassName("wm-row");
        add(kind, title, summary, pictures, new H4(context.t("editor.steps")), steps, new H4(context.t("editor.contacts")),
                contacts, factsRow, facts);
        blames(kind, "way kind", "two ways of kind");
        blames(title, "way title");
        blames(summary, "way summary");
        blames(pictures, "pictures", "picture");
    }

    @Override
    protected boolean readNested(Problems problems) {
        int before = problems.size();
        readSteps = steps.read(problems);
        readContacts = contacts.read(problems);
        return problems.size() == before;
    }

    @Override
    protected Way build() {
        Fact time = field(processingTime.text, processingTime::build);
        Fact price = field(cost.text, cost::build);
        return new Way(kind.getValue(), title.getValue(), summary.getValue(), readSteps, time, price, readContacts,
                applies.getValue(), field(evidence, evidence::read), pictures.getValue());
    }

    @Override
    void show(Way way) {
        kind.setValue(way.kind());
        title.setValue(way.title());
        summary.setValue(way.summary());
        steps.setValues(way.steps());
        contacts.setValues(way.contacts());
        processingTime.show(way.processingTime());
        cost.show(way.cost());
        applies.setValue(way.appliesTo());
        evidence.setValue(way.evidence());
        pictures.setValue(way.pictures());
    }

    /** The kind chosen, or null before one is. */
    @Nullable WayKind kind() {
        return kind.getValue();
    }

    /** The way's steps, numbered, with their first words: what a folded way shows. */
    String outline() {
        List<TextPartEditor<Step>> editors = steps.editors();
        if (editors.isEmpty()) {
            return context.t("editor.way.outline.empty");
        }
        List<String> lines = new java.util.ArrayList<>();
        for (int index = 0; index < editors.size(); index++) {
            lines.add((index + 1) + ". " + editors.get(index).firstWords());
        }
        return context.t("editor.way.outline", editors.size(), String.join(" · ", lines));
    }

    @Override
    String caption() {
        return kind.getValue() == null ? "" : kind.getValue().label(context.ui());
    }

    @Override
    void identify(String id) {
        super.identify(id);
        kind.setId(id + "-kind");
        title.setId(id + "-title");
        summary.setId(id + "-summary");
        steps.identify(id);
        contacts.identify(id);
        processingTime.identify(id + "-processing-time");
        cost.identify(id + "-cost");
        applies.setId(id + "-applies");
        evidence.setId(id + "-evidence");
        facts.setId(id + "-facts");
        pictures.setId(id + "-pictures");
    }

    @Override
    void focusFirst() {
        kind.focus();
    }

    @Override
    void collect(References references, Problems where) {
        references.evidence(this, evidence, where);
        references.evidence(this, processingTime.evidence, where);
        references.evidence(this, cost.evidence, where);
        references.applicability(this, applies, where);
        steps.collect(references, where);
        contacts.collect(references, where);
    }
}
