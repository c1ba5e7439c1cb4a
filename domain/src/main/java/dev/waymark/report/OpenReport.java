package dev.waymark.report;

import dev.waymark.base.Check;
import java.time.Instant;

/** A report nobody has closed yet, as the editors' inbox lists it under its step. */
public record OpenReport(ReportId id, ReportKind kind, String comment, Instant createdAt) {

    public OpenReport {
        Check.present(id, "report id");
        Check.present(kind, "report kind");
        comment = comment == null ? "" : comment;
        Check.present(createdAt, "time");
    }
}
