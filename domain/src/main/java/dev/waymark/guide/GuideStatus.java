package dev.waymark.guide;

/** Where a guide is in its lifecycle. */
public enum GuideStatus {
    /** Being written or edited; readers see the last published revision, if any. */
    DRAFT,
    /** Waiting for a second person to publish it. */
    IN_REVIEW,
    /** Readers see the published revision. */
    PUBLISHED,
    /** Withdrawn: readers see nothing. */
    ARCHIVED
}
