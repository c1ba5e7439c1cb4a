package dev.waymark.report;

import dev.waymark.base.Check;
import dev.waymark.guide.GuideId;
import dev.waymark.guide.WayKind;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A reader's report, tied to the guide revision they saw and, for a step, to the way and the step's
 * position (1-based) in it.
 */
public record ReaderReport(GuideId guideId, int revision, @Nullable WayKind way, @Nullable Integer step,
                           ReportKind kind, String comment, Instant createdAt) {

    public static final int COMMENT_MAX_LENGTH = 1000;
    /** The longest note an editor may leave when closing reports; the column {@code close_note} matches. */
    public static final int CLOSE_NOTE_MAX_LENGTH = 1000;
    /** The longest name of whoever closed a report; the column {@code closed_by} matches. */
    public static final int CLOSED_BY_MAX_LENGTH = 100;

    public ReaderReport {
        Check.present(guideId, "guide");
        Check.that(revision >= 1, "revision numbers start at 1");
        Check.that((way == null) == (step == null), "a step report names both the way and the step");
        Check.that(step == null || step >= 1, "steps are numbered from 1");
        Check.present(kind, "report kind");
        Check.that(step == null || kind.aboutSteps(), "whether a guide helped is said of the whole guide, not of a step");
        comment = Check.maxLength(comment == null ? "" : comment.strip(), COMMENT_MAX_LENGTH, "comment");
        Check.present(createdAt, "time");
    }
}
