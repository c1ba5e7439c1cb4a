package dev.waymark.account.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.spring.security.AuthenticationContext;
import dev.waymark.audit.ui.AuditView;
import dev.waymark.base.ui.ReaderLanguage;
import dev.waymark.base.ui.Texts;
import dev.waymark.guide.Language;
import dev.waymark.guide.editor.ui.GuideListView;
import dev.waymark.importer.ui.ImportView;
import dev.waymark.review.ui.InboxView;
import dev.waymark.webhook.ui.WebhooksView;
import jakarta.annotation.security.PermitAll;

/**
 * The frame of the staff screens: the signed-in user's name, a sign-out button, and a side menu that offers
 * admins' screens only to admins (which protects nothing by itself: the views and services check).
 */
@PermitAll
public class AdminLayout extends AppLayout implements AfterNavigationObserver {

    private final AuthenticationContext authentication;
    private final Span title = new Span();
    private final Span user = new Span();
    private final Button signOut = new Button();
    private final Button languageSwitch = new Button();
    private final SideNav nav = new SideNav();

    public AdminLayout(AuthenticationContext authentication) {
        this.authentication = authentication;
        title.addClassName("wm-staff-title");
        user.setId("signed-in-user");
        signOut.setId("sign-out");
        signOut.addThemeVariants(ButtonVariant.TERTIARY);
        signOut.addClickListener(event -> authentication.logout());
        languageSwitch.setId("staff-language-switch");
        languageSwitch.addThemeVariants(ButtonVariant.TERTIARY);
        languageSwitch.addClickListener(event -> {
            ReaderLanguage.choose(ReaderLanguage.current() == Language.ZH_CN ? Language.EN : Language.ZH_CN);
            UI.getCurrent().getPage().reload();
        });
        HorizontalLayout bar = new HorizontalLayout(new DrawerToggle(), title, user, languageSwitch, signOut);
        bar.setWidthFull();
        bar.setAlignItems(FlexComponent.Alignment.CENTER);
        bar.expand(user);
        bar.addClassName("wm-staff-bar");
        addToNavbar(bar);
        nav.setId("staff-nav");
        addToDrawer(nav);
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        Language language = ReaderLanguage.current();
        UI.getCurrent().getPage().executeJs("document.documentElement.lang = $0", language.tag());
        title.setText(Texts.get(language, "staff.title"));
        user.setText(Texts.get(language, "staff.signedInAs", authentication.getPrincipalName().orElse("")));
        signOut.setText(Texts.get(language, "staff.signOut"));
        languageSwitch.setText(Texts.get(language, "language.switch"));
        languageSwitch.setAriaLabel(Texts.get(language, "language.switch.label"));
        nav.removeAll();
        if (authentication.hasAnyRole("EDITOR", "ADMIN")) {
            nav.addItem(new SideNavItem(Texts.get(language, "staff.nav.inbox"), InboxView.class));
            nav.addItem(new SideNavItem(Texts.get(language, "staff.nav.guides"), GuideListView.class));
            nav.addItem(new SideNavItem(Texts.get(language, "staff.nav.tokens"), ApiTokensView.class));
        }
        if (authentication.hasRole("ADMIN")) {
            nav.addItem(new SideNavItem(Texts.get(language, "staff.nav.users"), UsersView.class));
            nav.addItem(new SideNavItem(Texts.get(language, "staff.nav.audit"), AuditView.class));
            nav.addItem(new SideNavItem(Texts.get(language, "staff.nav.webhooks"), WebhooksView.class));
        }
        nav.addItem(new SideNavItem(Texts.get(language, "staff.nav.import"), ImportView.class));
        nav.addItem(new SideNavItem(Texts.get(language, "staff.nav.account"), AccountView.class));
        nav.addItem(new SideNavItem(Texts.get(language, "staff.nav.readers"), "/"));
    }
}
