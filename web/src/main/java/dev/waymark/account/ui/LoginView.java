package dev.waymark.account.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import dev.waymark.account.OidcSettings;
import dev.waymark.base.ui.ReaderLanguage;
import dev.waymark.base.ui.Texts;
import dev.waymark.guide.Language;
import java.util.Optional;

/**
 * Where editors and admins sign in, in the reader's language. The form posts to Spring Security; a failed
 * sign-in comes back with {@code ?error}, one refused by the login throttle with {@code ?throttled=minutes}.
 */
@Route(LoginView.ROUTE)
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    public static final String ROUTE = "login";

    /** Query parameter with the seconds to wait after failed sign-ins. */
    public static final String THROTTLED = "throttled";

    /** Query parameter of a refused single sign-on. */
    public static final String SSO_ERROR = "sso-error";

    private final AuthenticationContext authentication;
    private final H1 title = new H1();
    private final Paragraph description = new Paragraph();
    private final LoginForm form = new LoginForm();
    private final Anchor language = new Anchor();
    private final Anchor singleSignOn = new Anchor();
    private final Paragraph singleSignOnError = new Paragraph();
    private Language current = Language.ZH_CN;

    public LoginView(AuthenticationContext authentication, OidcSettings oidc) {
        this.authentication = authentication;
        addClassName("wm-login");
        form.setId("login-form");
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        language.setId("login-language");
        // A plain link, not a router link: the provider's sign-in is outside the Vaadin application.
        singleSignOn.setId("login-sso");
        singleSignOn.setHref(OidcSettings.SIGN_IN_PATH);
        singleSignOn.setRouterIgnore(true);
        singleSignOn.addClassName("wm-login-sso");
        singleSignOn.setVisible(oidc.enabled());
        singleSignOnError.setId("login-sso-error");
        singleSignOnError.setVisible(false);
        add(title, description, form, singleSignOn, singleSignOnError, language);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (authentication.isAuthenticated()) {
            event.forwardTo(StaffHomeView.class);
            return;
        }
        QueryParameters parameters = event.getLocation().getQueryParameters();
        current = ReaderLanguage.resolve(parameters);
        UI.getCurrent().getPage().executeJs("document.documentElement.lang = $0", current.tag());
        title.setText(Texts.get(current, "login.title"));
        description.setText(Texts.get(current, "login.description"));
        Language other = current == Language.ZH_CN ? Language.EN : Language.ZH_CN;
        language.setText(Texts.get(current, "login.language"));
        singleSignOn.setText(Texts.get(current, "login.sso"));
        singleSignOnError.setText(Texts.get(current, "login.sso.error"));
        singleSignOnError.setVisible(parameters.getParameters().containsKey(SSO_ERROR));
        language.setHref("/login?" + ReaderLanguage.PARAMETER + "=" + other.tag());

        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(Texts.get(current, "login.form.title"));
        i18n.getForm().setUsername(Texts.get(current, "login.username"));
        i18n.getForm().setPassword(Texts.get(current, "login.password"));
        i18n.getForm().setSubmit(Texts.get(current, "login.submit"));
        Optional<Long> throttled = parameters.getSingleParameter(THROTTLED).flatMap(LoginView::seconds);
        if (throttled.isPresent()) {
            long seconds = throttled.get();
            i18n.getErrorMessage().setTitle(Texts.get(current, "login.throttled.title"));
            i18n.getErrorMessage().setMessage(seconds < 120
                    ? Texts.get(current, "login.throttled.seconds", seconds)
                    : Texts.get(current, "login.throttled.message", (seconds + 59) / 60));
        } else {
            i18n.getErrorMessage().setTitle(Texts.get(current, "login.error.title"));
            i18n.getErrorMessage().setMessage(Texts.get(current, "login.error.message"));
        }
        form.setI18n(i18n);
        form.setError(throttled.isPresent() || parameters.getParameters().containsKey("error"));
    }

    @Override
    public String getPageTitle() {
        return Texts.get(current, "login.pageTitle");
    }

    /** The form, for tests. */
    LoginForm form() {
        return form;
    }

    private static Optional<Long> seconds(String text) {
        try {
            long seconds = Long.parseLong(text);
            return seconds >= 1 && seconds <= 24 * 60 * 60 ? Optional.of(seconds) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
