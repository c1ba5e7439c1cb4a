package dev.waymark.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import dev.waymark.account.ApiToken;
import dev.waymark.account.ApiTokenService;
import dev.waymark.account.ApiTokenSummary;
import dev.waymark.account.NewApiToken;
import dev.waymark.account.TokenScope;
import dev.waymark.base.ui.AdminLayout;
import dev.waymark.base.ui.ReaderLanguage;
import dev.waymark.base.ui.Texts;
import dev.waymark.guide.Language;
import jakarta.annotation.security.RolesAllowed;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

/**
 * An editor's or admin's own API tokens: create one (its text is shown once, in a dialog), see them with their scopes,
 * expiry and last use, and revoke them.
 */
@Route(value = "account/tokens", layout = AdminLayout.class)
@RolesAllowed({"EDITOR", "ADMIN"})
public class ApiTokensView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);
    private static final List<Integer> DAYS = List.of(7, 30, 90, 365);

    private final ApiTokenService tokens;
    private final Language language = ReaderLanguage.current();
    private final Grid<ApiTokenSummary> grid = new Grid<>();
    private final TextField name = new TextField();
    private final CheckboxGroup<TokenScope> scopes = new CheckboxGroup<>();
    private final ComboBox<Integer> validity = new ComboBox<>();

    public ApiTokensView(ApiTokenService tokens, AuthenticationContext authentication) {
        this.tokens = tokens;
        name.setId("token-name");
        name.setLabel(Texts.get(language, "tokens.name"));
        name.setMaxLength(ApiToken.NAME_MAX_LENGTH);
        scopes.setId("token-scopes");
        scopes.setLabel(Texts.get(language, "tokens.scopes"));
        // Only admins may give a token the admin scope; the service checks it again.
        scopes.setItems(Arrays.stream(TokenScope.values())
                .filter(scope -> scope != TokenScope.ADMIN || authentication.hasRole("ADMIN")).toList());
        scopes.setItemLabelGenerator(scope -> Texts.get(language, "tokens.scope." + scope.key()));
        validity.setId("token-validity");
        validity.setLabel(Texts.get(language, "tokens.validity"));
        validity.setItems(DAYS);
        validity.setItemLabelGenerator(days -> Texts.get(language, "tokens.days", days));
        validity.setValue(90);
        Button create = new Button(Texts.get(language, "tokens.create"), event -> create());
        create.setId("create-token");
        create.addThemeVariants(ButtonVariant.PRIMARY);

        grid.setId("tokens");
        grid.addColumn(ApiTokenSummary::name).setHeader(Texts.get(language, "tokens.name")).setAutoWidth(true);
        grid.addColumn(token -> token.scopes().stream().map(TokenScope::key).collect(Collectors.joining(" ")))
                .setHeader(Texts.get(language, "tokens.scopes")).setAutoWidth(true);
        grid.addColumn(token -> TIME.format(token.expiresAt())).setHeader(Texts.get(language, "tokens.expires"))
                .setAutoWidth(true);
        grid.addColumn(token -> time(token.lastUsedAt())).setHeader(Texts.get(language, "tokens.lastUsed"))
                .setAutoWidth(true);
        grid.addColumn(this::status).setKey("status").setHeader(Texts.get(language, "tokens.status")).setAutoWidth(true);
        grid.addComponentColumn(this::revokeButton).setKey("actions").setAutoWidth(true);
        grid.setItems(query -> tokens.mine().stream().skip(query.getOffset()).limit(query.getLimit()),
                query -> tokens.mine().size());

        add(new H2(Texts.get(language, "tokens.title")), new Paragraph(Texts.get(language, "tokens.intro")),
                new HorizontalLayout(name, validity), scopes, create, grid);
    }

    private void create() {
        try {
            NewApiToken created = tokens.create(name.getValue(),
                    scopes.getValue().isEmpty() ? EnumSet.noneOf(TokenScope.class) : EnumSet.copyOf(scopes.getValue()),
                    Duration.ofDays(validity.getValue() == null ? 90 : validity.getValue()));
            name.clear();
            scopes.clear();
            grid.getDataProvider().refreshAll();
            showOnce(created);
        } catch (IllegalArgumentException | AccessDeniedException e) {
            Notification.show(e.getMessage()).addThemeVariants(NotificationVariant.ERROR);
        }
    }

    private void showOnce(NewApiToken created) {
        TextField secret = new TextField(Texts.get(language, "tokens.secret"));
        secret.setId("new-token-secret");
        secret.setValue(created.secret());
        secret.setReadOnly(true);
        secret.setWidthFull();
        Dialog dialog = new Dialog(new Paragraph(Texts.get(language, "tokens.showOnce")), secret);
        dialog.setId("new-token");
        dialog.setHeaderTitle(created.token().name());
        dialog.setWidth("40em");
        Button close = new Button(Texts.get(language, "tokens.close"), event -> dialog.close());
        close.setId("close-new-token");
        dialog.getFooter().add(close);
        dialog.open();
    }

    private String status(ApiTokenSummary token) {
        if (token.revokedAt() != null) {
            return Texts.get(language, "tokens.revoked");
        }
        return Texts.get(language, token.usable() ? "tokens.active" : "tokens.expired");
    }

    private Button revokeButton(ApiTokenSummary token) {
        Button revoke = new Button(Texts.get(language, "tokens.revoke"), event -> {
            tokens.revoke(token.id());
            grid.getDataProvider().refreshAll();
            Notification.show(Texts.get(language, "tokens.revokedMessage", token.name()))
                    .addThemeVariants(NotificationVariant.SUCCESS);
        });
        revoke.setId("revoke-" + token.id());
        revoke.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY, ButtonVariant.ERROR);
        revoke.setEnabled(token.revokedAt() == null && token.usable());
        return revoke;
    }

    private static String time(@Nullable Instant instant) {
        return instant == null ? "–" : TIME.format(instant);
    }

    @Override
    public String getPageTitle() {
        return Texts.get(language, "tokens.pageTitle");
    }
}
