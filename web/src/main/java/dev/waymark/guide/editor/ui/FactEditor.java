package dev.waymark.guide.editor.ui;

import com.vaadin.flow.component.html.Div;
import dev.waymark.guide.Fact;
import org.jspecify.annotations.Nullable;

/** A way's processing time or cost: a short translated statement with what backs it; empty means unknown. */
final class FactEditor extends Div {

    final LocalizedTextField text;
    final EvidenceField evidence;

    FactEditor(EditorContext context, String labelKey) {
        addClassName("wm-fact");
        text = context.text(labelKey, false, Fact.TEXT_MAX_LENGTH);
        text.setWidthFull();
        evidence = context.evidence();
        add(text, evidence);
    }

    /** The fact, or null when nothing is said; throws when the domain refuses it. */
    @Nullable Fact build() {
        if (text.getValue().isEmpty() && EvidenceField.NEW.equals(evidence.getValue())) {
            return null;
        }
        return new Fact(text.getValue(), PartEditor.field(evidence, evidence::read));
    }

    void show(@Nullable Fact fact) {
        text.setValue(fact == null ? text.getEmptyValue() : fact.text());
        evidence.setValue(fact == null ? EvidenceField.NEW : fact.evidence());
    }

    void identify(String id) {
        setId(id);
        text.setId(id + "-text");
        evidence.setId(id + "-evidence");
    }
}
