package dev.waymark.audit;

import java.time.Clock;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Writes audit events for the application's own code (sign-ins, user changes). Not a service for views:
 * what it records comes from the code that did the thing, never from what a reader typed, except a
 * claimed username, which is cleaned and cut to size.
 */
@Component
public class Auditor {

    /** Actor of what nobody signed in did, such as a failed sign-in. */
    public static final String ANONYMOUS = "anonymous";
    /** Actor of what the application did by itself, such as creating the first admin. */
    public static final String SYSTEM = "system";

    private static final Pattern UNWANTED = Pattern.compile("[\\p{Cc}\\u202A-\\u202E\\u2066-\\u2069]");

    private final AuditLog log;
    private final Clock clock;

    @Autowired
    Auditor(AuditLog log, ObjectProvider<Clock> clock) {
        this(log, clock.getIfAvailable(Clock::systemUTC));
    }

    public Auditor(AuditLog log, Clock clock) {
        this.log = log;
        this.clock = clock;
    }

    public void record(String actor, String action, @Nullable String target, String detail) {
        log.record(new AuditEvent(clock.instant(), fit(actor, AuditEvent.ACTOR_MAX_LENGTH), action,
                target == null ? null : fit(target, AuditEvent.TARGET_MAX_LENGTH),
                fit(detail, AuditEvent.DETAIL_MAX_LENGTH)));
    }

    /** Without control or direction-changing characters, cut to {@code max} characters; "(empty)" for nothing. */
    static String fit(@Nullable String text, int max) {
        String clean = text == null ? "" : UNWANTED.matcher(text).replaceAll("").strip();
        if (clean.isEmpty()) {
            return "(empty)";
        }
        return clean.length() <= max ? clean : clean.substring(0, max - 1) + "…";
    }
}
