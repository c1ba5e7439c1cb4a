package dev.waymark.guide.editor.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import dev.waymark.base.ui.Texts;
import dev.waymark.guide.GuideId;
import dev.waymark.base.ui.ReaderLanguage;
import dev.waymark.guide.Language;
import dev.waymark.guide.OperatorCode;
import dev.waymark.guide.PublishedGuide;
import dev.waymark.guide.ui.GuidePage;
import dev.waymark.operator.Operator;
import java.time.Instant;
import java.util.Map;

/**
 * The editor's content as travelers will see it, unsaved edits included, rendered by the travelers' own page
 * ({@link GuidePage}) in either language, with its situation chooser, at a phone's width or a desktop's.
 * Nothing in it is stored or reported.
 */
final class PreviewDialog extends Dialog {

    /** The width of the phone the preview shows: an iPhone 14 or 15 in CSS pixels, a common traveler's phone. */
    static final int PHONE_WIDTH = 390;

    /** How wide the preview is. */
    enum Width { PHONE, DESKTOP }

    private final Div page = new Div();

    PreviewDialog(Language ui, GuideId id, int revision, GuideForm.Result result,
                  Map<OperatorCode, Operator> operators) {
        setId("preview-dialog");
        setHeaderTitle(Texts.get(ui, "editor.preview.title"));
        setWidth("min(60rem, 100vw)");
        setHeight("90vh");
        PublishedGuide preview = new PublishedGuide(id, result.slug(), revision, result.content(), Instant.now());
        Select<Language> language = new Select<>();
        language.setId("preview-language");
        language.setAriaLabel(Texts.get(ui, "editor.preview.language"));
        language.setItems(ReaderLanguage.offered().all());
        language.setItemLabelGenerator(ReaderLanguage.offered()::name);
        language.addValueChangeListener(event -> {
            page.removeAll();
            page.add(GuidePage.preview(preview, event.getValue(), operators));
        });
        RadioButtonGroup<Width> width = new RadioButtonGroup<>();
        width.setId("preview-width");
        width.setAriaLabel(Texts.get(ui, "editor.preview.width"));
        width.setItems(Width.values());
        width.setItemLabelGenerator(item -> Texts.get(ui, "editor.preview.width." + item.name().toLowerCase(java.util.Locale.ROOT),
                PHONE_WIDTH));
        width.addValueChangeListener(event -> {
            boolean phone = event.getValue() == Width.PHONE;
            page.setClassName("wm-preview-phone", phone);
            page.getStyle().set("max-width", phone ? PHONE_WIDTH + "px" : null);
        });
        Button close = new Button(Texts.get(ui, "editor.preview.close"), event -> close());
        close.setId("preview-close");
        close.addThemeVariants(ButtonVariant.TERTIARY);
        getHeader().add(width, language, close);
        Paragraph note = new Paragraph(Texts.get(ui, "editor.preview.note"));
        note.addClassName("wm-preview-note");
        page.addClassNames("wm-main", "wm-guide", "wm-preview");
        page.setId("preview-page");
        add(note, page);
        language.setValue(ui);
        width.setValue(Width.PHONE);
    }
}
