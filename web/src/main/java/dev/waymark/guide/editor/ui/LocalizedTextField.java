package dev.waymark.guide.editor.ui;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldBase;
import com.vaadin.flow.data.value.ValueChangeMode;
import dev.waymark.base.ui.ReaderLanguage;
import dev.waymark.base.ui.Texts;
import dev.waymark.guide.Fingerprint;
import dev.waymark.guide.Language;
import dev.waymark.guide.LocalizedText;
import dev.waymark.guide.WordDiff;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * A text in every language, edited side by side: the guide's source language on the left, its translation on
 * the right (stacked on narrow screens). A translation left empty is marked, since readers then see the source
 * text. A stale translation (its source changed since it was made) is marked
 * too, with the source it was made from and the source now side by side, word by word, and a "still correct" button
 * that confirms it without a change; typing a new translation clears the mark when the guide is saved. The value never
 * throws: the record that holds the text checks it.
 */
public class LocalizedTextField extends CustomField<LocalizedText> {

    private final Language ui;
    private final Map<Language, TextFieldBase<?, String>> fields = new LinkedHashMap<>();
    private final Div pair = new Div();
    private final String label;
    private final Div stale = new Div();
    private Language source;
    private boolean presenting;
    /** The value last set, with the bases of its translations: a translation not retyped keeps its basis. */
    private LocalizedText presented = LocalizedText.EMPTY;
    private Function<Fingerprint, Optional<String>> earlierSources = basis -> Optional.empty();

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
        stale.addClassName("wm-lt-stale-notes");
        add(pair, stale);
        arrange();
    }

    /** Where to find the source text a stale translation was made from, by its fingerprint. */
    public void setEarlierSources(Function<Fingerprint, Optional<String>> lookup) {
        earlierSources = lookup;
        marks();
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
        marks();
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

    /** Marks a translation that is missing while the source has text, and one that is stale. */
    private void marks() {
        TextFieldBase<?, String> sourceField = fields.get(source);
        boolean hasSource = sourceField != null && !sourceField.getValue().isBlank();
        LocalizedText value = generateModelValue();
        stale.removeAll();
        fields.forEach((language, field) -> {
            boolean missing = language != source && hasSource && field.getValue().isBlank();
            boolean outdated = value.isStale(language, source);
            field.setHelperText(missing ? Texts.get(ui, "editor.text.untranslated")
                    : outdated ? Texts.get(ui, "translation.editor.stale") : null);
            field.getElement().getClassList().set("wm-lt-missing", missing);
            field.getElement().getClassList().set("wm-lt-stale", outdated);
            if (outdated) {
                stale.add(staleNote(language, value));
            }
        });
        stale.setVisible(stale.getComponentCount() > 0);
    }

    /** The source the translation was made from and the source now, word by word, and "still correct". */
    private Div staleNote(Language language, LocalizedText value) {
        String now = value.in(source).orElse("");
        Optional<String> then = value.basis(language).flatMap(earlierSources);
        Div note = new Div();
        note.addClassName("wm-lt-stale-note");
        String id = getId().orElse("");
        if (!id.isEmpty()) {
            note.setId(id + "-stale-" + language.tag());
        }
        note.add(new Paragraph(Texts.get(ui, "translation.editor.staleNote", ReaderLanguage.offered().name(language))));
        Div sides = new Div();
        sides.addClassName("wm-lt-stale-sides");
        if (then.isPresent()) {
            List<WordDiff.Segment> segments = WordDiff.between(then.get(), now);
            sides.add(side("translation.editor.then", segments, WordDiff.Kind.REMOVED),
                    side("translation.editor.now", segments, WordDiff.Kind.ADDED));
        } else {
            Div unknown = new Div(new Span(Texts.get(ui, "translation.editor.thenUnknown")));
            unknown.addClassName("wm-lt-stale-side");
            Div current = new Div(new Span(Texts.get(ui, "translation.editor.now") + " "), lang(new Span(now)));
            current.addClassName("wm-lt-stale-side");
            sides.add(unknown, current);
        }
        note.add(sides);
        Button confirm = new Button(Texts.get(ui, "translation.editor.confirm"), event -> confirm(language));
        if (!id.isEmpty()) {
            confirm.setId(id + "-confirm-" + language.tag());
        }
        confirm.addThemeVariants(ButtonVariant.SMALL);
        confirm.setEnabled(!isReadOnly());
        note.add(confirm);
        return note;
    }

    /** One side of the comparison: the text with what only it has marked. */
    private Div side(String labelKey, List<WordDiff.Segment> segments, WordDiff.Kind own) {
        Div side = new Div(new Span(Texts.get(ui, labelKey) + " "));
        side.addClassName("wm-lt-stale-side");
        Span text = lang(new Span());
        for (WordDiff.Segment segment : segments) {
            if (segment.kind() == WordDiff.Kind.SAME) {
                text.add(new Text(segment.text()));
            } else if (segment.kind() == own) {
                Span changed = new Span(segment.text());
                changed.addClassName(own == WordDiff.Kind.ADDED ? "wm-diff-added" : "wm-diff-removed");
                text.add(changed);
            }
        }
        side.add(text);
        return side;
    }

    private Span lang(Span span) {
        span.getElement().setAttribute("lang", source.tag());
        return span;
    }

    /** Keeps the translation as it is and records that it translates the current source. */
    private void confirm(Language language) {
        presented = generateModelValue().confirmed(language, source);
        updateValue();
        marks();
    }

    @Override
    protected LocalizedText generateModelValue() {
        // Languages this instance does not offer have no field; their text (and basis) is kept as it was. A
        // translation not retyped keeps its basis too.
        LocalizedText value = presented;
        for (Map.Entry<Language, TextFieldBase<?, String>> field : fields.entrySet()) {
            value = value.with(field.getKey(), field.getValue().getValue());
        }
        return value;
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
