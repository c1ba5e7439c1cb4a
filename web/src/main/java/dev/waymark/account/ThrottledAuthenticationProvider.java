package dev.waymark.account;

import dev.waymark.audit.Auditor;
import java.time.Duration;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Checks the {@link LoginThrottle} before the password, counts failures, and audits every sign-in: succeeded,
 * failed (the claimed username and the client address, never the password) and refused by the throttle. A
 * machine's successful sign-ins ({@link MachineSignIn}, one per scrape) are not audited.
 */
final class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final AuthenticationProvider passwords;
    private final LoginThrottle throttle;
    private final Auditor auditor;

    ThrottledAuthenticationProvider(AuthenticationProvider passwords, LoginThrottle throttle, Auditor auditor) {
        this.passwords = passwords;
        this.throttle = throttle;
        this.auditor = auditor;
    }

    @Override
    public @Nullable Authentication authenticate(Authentication authentication) {
        String username = authentication.getName() == null ? "" : authentication.getName().strip();
        String client = client(authentication);
        Optional<Duration> locked = throttle.waitFor(username, client);
        if (locked.isPresent()) {
            auditor.record(Auditor.ANONYMOUS, AuditActions.LOGIN_THROTTLED, username, from(client));
            throw new LoginThrottledException(locked.get());
        }
        try {
            Authentication result = passwords.authenticate(authentication);
            if (result != null) {
                throttle.succeeded(username, client);
                if (!MachineSignIn.isMachine(authentication.getDetails())) {
                    auditor.record(result.getName(), AuditActions.LOGIN_SUCCESS, result.getName(), from(client));
                }
            }
            return result;
        } catch (AuthenticationException e) {
            throttle.failed(username, client);
            String reason = e instanceof DisabledException ? "account disabled" : "wrong username or password";
            auditor.record(Auditor.ANONYMOUS, AuditActions.LOGIN_FAILED, username, reason + ", " + from(client));
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return passwords.supports(authentication);
    }

    private static @Nullable String client(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : null;
    }

    private static String from(@Nullable String client) {
        return "from " + (client == null ? "an unknown address" : client);
    }
}
