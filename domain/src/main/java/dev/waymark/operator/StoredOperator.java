package dev.waymark.operator;

import dev.waymark.base.Check;
import java.time.Instant;

/**
 * An operator as stored, with the number of its latest revision (what a save must name to be accepted) and when it
 * last changed.
 */
public record StoredOperator(Operator operator, int revision, Instant updatedAt) {

    public StoredOperator {
        Check.present(operator, "operator");
        Check.that(revision >= 1, "revision numbers start at 1");
        Check.present(updatedAt, "time");
    }
}
