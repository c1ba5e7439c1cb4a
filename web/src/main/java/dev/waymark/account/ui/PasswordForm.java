package dev.waymark.account.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.shared.Registration;
import dev.waymark.account.AccountInputException.Field;
import dev.waymark.base.ui.Texts;
import dev.waymark.guide.Language;
import java.util.List;

/**
 * Change one's own password: the current one, and the new one twice. Holds no service: when both new
 * passwords agree it fires a {@link ChangeEvent}; refusals come back through {@link #showError}.
 */
public class PasswordForm extends FormLayout {

    /** The user asked to change their password. */
    public static class ChangeEvent extends ComponentEvent<PasswordForm> {
        private final String currentPassword;
        private final String newPassword;

        ChangeEvent(PasswordForm source, String currentPassword, String newPassword) {
            super(source, false);
            this.currentPassword = currentPassword;
            this.newPassword = newPassword;
        }

        public String currentPassword() {
            return currentPassword;
        }

        public String newPassword() {
            return newPassword;
        }
    }

    final PasswordField current = new PasswordField();
    final PasswordField next = new PasswordField();
    final PasswordField repeat = new PasswordField();
    final Button save = new Button();
    private final Language language;

    public PasswordForm(Language language) {
        this.language = language;
        setId("password-form");
        current.setId("current-password");
        current.setLabel(Texts.get(language, "account.currentPassword"));
        next.setId("new-password");
        next.setLabel(Texts.get(language, "account.newPassword"));
        next.setHelperText(Texts.get(language, "account.newPassword.help"));
        repeat.setId("repeat-password");
        repeat.setLabel(Texts.get(language, "account.repeatPassword"));
        save.setId("change-password");
        save.setText(Texts.get(language, "account.save"));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(event -> submit());
        add(current, next, repeat, save);
    }

    private void submit() {
        clearErrors();
        if (!next.getValue().equals(repeat.getValue())) {
            repeat.setErrorMessage(Texts.get(language, "account.passwordsDiffer"));
            repeat.setInvalid(true);
            return;
        }
        fireEvent(new ChangeEvent(this, current.getValue(), next.getValue()));
    }

    /** Shows the message beside the field it is about. */
    public void showError(Field field, String message) {
        PasswordField target = field == Field.CURRENT_PASSWORD ? current : next;
        target.setErrorMessage(message);
        target.setInvalid(true);
    }

    public void clearErrors() {
        for (PasswordField field : List.of(current, next, repeat)) {
            field.setInvalid(false);
            field.setErrorMessage(null);
        }
    }

    /** Empties every field, after a change went through. */
    public void reset() {
        clearErrors();
        current.clear();
        next.clear();
        repeat.clear();
    }

    public Registration addChangeListener(ComponentEventListener<ChangeEvent> listener) {
        return addListener(ChangeEvent.class, listener);
    }
}
