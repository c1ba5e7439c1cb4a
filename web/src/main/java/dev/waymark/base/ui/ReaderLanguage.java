package dev.waymark.base.ui;

import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.spring.SpringInstantiator;
import dev.waymark.guide.Language;
import jakarta.servlet.http.Cookie;
import java.util.Optional;

/**
 * The language a reader reads in: the {@code lang} parameter of a shared link, else the reader's
 * earlier choice (this session, or a cookie for a year), else the browser's language, else the instance's first
 * offered language; only offered languages are chosen.
 */
public final class ReaderLanguage {

    public static final String PARAMETER = "lang";
    private static final String ATTRIBUTE = ReaderLanguage.class.getName();
    private static final OfferedLanguages DEFAULTS = OfferedLanguages.of(OfferedLanguages.DEFAULT);

    private ReaderLanguage() {
    }

    /** The language for a navigation; a valid {@code lang} parameter is remembered as the reader's choice. */
    public static Language resolve(QueryParameters parameters) {
        Optional<Language> fromLink = parameters.getSingleParameter(PARAMETER).flatMap(offered()::match);
        fromLink.ifPresent(ReaderLanguage::choose);
        return fromLink.orElseGet(ReaderLanguage::current);
    }

    /** The reader's current language. */
    public static Language current() {
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null && session.getAttribute(ATTRIBUTE) instanceof Language chosen) {
            return chosen;
        }
        VaadinRequest request = VaadinRequest.getCurrent();
        return request == null ? offered().primary() : offered().forReader(request.getCookies(), request.getLocales());
    }

    /** The languages this instance offers (the default ones where views run without Spring, as in unit tests). */
    public static OfferedLanguages offered() {
        VaadinService service = VaadinService.getCurrent();
        return service != null && service.getInstantiator() instanceof SpringInstantiator spring
                ? spring.getOrCreate(OfferedLanguages.class) : DEFAULTS;
    }

    /** Remembers the reader's choice for this session and, through a cookie, for a year. */
    public static void choose(Language language) {
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null) {
            session.setAttribute(ATTRIBUTE, language);
        }
        VaadinResponse response = VaadinResponse.getCurrent();
        if (response != null) {
            Cookie cookie = new Cookie(OfferedLanguages.COOKIE, language.tag());
            cookie.setPath("/");
            cookie.setMaxAge(365 * 24 * 3600);
            cookie.setHttpOnly(true);
            cookie.setAttribute("SameSite", "Lax");
            response.addCookie(cookie);
        }
    }
}
