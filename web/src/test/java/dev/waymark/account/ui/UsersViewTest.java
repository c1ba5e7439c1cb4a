package dev.waymark.account.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import dev.waymark.account.Role;
import dev.waymark.account.User;
import dev.waymark.account.UserSummary;
import dev.waymark.account.Users;
import dev.waymark.base.TestDatabaseInitializer;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ContextConfiguration;

@SpringBootTest
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
class UsersViewTest extends SpringBrowserlessTest {

    @Autowired
    Users users;

    @Autowired
    PasswordEncoder encoder;

    private final String username = "view-" + UUID.randomUUID().toString().substring(0, 8);

    private Component open(String path) {
        UI.getCurrent().navigate(path, QueryParameters.fromString("lang=en"));
        return (Component) UI.getCurrent().getCurrentView();
    }

    @SuppressWarnings("unchecked")
    private Grid<UserSummary> grid() {
        return find(Grid.class).id("users");
    }

    /** The row of the user in the grid; -1 when not there. */
    private int row(String name) {
        var rows = test(grid());
        for (int i = 0; i < rows.size(); i++) {
            if (rows.getRow(i).username().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    /** A button in the user's actions cell. */
    private Button action(String name, String id) {
        Component cell = test(grid()).getCellComponent(row(name), "actions");
        return cell.getChildren().filter(child -> id.equals(child.getId().orElse(null))).map(Button.class::cast)
                .findFirst().orElseThrow(() -> new AssertionError("no button " + id + " for " + name));
    }

    private void fillIn(String name, String displayName, String password) {
        test(find(Button.class).id("new-user")).click();
        test(find(TextField.class).id("new-username")).setValue(name);
        test(find(TextField.class).id("new-display-name")).setValue(displayName);
        test(find(PasswordField.class).id("new-password")).setValue(password);
        test(find(Button.class).id("create-user")).click();
    }

    @Test
    @WithMockUser(username = "view-admin", roles = {"ADMIN", "EDITOR"})
    void an_admin_creates_an_editor_who_then_shows_in_the_grid() {
        assertThat(open("admin/users")).isInstanceOf(UsersView.class);

        fillIn(username, "View Test", "a long enough password");

        User stored = users.find(username).orElseThrow();
        assertThat(stored.roles()).containsExactly(Role.EDITOR);
        assertThat(stored.passwordHash()).startsWith("{bcrypt}");
        assertThat(row(username)).isNotNegative();
        assertThat(find(UserForm.class).all()).isEmpty();
    }

    @Test
    @WithMockUser(username = "view-admin", roles = {"ADMIN", "EDITOR"})
    void a_refusal_is_shown_beside_its_field_in_the_domains_words() {
        open("admin/users");

        fillIn("Not Valid", "View Test", "a long enough password");

        TextField usernameField = find(TextField.class).id("new-username");
        assertThat(usernameField.isInvalid()).isTrue();
        assertThat(usernameField.getErrorMessage()).contains("lower-case letters");
        assertThat(find(PasswordField.class).id("new-password").isInvalid()).isFalse();

        test(usernameField).setValue(username);
        test(find(PasswordField.class).id("new-password")).setValue("too short");
        test(find(Button.class).id("create-user")).click();

        assertThat(usernameField.isInvalid()).isFalse();
        assertThat(find(PasswordField.class).id("new-password").getErrorMessage()).contains("at least 12 characters");
        assertThat(users.find(username)).isEmpty();
    }

    @Test
    @WithMockUser(username = "view-admin", roles = {"ADMIN", "EDITOR"})
    void an_admin_disables_a_user_and_gives_them_the_admin_role() {
        users.add(new User(username, "To Disable", Set.of(Role.EDITOR), encoder.encode("a long enough password"), true));
        open("admin/users");

        test(action(username, "disable-" + username)).click();
        assertThat(users.find(username).orElseThrow().enabled()).isFalse();

        assertThat(action(username, "enable-" + username).getText()).isEqualTo("Enable");
        test(action(username, "roles-" + username)).click();
        @SuppressWarnings("unchecked")
        CheckboxGroup<Role> roles = find(CheckboxGroup.class).id("edit-roles");
        test(roles).selectItem("Admin");
        test(find(Button.class).id("save-roles")).click();
        assertThat(users.find(username).orElseThrow().roles()).containsExactlyInAnyOrder(Role.EDITOR, Role.ADMIN);
    }

    @Test
    @WithMockUser(username = "view-editor", roles = "EDITOR")
    void an_editor_cannot_open_the_users_or_the_audit() {
        assertThat(open("admin/users")).isNotInstanceOf(UsersView.class);
        assertThat(find(Grid.class).all()).isEmpty();
        assertThat(open("admin/audit")).isNotInstanceOf(dev.waymark.audit.ui.AuditView.class);
    }

    @Test
    @WithAnonymousUser
    void an_anonymous_visitor_is_sent_to_the_login() {
        assertThat(open("admin/users")).isInstanceOf(LoginView.class);
        assertThat(open("account")).isInstanceOf(LoginView.class);
    }
}
