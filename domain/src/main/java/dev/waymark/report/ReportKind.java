package dev.waymark.report;

/** What a reader says about a step or a guide. */
public enum ReportKind {
    DID_NOT_WORK, OUTDATED, HELPFUL, NOT_HELPFUL
}
