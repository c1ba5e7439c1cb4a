package dev.waymark.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dev.waymark.guide.Language;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.TransactionException;

/**
 * What a reader sees when a query fails because the database went away: a plain "temporarily
 * unavailable" page (HTTP 503), never a stack trace. Reloading works as soon as the database is back.
 */
@ParentLayout(TravelerLayout.class)
@AnonymousAllowed
public class UnavailableView extends Div implements HasErrorParameter<DataAccessException> {

    private static final Logger log = LoggerFactory.getLogger(UnavailableView.class);

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<DataAccessException> parameter) {
        return show(this, event, parameter.getCaughtException());
    }

    /** The same page when a transaction could not start or finish. */
    @ParentLayout(TravelerLayout.class)
    @AnonymousAllowed
    public static class NoConnection extends Div implements HasErrorParameter<TransactionException> {

        @Override
        public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<TransactionException> parameter) {
            return show(this, event, parameter.getCaughtException());
        }
    }

    static int show(Div view, BeforeEnterEvent event, Exception cause) {
        log.warn("Database unavailable while showing /{}: {}", event.getLocation().getPath(), cause.getMessage());
        Language language = ReaderLanguage.current();
        view.removeAll();
        view.setId("unavailable");
        view.addClassName("wm-unavailable");
        view.add(new H1(Texts.get(language, "unavailable.title")), new Paragraph(Texts.get(language, "unavailable.text")),
                new Anchor("/" + event.getLocation().getPathWithQueryParameters(), Texts.get(language, "unavailable.retry")));
        return HttpServletResponse.SC_SERVICE_UNAVAILABLE;
    }
}
