package dev.waymark.report;

/** What a reader says about a step or a guide. */
public enum ReportKind {
    DID_NOT_WORK, OUTDATED, HELPFUL, NOT_HELPFUL;

    /** True for what can be said of one step ("didn't work", "outdated"); helpful or not is said of a guide. */
    public boolean aboutSteps() {
        return this == DID_NOT_WORK || this == OUTDATED;
    }
}
