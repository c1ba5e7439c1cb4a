package dev.waymark.account;

import java.time.Duration;
import org.springframework.security.core.AuthenticationException;

/** A sign-in was refused unchecked: too many failed sign-ins lately for the username or from the client. */
public class LoginThrottledException extends AuthenticationException {

    private final Duration retryAfter;

    public LoginThrottledException(Duration retryAfter) {
        super("Too many failed sign-ins; try again in " + minutes(retryAfter) + " minute"
                + (minutes(retryAfter) == 1 ? "" : "s"));
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }

    /** Whole minutes to wait, rounded up; at least 1. */
    public static long minutes(Duration duration) {
        return Math.max(1, (duration.toSeconds() + 59) / 60);
    }
}
