package dev.waymark.account.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import dev.waymark.account.ApiTokenSummary;
import dev.waymark.account.ApiTokens;
import dev.waymark.account.Role;
import dev.waymark.account.TokenScope;
import dev.waymark.account.User;
import dev.waymark.account.Users;
import dev.waymark.base.TestDatabaseInitializer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ContextConfiguration;

@SpringBootTest
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
class ApiTokensViewTest extends SpringBrowserlessTest {

    private static final String EDITOR = "tokens-view-editor";

    @Autowired
    Users users;

    @Autowired
    ApiTokens tokens;

    @Autowired
    PasswordEncoder encoder;

    @BeforeEach
    void createEditor() {
        if (users.find(EDITOR).isEmpty()) {
            users.add(new User(EDITOR, "Tokens view editor", Set.of(Role.EDITOR), encoder.encode("x".repeat(12)), true));
        }
    }

    private Component open() {
        UI.getCurrent().navigate("account/tokens", QueryParameters.fromString("lang=en"));
        return (Component) UI.getCurrent().getCurrentView();
    }

    @SuppressWarnings("unchecked")
    private Grid<ApiTokenSummary> grid() {
        return $(Grid.class).id("tokens");
    }

    @SuppressWarnings("unchecked")
    private CheckboxGroup<TokenScope> scopes() {
        return $(CheckboxGroup.class).id("token-scopes");
    }

    @Test
    @WithMockUser(username = EDITOR, roles = "EDITOR")
    void an_editor_creates_a_token_sees_it_once_and_revokes_it() throws Exception {
        assertThat(open()).isInstanceOf(ApiTokensView.class);
        assertThat(scopes().getListDataView().getItems()).doesNotContain(TokenScope.ADMIN);
        int before = test(grid()).size();

        test($(TextField.class).id("token-name")).setValue("nightly backup");
        scopes().setValue(Set.of(TokenScope.EXPORT));
        test($(Button.class).id("create-token")).click();

        String secret = $(TextField.class).id("new-token-secret").getValue();
        assertThat(secret).startsWith("wmk_");
        String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(secret.getBytes(StandardCharsets.UTF_8)));
        assertThat(tokens.findByHash(hash)).hasValueSatisfying(token -> {
            assertThat(token.username()).isEqualTo(EDITOR);
            assertThat(token.scopes()).containsExactly(TokenScope.EXPORT);
        });
        test($(Button.class).id("close-new-token")).click();
        assertThat(test(grid()).size()).isEqualTo(before + 1);
        ApiTokenSummary row = test(grid()).getRow(0);
        assertThat(row.name()).isEqualTo("nightly backup");

        Component actions = test(grid()).getCellComponent(0, "actions");
        test((Button) actions).click();

        assertThat(tokens.findByHash(hash).orElseThrow().revokedAt()).isNotNull();
        assertThat(test(grid()).getRow(0).revokedAt()).isNotNull();
    }

    @Test
    @WithMockUser(username = "tokens-view-admin", roles = "ADMIN")
    void admins_may_pick_the_admin_scope() {
        open();

        assertThat(scopes().getListDataView().getItems()).contains(TokenScope.ADMIN);
    }
}
