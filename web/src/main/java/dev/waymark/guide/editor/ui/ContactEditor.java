package dev.waymark.guide.editor.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import dev.waymark.guide.ContactKind;
import dev.waymark.guide.ContactPoint;
import dev.waymark.guide.OperatorCode;
import java.util.ArrayList;
import org.jspecify.annotations.Nullable;

/** A way's phone number, website, email or address, perhaps for one operator only. */
final class ContactEditor extends PartEditor<ContactPoint> {

    final Select<ContactKind> kind = new Select<>();
    final TextField value = new TextField();
    final Select<OperatorCode> operator = new Select<>();
    final LocalizedTextField label;
    final EvidenceField evidence;
    private final Details facts;

    ContactEditor(EditorContext context) {
        super(context);
        kind.setLabel(context.t("editor.contact.kind"));
        kind.setItems(ContactKind.values());
        kind.setItemLabelGenerator(item -> context.t("editor.contact.kind." + item.name()));
        kind.setValue(ContactKind.PHONE);
        value.setLabel(context.t("editor.contact.value"));
        value.setMaxLength(ContactPoint.VALUE_MAX_LENGTH);
        value.setHelperText(context.t("editor.contact.value.help"));
        operator.setLabel(context.t("editor.contact.operator"));
        operator.setItems(new ArrayList<>(context.operators().keySet()));
        operator.setItemLabelGenerator(code -> code == null ? context.t("editor.contact.anyOperator")
                : context.operatorName(code));
        operator.setEmptySelectionAllowed(true);
        operator.setEmptySelectionCaption(context.t("editor.contact.anyOperator"));
        label = context.text("editor.contact.label", false, ContactPoint.LABEL_MAX_LENGTH);
        label.setWidthFull();
        evidence = context.evidence();
        kind.addValueChangeListener(event -> context.changed());
        value.addValueChangeListener(event -> context.changed());
        operator.addValueChangeListener(event -> context.changed());
        Div row = new Div(kind, value, operator);
        row.addClassName("wm-row");
        facts = appliesAndEvidence(null, evidence);
        add(row, label, facts);
        // The domain's names for the fields, most specific first.
        blames(kind, "contact kind");
        blames(label, "contact label");
        blames(operator, "belongs to operator");
        blames(value, "contact", "phone number", "email", "website");
    }

    @Override
    protected ContactPoint build() {
        return new ContactPoint(kind.getValue(), value.getValue(), label.getValue(), operator.getValue(),
                field(evidence, evidence::read));
    }

    @Override
    void show(ContactPoint contact) {
        kind.setValue(contact.kind());
        value.setValue(contact.value());
        label.setValue(contact.label());
        operator.setValue(contact.operator());
        evidence.setValue(contact.evidence());
    }

    /** The operator the contact is for; null when for any. */
    @Nullable OperatorCode operator() {
        return operator.getValue();
    }

    @Override
    void identify(String id) {
        super.identify(id);
        kind.setId(id + "-kind");
        value.setId(id + "-value");
        operator.setId(id + "-operator");
        label.setId(id + "-label");
        evidence.setId(id + "-evidence");
        facts.setId(id + "-facts");
    }

    @Override
    void focusFirst() {
        value.focus();
    }

    @Override
    void collect(References references, Problems where) {
        references.evidence(this, evidence, where);
        references.contacts.add(new References.Ref<>(this, this, where));
    }
}
