package dev.waymark.base.ui;

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
import dev.waymark.guide.Language;
import jakarta.annotation.security.PermitAll;

/**
 * The frame of the staff screens: the signed-in user's name, a sign-out button, and a side menu ({@link StaffMenu})
 * that offers each screen only to the roles it names (which protects nothing by itself: the views and services
 * check). Every feature's staff views use it, so it lives here and names none of them.
 */
@PermitAll
public class AdminLayout extends AppLayout implements AfterNavigationObserver {

    private final AuthenticationContext authentication;
    private final StaffMenu menu;
    private final Span title = new Span();
    private final Span user = new Span();
    private final Button signOut = new Button();
    private final Button languageSwitch = new Button();
    private final SideNav nav = new SideNav();

    public AdminLayout(AuthenticationContext authentication, StaffMenu menu) {
        this.authentication = authentication;
        this.menu = menu;
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
        for (StaffLink link : menu.links()) {
            if (link.roles().isEmpty() || authentication.hasAnyRole(link.roles().toArray(String[]::new))) {
                nav.addItem(new SideNavItem(Texts.get(language, link.textKey()), link.view()));
            }
        }
        nav.addItem(new SideNavItem(Texts.get(language, "staff.nav.readers"), "/"));
    }
}
