package dev.waymark.review;

import dev.waymark.base.Check;
import dev.waymark.guide.GuideListing;

/**
 * A guide whose review is due, and by how many days it is overdue: 0 when due today.
 */
public record DueGuide(GuideListing guide, long daysOverdue) {

    public DueGuide {
        Check.present(guide, "guide");
        Check.present(guide.reviewDue(), "review-due date");
        Check.that(daysOverdue >= 0, "a due guide is overdue by 0 days or more (was " + daysOverdue + ")");
    }

    /** True when the review was due before today. */
    public boolean overdue() {
        return daysOverdue > 0;
    }
}
