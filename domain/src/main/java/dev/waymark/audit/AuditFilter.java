package dev.waymark.audit;

import dev.waymark.base.Check;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Which audit events to show; every criterion is optional and they all must hold.
 *
 * @param actor exactly this actor
 * @param action exactly this action, or every action under it: {@code login} finds {@code login.failed}
 * @param target exactly this target
 * @param from at or after this time
 * @param until before this time
 */
public record AuditFilter(@Nullable String actor, @Nullable String action, @Nullable String target,
                          @Nullable Instant from, @Nullable Instant until) {

    public static final AuditFilter ALL = new AuditFilter(null, null, null, null, null);

    public AuditFilter {
        actor = blankToNull(actor);
        action = blankToNull(action);
        target = blankToNull(target);
        Check.that(from == null || until == null || from.isBefore(until),
                "the start of the time range must be before its end");
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
