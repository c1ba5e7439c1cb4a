package dev.waymark.review;

/** The audit actions of the editors' inbox; the audit target is the guide's slug. */
public final class ReviewActions {

    /** Readers' reports closed with a note: one report, or what an editor saw of a step. */
    public static final String REPORT_CLOSE = "report.close";

    private ReviewActions() {
    }
}
