package dev.waymark.report;

import dev.waymark.base.Check;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The open reports about one subject (a step of a revision, or the whole revision), for the editors' inbox.
 *
 * @param counts how many open reports of each kind, in {@link ReportKind} order; kinds nobody reported are absent
 * @param latestComments the newest open reports that have a comment, newest first, at most {@link #COMMENTS_SHOWN}
 * @param lastId the newest open report's id: closing "what the editor saw" closes up to this one, never a report
 *               that came in later
 * @param latest when the newest open report came in
 */
public record StepReports(ReportSubject subject, Map<ReportKind, Long> counts, List<OpenReport> latestComments,
                          ReportId lastId, Instant latest) {

    /** How many comments the inbox shows per subject. */
    public static final int COMMENTS_SHOWN = 5;

    public StepReports {
        Check.present(subject, "subject");
        Check.present(counts, "counts");
        Check.that(!counts.isEmpty(), "a group holds at least one open report");
        EnumMap<ReportKind, Long> sorted = new EnumMap<>(ReportKind.class);
        counts.forEach((kind, count) -> {
            Check.present(kind, "report kind");
            Check.that(count != null && count >= 1, "a count is at least 1 (was " + count + " for " + kind + ")");
            sorted.put(kind, count);
        });
        counts = Collections.unmodifiableMap(sorted);
        latestComments = Check.list(latestComments, "comments");
        Check.that(latestComments.size() <= COMMENTS_SHOWN, "at most " + COMMENTS_SHOWN + " comments are shown");
        Check.present(lastId, "last report id");
        Check.present(latest, "time");
    }

    /** How many open reports there are about the subject. */
    public long total() {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }
}
