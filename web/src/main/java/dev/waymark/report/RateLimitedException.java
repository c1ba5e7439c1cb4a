package dev.waymark.report;

import java.time.Duration;

/** A client sent more reports than the limit allows; {@link #retryAfter()} says when it may send again. */
public class RateLimitedException extends RuntimeException {

    private final Duration retryAfter;

    public RateLimitedException(int limit, Duration window, Duration retryAfter) {
        super("too many reports from this connection: at most " + limit + " in " + minutes(window)
                + "; try again in " + minutes(retryAfter));
        this.retryAfter = retryAfter;
    }

    /** How long until the client may report again; never negative. */
    public Duration retryAfter() {
        return retryAfter;
    }

    private static String minutes(Duration duration) {
        long minutes = Math.max(1, (duration.toSeconds() + 59) / 60);
        return minutes == 1 ? "1 minute" : minutes + " minutes";
    }
}
