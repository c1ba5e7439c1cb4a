package dev.waymark.account.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import dev.waymark.account.AccountInputException.Field;
import dev.waymark.account.NewUser;
import dev.waymark.account.Role;
import dev.waymark.account.User;
import dev.waymark.base.ui.Texts;
import dev.waymark.guide.Language;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Enter a new user: username, display name, roles and an initial password. Holds no service: it fires a
 * {@link CreateEvent}, and whoever creates the user shows a refusal beside its field with {@link #showError}.
 */
public class UserForm extends FormLayout {

    /** The admin asked to create this user. */
    public static class CreateEvent extends ComponentEvent<UserForm> {
        private final NewUser user;

        CreateEvent(UserForm source, NewUser user) {
            super(source, false);
            this.user = user;
        }

        public NewUser user() {
            return user;
        }
    }

    /** The admin gave up. */
    public static class CancelEvent extends ComponentEvent<UserForm> {
        CancelEvent(UserForm source) {
            super(source, false);
        }
    }

    final TextField username = new TextField();
    final TextField displayName = new TextField();
    final CheckboxGroup<Role> roles = new CheckboxGroup<>();
    final PasswordField password = new PasswordField();
    final Button create = new Button();
    final Button cancel = new Button();

    public UserForm(Language language) {
        setId("user-form");
        username.setId("new-username");
        username.setLabel(Texts.get(language, "users.username"));
        username.setHelperText(Texts.get(language, "users.username.help"));
        username.setMaxLength(User.USERNAME_MAX_LENGTH);
        displayName.setId("new-display-name");
        displayName.setLabel(Texts.get(language, "users.displayName"));
        displayName.setMaxLength(User.DISPLAY_NAME_MAX_LENGTH);
        roles.setId("new-roles");
        roles.setLabel(Texts.get(language, "users.roles"));
        roles.setItems(Role.values());
        roles.setItemLabelGenerator(role -> Texts.get(language, "role." + role.name()));
        roles.setValue(Set.of(Role.EDITOR));
        password.setId("new-password");
        password.setLabel(Texts.get(language, "users.password"));
        password.setHelperText(Texts.get(language, "users.password.help"));
        create.setId("create-user");
        create.setText(Texts.get(language, "users.create"));
        create.addThemeVariants(ButtonVariant.PRIMARY);
        create.addClickListener(event -> {
            clearErrors();
            fireEvent(new CreateEvent(this, new NewUser(username.getValue(), displayName.getValue(),
                    roles.getValue().isEmpty() ? Set.of() : EnumSet.copyOf(roles.getValue()), password.getValue())));
        });
        cancel.setText(Texts.get(language, "users.cancel"));
        cancel.addClickListener(event -> fireEvent(new CancelEvent(this)));
        add(username, displayName, roles, password, new HorizontalLayout(create, cancel));
    }

    /** Shows the message beside the field it is about. */
    public void showError(Field field, String message) {
        HasValidation component = switch (field) {
            case USERNAME -> username;
            case DISPLAY_NAME -> displayName;
            case ROLES -> roles;
            case PASSWORD, CURRENT_PASSWORD -> password;
        };
        component.setErrorMessage(message);
        component.setInvalid(true);
    }

    public void clearErrors() {
        for (HasValidation field : List.<HasValidation>of(username, displayName, roles, password)) {
            field.setInvalid(false);
            field.setErrorMessage(null);
        }
    }

    public Registration addCreateListener(ComponentEventListener<CreateEvent> listener) {
        return addListener(CreateEvent.class, listener);
    }

    public Registration addCancelListener(ComponentEventListener<CancelEvent> listener) {
        return addListener(CancelEvent.class, listener);
    }
}
