package dev.waymark.report;

import dev.waymark.guide.GuideId;
import java.util.List;

/** Where readers' reports are kept. Implemented in the db module. */
public interface ReaderReports {

    /** Stores a report. Throws when its guide or revision does not exist. */
    void add(ReaderReport report);

    /** A guide's reports, newest first; empty when it has none. */
    List<ReaderReport> forGuide(GuideId guideId);

    /**
     * How often each thing was reported about a guide, one tally per (revision, way, step, kind), for the
     * editors' inbox: newest revision first, then guide-level tallies before step tallies, by way key and step.
     */
    List<ReportTally> tally(GuideId guideId);

    /** How many reports exist, about any guide, open or closed. */
    long count();

    /**
     * The open reports for the editors' inbox, grouped by guide and then by subject (see {@link GuideReports}):
     * the guides with the newest open report first, at most {@code guides} of them.
     */
    List<GuideReports> open(int guides);

    /**
     * Closes one open report with a note.
     *
     * @return what the report was about
     * @throws ReportClosedException when it was closed already; nothing is changed
     * @throws IllegalArgumentException when there is no such report
     */
    ReportSubject close(ReportId id, ReportClosing closing);

    /**
     * Closes every open report about {@code subject} up to and including {@code lastSeen}, the newest one the
     * editor saw; reports that came in later stay open, and those closed already keep their own note.
     *
     * @return how many reports were closed, at least 1
     * @throws ReportClosedException when none of them is open any more; nothing is changed
     */
    int close(ReportSubject subject, ReportId lastSeen, ReportClosing closing);
}
