package dev.waymark.guide.editor.ui;

import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import dev.waymark.guide.Phrase;

/** A sentence in the country's language to show at the counter, with its meaning in the reader's languages. */
final class PhraseEditor extends PartEditor<Phrase> {

    final TextField language = new TextField();
    final TextArea text = new TextArea();
    final LocalizedTextField meaning;
    final PicturesField pictures;

    PhraseEditor(EditorContext context) {
        super(context);
        language.setLabel(context.t("editor.phrase.language"));
        language.setHelperText(context.t("editor.phrase.language.help"));
        text.setLabel(context.t("editor.phrase.text"));
        text.setMaxLength(Phrase.TEXT_MAX_LENGTH);
        text.setWidthFull();
        meaning = context.text("editor.phrase.meaning", false, Phrase.TEXT_MAX_LENGTH);
        meaning.setWidthFull();
        language.addValueChangeListener(event -> context.changed());
        text.addValueChangeListener(event -> context.changed());
        pictures = context.pictures();
        add(language, text, meaning, pictures);
        blames(pictures, "pictures", "picture");
        blames(language, "phrase language");
        blames(meaning, "meaning");
        blames(text, "phrase");
    }

    @Override
    protected Phrase build() {
        return new Phrase(language.getValue(), text.getValue(), meaning.getValue(), pictures.getValue());
    }

    @Override
    void show(Phrase phrase) {
        language.setValue(phrase.localLanguage());
        text.setValue(phrase.text());
        meaning.setValue(phrase.meaning());
        pictures.setValue(phrase.pictures());
    }

    @Override
    void identify(String id) {
        super.identify(id);
        language.setId(id + "-language");
        text.setId(id + "-text");
        meaning.setId(id + "-meaning");
        pictures.setId(id + "-pictures");
    }

    @Override
    void focusFirst() {
        text.focus();
    }
}
