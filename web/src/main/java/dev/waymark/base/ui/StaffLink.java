package dev.waymark.base.ui;

import com.vaadin.flow.component.Component;
import java.util.Objects;
import java.util.Set;

/**
 * One entry of the staff screens' side menu.
 *
 * @param textKey the {@link Texts} key of its label
 * @param view    the screen it opens
 * @param roles   the roles it is offered to (any one suffices); empty for every signed-in user. Offering protects
 *                nothing by itself: the views and services check.
 */
public record StaffLink(String textKey, Class<? extends Component> view, Set<String> roles) {

    public StaffLink {
        Objects.requireNonNull(textKey, "textKey");
        Objects.requireNonNull(view, "view");
        roles = Set.copyOf(roles);
    }
}
