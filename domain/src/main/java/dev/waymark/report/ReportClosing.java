package dev.waymark.report;

import dev.waymark.base.Check;
import java.time.Instant;

/**
 * Who closed reports, when, and the note they left (required: what was done about it, or why nothing was).
 */
public record ReportClosing(String by, String note, Instant at) {

    public ReportClosing {
        by = Check.maxLength(Check.notBlank(by, "who closes"), ReaderReport.CLOSED_BY_MAX_LENGTH, "who closes");
        note = Check.maxLength(Check.notBlank(note, "note"), ReaderReport.CLOSE_NOTE_MAX_LENGTH, "note");
        Check.present(at, "time");
    }
}
