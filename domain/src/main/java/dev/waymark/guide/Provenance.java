package dev.waymark.guide;

import dev.waymark.base.Check;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Where a guide's facts come from and how fresh they are.
 *
 * @param lastVerified the day an editor last checked the facts against the sources; null if never
 * @param reviewDue the day the guide should be checked again; null if not scheduled
 */
public record Provenance(List<Source> sources, @Nullable LocalDate lastVerified, @Nullable LocalDate reviewDue) {

    public static final Provenance NONE = new Provenance(List.of(), null, null);

    public Provenance {
        sources = Check.list(sources, "sources");
        Set<SourceKey> seen = new HashSet<>();
        for (Source source : sources) {
            Check.that(seen.add(source.key()), "source key '" + source.key() + "' is used twice");
        }
        if (lastVerified != null && reviewDue != null) {
            Check.that(!reviewDue.isBefore(lastVerified),
                    "review-due date " + reviewDue + " must not be before the last-verified date " + lastVerified);
        }
    }

    public Optional<Source> source(SourceKey key) {
        return sources.stream().filter(source -> source.key().equals(key)).findFirst();
    }

    /** True when a review is due on or before {@code today}. */
    public boolean reviewDueBy(LocalDate today) {
        return reviewDue != null && !reviewDue.isAfter(today);
    }
}
