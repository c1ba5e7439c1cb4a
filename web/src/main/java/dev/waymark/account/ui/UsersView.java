package dev.waymark.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import dev.waymark.account.AccountInputException;
import dev.waymark.account.AccountService;
import dev.waymark.account.Role;
import dev.waymark.account.StaleUserException;
import dev.waymark.account.UserSummary;
import dev.waymark.base.ui.AdminLayout;
import dev.waymark.base.ui.ReaderLanguage;
import dev.waymark.base.ui.Texts;
import dev.waymark.guide.Language;
import jakarta.annotation.security.RolesAllowed;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** Admins see every user, create users, disable and enable them, and change their roles. */
@Route(value = "admin/users", layout = AdminLayout.class)
@RolesAllowed("ADMIN")
public class UsersView extends VerticalLayout implements HasDynamicTitle {

    private final AccountService accounts;
    private final Language language = ReaderLanguage.current();
    private final Grid<UserSummary> grid = new Grid<>();
    private final Button newUser = new Button();
    private Dialog dialog = new Dialog();

    public UsersView(AccountService accounts) {
        this.accounts = accounts;
        setSizeFull();
        newUser.setId("new-user");
        newUser.setText(Texts.get(language, "users.new"));
        newUser.addThemeVariants(ButtonVariant.PRIMARY);
        newUser.addClickListener(event -> openCreateDialog());

        grid.setId("users");
        grid.addColumn(UserSummary::username).setHeader(Texts.get(language, "users.username")).setAutoWidth(true);
        grid.addColumn(UserSummary::displayName).setHeader(Texts.get(language, "users.displayName")).setAutoWidth(true);
        grid.addColumn(user -> roleNames(user.roles())).setHeader(Texts.get(language, "users.roles")).setAutoWidth(true);
        grid.addColumn(user -> Texts.get(language, user.enabled() ? "users.enabled" : "users.disabled"))
                .setHeader(Texts.get(language, "users.status")).setAutoWidth(true);
        grid.addComponentColumn(this::actions).setKey("actions").setAutoWidth(true);
        grid.setItems(query -> accounts.listUsers(query.getOffset(), query.getLimit()).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, accounts.countUsers()))
                .setIdentifierProvider(UserSummary::username);

        add(new H2(Texts.get(language, "users.title")), newUser, grid);
    }

    private HorizontalLayout actions(UserSummary user) {
        Button toggle = new Button(Texts.get(language, user.enabled() ? "users.disable" : "users.enable"));
        toggle.setId((user.enabled() ? "disable-" : "enable-") + user.username());
        toggle.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
        toggle.addClickListener(event -> {
            UserSummary changed = attempt(() -> user.enabled() ? accounts.disable(user.username())
                    : accounts.enable(user.username()));
            if (changed != null) {
                notify(Texts.get(language, changed.enabled() ? "users.enabledMessage" : "users.disabledMessage",
                        changed.username()));
                grid.getDataProvider().refreshAll();
            }
        });
        Button roles = new Button(Texts.get(language, "users.changeRoles"));
        roles.setId("roles-" + user.username());
        roles.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
        roles.addClickListener(event -> openRolesDialog(user));
        return new HorizontalLayout(toggle, roles);
    }

    private void openCreateDialog() {
        UserForm form = new UserForm(language);
        form.addCreateListener(event -> {
            try {
                UserSummary created = accounts.createUser(event.user());
                dialog.close();
                notify(Texts.get(language, "users.created", created.username()));
                grid.getDataProvider().refreshAll();
            } catch (AccountInputException e) {
                form.showError(e.field(), e.getMessage());
            }
        });
        form.addCancelListener(event -> dialog.close());
        dialog = new Dialog(form);
        dialog.setHeaderTitle(Texts.get(language, "users.new"));
        dialog.open();
    }

    private void openRolesDialog(UserSummary user) {
        CheckboxGroup<Role> roles = new CheckboxGroup<>();
        roles.setId("edit-roles");
        roles.setItems(Role.values());
        roles.setItemLabelGenerator(role -> Texts.get(language, "role." + role.name()));
        roles.setValue(user.roles());
        Button save = new Button(Texts.get(language, "users.save"));
        save.setId("save-roles");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        Button cancel = new Button(Texts.get(language, "users.cancel"), event -> dialog.close());
        save.addClickListener(event -> {
            Set<Role> wanted = roles.getValue().isEmpty() ? Set.of() : EnumSet.copyOf(roles.getValue());
            try {
                UserSummary changed = accounts.changeRoles(user.username(), wanted, user.version());
                dialog.close();
                notify(Texts.get(language, "users.rolesChanged", changed.username()));
                grid.getDataProvider().refreshAll();
            } catch (AccountInputException e) {
                roles.setErrorMessage(e.getMessage());
                roles.setInvalid(true);
            } catch (IllegalArgumentException | StaleUserException e) {
                error(e.getMessage());
                dialog.close();
                grid.getDataProvider().refreshAll();
            }
        });
        dialog = new Dialog(roles);
        dialog.setHeaderTitle(Texts.get(language, "users.rolesTitle", user.username()));
        dialog.getFooter().add(cancel, save);
        dialog.open();
    }

    /** Runs a change; a refusal is shown to the admin and yields null. */
    private <T> @Nullable T attempt(Supplier<T> change) {
        try {
            return change.get();
        } catch (IllegalArgumentException | StaleUserException e) {
            error(e.getMessage());
            grid.getDataProvider().refreshAll();
            return null;
        }
    }

    private String roleNames(Set<Role> roles) {
        return roles.stream().sorted().map(role -> Texts.get(language, "role." + role.name()))
                .collect(Collectors.joining(", "));
    }

    private static void notify(String message) {
        Notification.show(message).addThemeVariants(NotificationVariant.SUCCESS);
    }

    private static void error(String message) {
        Notification notification = Notification.show(message, 6000, Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.ERROR);
    }

    @Override
    public String getPageTitle() {
        return Texts.get(language, "users.pageTitle");
    }
}
