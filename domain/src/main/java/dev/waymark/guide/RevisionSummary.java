package dev.waymark.guide;

import java.time.Instant;

/** A revision without its content, for history lists. */
public record RevisionSummary(GuideId guideId, int number, String author, Instant createdAt, String message) {
}
