package dev.waymark.account;

import java.time.Duration;
import org.springframework.security.core.AuthenticationException;

/** A sign-in was refused unchecked: after failed sign-ins for the username or from the client, it must wait a while. */
public class LoginThrottledException extends AuthenticationException {

    private final Duration retryAfter;

    public LoginThrottledException(Duration retryAfter) {
        super("Too many failed sign-ins; try again in " + seconds(retryAfter) + " second"
                + (seconds(retryAfter) == 1 ? "" : "s"));
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }

    /** Whole seconds to wait, rounded up; at least 1 (for Retry-After and the login form). */
    public static long seconds(Duration duration) {
        return Math.max(1, duration.toSeconds() + (duration.toNanosPart() > 0 ? 1 : 0));
    }

    /** Whole minutes to wait, rounded up; at least 1. */
    public static long minutes(Duration duration) {
        return Math.max(1, (duration.toSeconds() + 59) / 60);
    }
}
