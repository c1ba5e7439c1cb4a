package dev.waymark.audit;

import dev.waymark.base.Check;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One thing someone did: signed in, saved a guide, changed a role.
 *
 * @param actor the username, or "anonymous" / "system"
 * @param action a short verb phrase such as {@code guide.publish} or {@code login.failed}
 * @param target what it was done to (a guide id or slug, a username); null when nothing
 */
public record AuditEvent(Instant at, String actor, String action, @Nullable String target, String detail) {

    public AuditEvent {
        Check.present(at, "time");
        actor = Check.notBlank(actor, "actor");
        action = Check.notBlank(action, "action");
        detail = detail == null ? "" : detail;
    }
}
