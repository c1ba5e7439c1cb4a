package dev.waymark.guide;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A guide in the editors' list, in any status: enough to find it and see where it stands.
 *
 * @param publishedRevision the revision readers see; null when never published
 * @param reviewDue the day the guide should be checked again; null if not scheduled
 */
public record GuideListing(GuideId id, Slug slug, CountryCode country, LocalizedText title, Language sourceLanguage,
                           GuideStatus status, int savedRevision, @Nullable Integer publishedRevision,
                           @Nullable LocalDate reviewDue, Instant updatedAt, long version) {

    /** The title in {@code language}, else in the guide's own language. */
    public String title(Language language) {
        return title.resolve(language, sourceLanguage);
    }

    /** True when a review is due on or before {@code today}. */
    public boolean reviewDueBy(LocalDate today) {
        return reviewDue != null && !reviewDue.isAfter(today);
    }
}
