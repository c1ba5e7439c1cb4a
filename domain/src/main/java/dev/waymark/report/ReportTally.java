package dev.waymark.report;

import dev.waymark.base.Check;
import dev.waymark.guide.WayKind;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * How many readers reported {@code kind} about one step of a revision (or about the whole revision when
 * {@code way} and {@code step} are null), and when the latest did.
 */
public record ReportTally(int revision, @Nullable WayKind way, @Nullable Integer step, ReportKind kind, long count,
                          Instant latest) {

    public ReportTally {
        Check.that(revision >= 1, "revision numbers start at 1");
        Check.that((way == null) == (step == null), "a step tally names both the way and the step");
        Check.present(kind, "report kind");
        Check.that(count >= 1, "a tally counts at least one report");
        Check.present(latest, "time");
    }
}
