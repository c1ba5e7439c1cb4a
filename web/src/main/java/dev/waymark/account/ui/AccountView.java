package dev.waymark.account.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import dev.waymark.account.AccountInputException;
import dev.waymark.account.AccountService;
import dev.waymark.account.LoginThrottledException;
import dev.waymark.account.UserSummary;
import dev.waymark.base.ui.AdminLayout;
import dev.waymark.base.ui.ReaderLanguage;
import dev.waymark.base.ui.Texts;
import dev.waymark.guide.Language;
import jakarta.annotation.security.PermitAll;
import java.util.stream.Collectors;

/** Every signed-in user's own account: who they are, and changing their password. */
@Route(value = "account", layout = AdminLayout.class)
@PermitAll
public class AccountView extends VerticalLayout implements HasDynamicTitle {

    private final Language language = ReaderLanguage.current();

    public AccountView(AccountService accounts) {
        UserSummary me = accounts.currentUser();
        Paragraph who = new Paragraph(me.displayName() + " (" + me.username() + ")");
        who.setId("account-name");
        Paragraph roles = new Paragraph(Texts.get(language, "account.roles", me.roles().stream().sorted()
                .map(role -> Texts.get(language, "role." + role.name())).collect(Collectors.joining(", "))));
        PasswordForm form = new PasswordForm(language);
        form.addChangeListener(event -> {
            try {
                accounts.changeOwnPassword(event.currentPassword(), event.newPassword());
                form.reset();
                Notification.show(Texts.get(language, "account.passwordChanged"))
                        .addThemeVariants(NotificationVariant.SUCCESS);
            } catch (AccountInputException e) {
                form.showError(e.field(), e.getMessage());
            } catch (LoginThrottledException e) {
                form.showError(AccountInputException.Field.CURRENT_PASSWORD,
                        Texts.get(language, "login.throttled.seconds", LoginThrottledException.seconds(e.retryAfter())));
            }
        });
        add(new H2(Texts.get(language, "account.title")), who, roles,
                new H3(Texts.get(language, "account.changePassword")), form);
    }

    @Override
    public String getPageTitle() {
        return Texts.get(language, "account.pageTitle");
    }
}
