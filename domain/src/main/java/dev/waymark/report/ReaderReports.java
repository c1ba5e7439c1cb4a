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

    /** How many reports exist, about any guide. */
    long count();
}
