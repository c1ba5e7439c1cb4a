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

    public static final int ACTOR_MAX_LENGTH = 100;
    public static final int ACTION_MAX_LENGTH = 60;
    public static final int TARGET_MAX_LENGTH = 200;
    public static final int DETAIL_MAX_LENGTH = 1000;

    public AuditEvent {
        Check.present(at, "time");
        actor = Check.maxLength(Check.notBlank(actor, "actor"), ACTOR_MAX_LENGTH, "actor");
        action = Check.maxLength(Check.notBlank(action, "action"), ACTION_MAX_LENGTH, "action");
        if (target != null) {
            target = Check.maxLength(target, TARGET_MAX_LENGTH, "target");
        }
        detail = Check.maxLength(detail == null ? "" : detail, DETAIL_MAX_LENGTH, "detail");
    }
}
