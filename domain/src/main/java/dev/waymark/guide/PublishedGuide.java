package dev.waymark.guide;

import java.time.Instant;

/** What readers see of a guide: its published revision. */
public record PublishedGuide(GuideId id, Slug slug, int revision, GuideContent content, Instant publishedAt) {
}
