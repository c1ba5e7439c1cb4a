package dev.waymark.account;

import jakarta.servlet.http.HttpServletRequest;
import java.io.Serial;
import org.springframework.security.authentication.AuthenticationDetailsSource;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Sign-ins by a machine on every request, such as a Prometheus scraper with HTTP Basic: throttled and, when they
 * fail, audited like any sign-in; when they succeed, not audited, or the audit record would fill with one entry per
 * scrape. Give them {@link #details()} as the authentication details source.
 */
public final class MachineSignIn {

    private MachineSignIn() {
    }

    /** Marks a sign-in as a machine's, keeping the client address for the throttle and the audit. */
    public static AuthenticationDetailsSource<HttpServletRequest, WebAuthenticationDetails> details() {
        return Details::new;
    }

    static boolean isMachine(Object details) {
        return details instanceof Details;
    }

    private static final class Details extends WebAuthenticationDetails {

        @Serial
        private static final long serialVersionUID = 1L;

        Details(HttpServletRequest request) {
            super(request);
        }
    }
}
