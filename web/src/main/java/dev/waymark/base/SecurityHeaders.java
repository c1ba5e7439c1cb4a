package dev.waymark.base;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The security headers of every response that reaches the application (Tomcat's own refusals get them from
 * {@link ContainerErrorPages}): {@code X-Content-Type-Options: nosniff}, {@code Referrer-Policy: same-origin} (an
 * operator's site never learns which guide a traveler came from), {@code X-Frame-Options: DENY} and a
 * Content-Security-Policy with {@code frame-ancestors 'none'}.
 *
 * <p>The policy is {@link #STRICT} (nothing may load or run) for the JSON API, Actuator and error pages; pages that
 * render their own HTML set a policy of their own on top (the print page allows exactly its one inline stylesheet, by
 * hash). Everything else is a Vaadin view, and gets {@link #VAADIN}: Vaadin's bootstrap page carries inline scripts,
 * its client evaluates the JavaScript that server-side components send ({@code executeJs}) and its components set
 * inline styles, so scripts and styles are limited to this origin plus {@code 'unsafe-inline'} and
 * {@code 'unsafe-eval'}: no script, style, frame, plugin or connection from another origin, no {@code <base>}, forms
 * only to this origin. That is as far as Vaadin Flow 25 allows.
 */
public final class SecurityHeaders extends OncePerRequestFilter {

    /** For responses that are data or server-rendered text: nothing loads, nothing runs, nobody frames it. */
    public static final String STRICT = "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    /** For Vaadin views: see the class comment for why scripts and styles need more. */
    public static final String VAADIN = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval';"
            + " style-src 'self' 'unsafe-inline'; img-src 'self' data: https:; font-src 'self' data:;"
            + " connect-src 'self'; worker-src 'self'; manifest-src 'self'; frame-src 'none'; object-src 'none';"
            + " base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /** Sets the headers shared by every response, including Tomcat's own error pages. */
    public static void common(HttpServletResponse response) {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("X-Frame-Options", "DENY");
        // As Spring Security sends it: the legacy XSS auditor off (it could be abused); here also for the responses
        // that do not go through Spring Security (published reads answered the short way).
        response.setHeader("X-XSS-Protection", "0");
    }

    /** The policy for a path below the context path, before any page narrows it. */
    static String policyFor(String path) {
        return path.startsWith("/api/") || path.equals("/api") || path.startsWith("/actuator") || path.startsWith("/error")
                ? STRICT : VAADIN;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        common(response);
        String path = request.getRequestURI().substring(request.getContextPath().length());
        response.setHeader("Content-Security-Policy", policyFor(path));
        chain.doFilter(request, response);
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }
}
