package dev.waymark.review.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.shared.Registration;
import dev.waymark.base.ui.Texts;
import dev.waymark.guide.Language;
import dev.waymark.report.ReaderReport;

/**
 * The note an editor leaves when closing readers' reports: required, at most
 * {@link ReaderReport#CLOSE_NOTE_MAX_LENGTH} characters. Holds no service: it fires a {@link CloseEvent} with the
 * note, and whoever closes the reports shows a refusal beside the note with {@link #showError}.
 */
public class CloseNoteForm extends VerticalLayout {

    /** The editor asked to close the reports with this note, never blank. */
    public static class CloseEvent extends ComponentEvent<CloseNoteForm> {
        private final String note;

        CloseEvent(CloseNoteForm source, String note) {
            super(source, false);
            this.note = note;
        }

        public String note() {
            return note;
        }
    }

    /** The editor gave up. */
    public static class CancelEvent extends ComponentEvent<CloseNoteForm> {
        CancelEvent(CloseNoteForm source) {
            super(source, false);
        }
    }

    private final TextArea note = new TextArea();
    private final Button close = new Button();
    private final Button cancel = new Button();

    public CloseNoteForm(Language language) {
        setId("close-form");
        setPadding(false);
        note.setId("close-note");
        note.setLabel(Texts.get(language, "inbox.close.note"));
        note.setHelperText(Texts.get(language, "inbox.close.note.help"));
        note.setRequired(true);
        note.setMaxLength(ReaderReport.CLOSE_NOTE_MAX_LENGTH);
        note.setWidthFull();
        close.setId("close-confirm");
        close.setText(Texts.get(language, "inbox.close.confirm"));
        close.addThemeVariants(ButtonVariant.PRIMARY);
        close.addClickListener(event -> {
            if (note.getValue().isBlank()) {
                showError(Texts.get(language, "inbox.close.required"));
            } else {
                note.setInvalid(false);
                fireEvent(new CloseEvent(this, note.getValue().strip()));
            }
        });
        cancel.setId("close-cancel");
        cancel.setText(Texts.get(language, "inbox.close.cancel"));
        cancel.addClickListener(event -> fireEvent(new CancelEvent(this)));
        add(note, new HorizontalLayout(close, cancel));
    }

    /** Shows the message beside the note. */
    public void showError(String message) {
        note.setErrorMessage(message);
        note.setInvalid(true);
    }

    public Registration addCloseListener(ComponentEventListener<CloseEvent> listener) {
        return addListener(CloseEvent.class, listener);
    }

    public Registration addCancelListener(ComponentEventListener<CancelEvent> listener) {
        return addListener(CancelEvent.class, listener);
    }
}
