package dev.waymark.guide.editor.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import dev.waymark.guide.Source;
import dev.waymark.guide.SourceKey;
import java.net.URI;
import java.util.Optional;

/** A page the guide's facts come from: the key statements cite it by, its address, title and when it was read. */
final class SourceEditor extends PartEditor<Source> {

    final TextField key = new TextField();
    final TextField url = new TextField();
    final TextField title = new TextField();
    final Checkbox official = new Checkbox();
    final DatePicker readOn = new DatePicker();

    /** @param keysChanged told when the key changes, so statements can cite the source by it */
    SourceEditor(EditorContext context, Runnable keysChanged) {
        super(context);
        key.setLabel(context.t("editor.source.key"));
        key.setHelperText(context.t("editor.source.key.help"));
        key.setMaxLength(SourceKey.MAX_LENGTH);
        url.setLabel(context.t("editor.source.url"));
        url.setWidthFull();
        title.setLabel(context.t("editor.source.title"));
        title.setMaxLength(Source.TITLE_MAX_LENGTH);
        title.setWidthFull();
        official.setLabel(context.t("editor.source.official"));
        readOn.setLabel(context.t("editor.source.readOn"));
        readOn.setLocale(context.ui().locale());
        key.addValueChangeListener(event -> {
            context.changed();
            keysChanged.run();
            captionChanged();
        });
        url.addValueChangeListener(event -> context.changed());
        title.addValueChangeListener(event -> context.changed());
        official.addValueChangeListener(event -> context.changed());
        readOn.addValueChangeListener(event -> context.changed());
        Div row = new Div(key, readOn, official);
        row.addClassName("wm-row");
        add(row, title, url);
        blames(url, "source URL");
        blames(title, "source title");
        blames(key, "source key");
    }

    @Override
    protected Source build() {
        SourceKey sourceKey = field(key, () -> new SourceKey(key.getValue().strip()));
        URI address = field(url, () -> URI.create(url.getValue().strip()));
        return new Source(sourceKey, address, title.getValue(), official.getValue(), readOn.getValue());
    }

    @Override
    void show(Source source) {
        key.setValue(source.key().value());
        url.setValue(source.url().toString());
        title.setValue(source.title());
        official.setValue(source.official());
        readOn.setValue(source.readOn());
    }

    /** The key, when it is a valid one. */
    Optional<SourceKey> key() {
        try {
            return Optional.of(new SourceKey(key.getValue().strip()));
        } catch (IllegalArgumentException notYet) {
            return Optional.empty();
        }
    }

    @Override
    String caption() {
        return key.getValue().strip();
    }

    @Override
    void identify(String id) {
        super.identify(id);
        key.setId(id + "-key");
        url.setId(id + "-url");
        title.setId(id + "-title");
        official.setId(id + "-official");
        readOn.setId(id + "-read-on");
    }

    @Override
    void focusFirst() {
        key.focus();
    }
}
