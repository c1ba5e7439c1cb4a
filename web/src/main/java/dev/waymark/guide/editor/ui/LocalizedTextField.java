package dev.waymark.guide.editor.ui;

import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldBase;
import com.vaadin.flow.data.value.ValueChangeMode;
import dev.waymark.base.ui.ReaderLanguage;
import dev.waymark.base.ui.Texts;
import dev.waymark.guide.Language;
import dev.waymark.guide.LocalizedText;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A text in every language, edited side by side: the guide's source language on the left, its translation on
 * the right (stacked on narrow screens). A translation left empty is marked, since readers then see the source
 * text. The value never throws: the record that holds the text checks it.
 */
public class LocalizedTextField extends CustomField<LocalizedText> {

    private final Language ui;
    private final Map<Language, TextFieldBase<?, String>> fields = new LinkedHashMap<>();
    private final Div pair = new Div();
    private final String label;
    private Language source;
    private boolean presenting;
    private LocalizedText presented = LocalizedText.EMPTY;

    /**
     * @param ui the interface language, for the labels
     * @param source the guide's source language, shown first
     * @param maxLength the most characters per language, as the domain allows
     */
    public LocalizedTextField(Language ui, Language source, String label, boolean multiline, int maxLength) {
        super(LocalizedText.EMPTY);
        this.ui = ui;
        this.source = source;
        this.label = label;
        setLabel(label);
        addClassName("wm-lt");
        pair.addClassName("wm-lt-pair");
        for (Language language : ReaderLanguage.offered().all()) {
            TextFieldBase<?, String> field = create(multiline, maxLength);
            field.setWidthFull();
            // Typing counts as a change soon after it pauses, not only on leaving the field: closing the tab
            // right after typing must still be asked about.
            field.setValueChangeMode(ValueChangeMode.LAZY);
            field.getElement().setAttribute("lang", language.tag());
            field.addValueChangeListener(event -> {
                if (!presenting) {
                    updateValue();
                }
                marks();
            });
            fields.put(language, field);
        }
        add(pair);
        arrange();
    }

    private static TextFieldBase<?, String> create(boolean multiline, int maxLength) {
        if (multiline) {
            TextArea area = new TextArea();
            area.setMaxLength(maxLength);
            return area;
        }
        TextField field = new TextField();
        field.setMaxLength(maxLength);
        return field;
    }

    /** The field of one language, e.g. to type into it in a test. */
    public TextFieldBase<?, String> field(Language language) {
        return fields.get(language);
    }

    public void setSourceLanguage(Language language) {
        source = language;
        arrange();
    }

    /** Ids for the pair and each language's field ({@code id-zh-CN}, {@code id-en}). */
    @Override
    public void setId(String id) {
        super.setId(id);
        fields.forEach((language, field) -> field.setId(id + "-" + language.tag()));
    }

    private void arrange() {
        pair.removeAll();
        TextFieldBase<?, String> first = fields.get(source);
        if (first != null) {
            pair.add(first);
        }
        fields.forEach((language, field) -> {
            if (language != source) {
                pair.add(field);
            }
        });
        fields.forEach((language, field) -> {
            String role = Texts.get(ui, language == source ? "editor.text.source" : "editor.text.translation");
            String name = ReaderLanguage.offered().name(language);
            field.setLabel(name + " · " + role);
            field.setAriaLabel(label + " · " + name + " · " + role);
            field.getElement().getClassList().set("wm-lt-source", language == source);
        });
        marks();
    }

    /** Marks a translation that is missing while the source has text. */
    private void marks() {
        TextFieldBase<?, String> sourceField = fields.get(source);
        boolean hasSource = sourceField != null && !sourceField.getValue().isBlank();
        fields.forEach((language, field) -> {
            boolean missing = language != source && hasSource && field.getValue().isBlank();
            field.setHelperText(missing ? Texts.get(ui, "editor.text.untranslated") : null);
            field.getElement().getClassList().set("wm-lt-missing", missing);
        });
    }

    @Override
    protected LocalizedText generateModelValue() {
        // Languages this instance does not offer have no field; their text is kept as it was.
        Map<Language, String> values = new LinkedHashMap<>(presented.values());
        fields.forEach((language, field) -> values.put(language, field.getValue()));
        return new LocalizedText(values);
    }

    @Override
    protected void setPresentationValue(LocalizedText value) {
        presenting = true;
        try {
            LocalizedText text = value == null ? LocalizedText.EMPTY : value;
            presented = text;
            fields.forEach((language, field) -> field.setValue(text.in(language).orElse("")));
        } finally {
            presenting = false;
        }
        marks();
    }

    @Override
    public void setReadOnly(boolean readOnly) {
        super.setReadOnly(readOnly);
        fields.values().forEach(field -> field.setReadOnly(readOnly));
    }
}
