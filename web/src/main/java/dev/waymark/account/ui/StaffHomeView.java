package dev.waymark.account.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import dev.waymark.review.ui.InboxView;
import jakarta.annotation.security.PermitAll;

/**
 * Where staff land after signing in without a page they were sent away from: editors and admins at the editors'
 * inbox, anyone with neither role at their own account.
 */
@Route(StaffHomeView.ROUTE)
@PermitAll
public class StaffHomeView extends Div implements BeforeEnterObserver {

    public static final String ROUTE = "staff";

    private final AuthenticationContext authentication;

    public StaffHomeView(AuthenticationContext authentication) {
        this.authentication = authentication;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.forwardTo(authentication.hasAnyRole("EDITOR", "ADMIN") ? InboxView.class : AccountView.class);
    }
}
