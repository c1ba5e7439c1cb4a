package dev.waymark.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.DefaultErrorHandler;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import dev.waymark.base.DatabaseDown;
import org.springframework.stereotype.Component;

/**
 * When the database goes away while someone is using a page (searching, saving), they are told in a
 * notification that it is temporarily unavailable; the page keeps what they entered.
 */
@Component
class DatabaseErrorHandler implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(new Handler()));
    }

    private static final class Handler extends DefaultErrorHandler {
        @Override
        public void error(ErrorEvent event) {
            UI ui = UI.getCurrent();
            if (ui != null && DatabaseDown.causes(event.getThrowable())) {
                org.slf4j.LoggerFactory.getLogger(DatabaseErrorHandler.class)
                        .warn("Database unavailable: {}", event.getThrowable().getMessage());
                Notification notification = Notification.show(
                        Texts.get(ReaderLanguage.current(), "unavailable.text"), 8000, Notification.Position.MIDDLE);
                notification.addThemeVariants(NotificationVariant.ERROR);
                notification.setId("unavailable-notification");
                return;
            }
            super.error(event);
        }
    }
}
