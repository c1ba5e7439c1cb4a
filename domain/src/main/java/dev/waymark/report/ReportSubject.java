package dev.waymark.report;

import dev.waymark.base.Check;
import dev.waymark.guide.GuideId;
import dev.waymark.guide.WayKind;
import org.jspecify.annotations.Nullable;

/**
 * What reports are about: one step (its way and 1-based position) of one revision of a guide, or the whole
 * revision when {@code way} and {@code step} are null.
 */
public record ReportSubject(GuideId guideId, int revision, @Nullable WayKind way, @Nullable Integer step) {

    public ReportSubject {
        Check.present(guideId, "guide");
        Check.that(revision >= 1, "revision numbers start at 1");
        Check.that((way == null) == (step == null), "a step names both the way and the step");
        Check.that(step == null || step >= 1, "steps are numbered from 1");
    }

    /** The subject of the whole revision, not of one step. */
    public static ReportSubject wholeGuide(GuideId guideId, int revision) {
        return new ReportSubject(guideId, revision, null, null);
    }

    public boolean isWholeGuide() {
        return way == null;
    }

    /** Where in the guide, for messages and the audit: {@code store-visit step 3 of revision 4}. */
    public String describe() {
        return (way == null ? "the whole guide" : way.key() + " step " + step) + " of revision " + revision;
    }
}
