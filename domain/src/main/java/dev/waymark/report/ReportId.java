package dev.waymark.report;

import dev.waymark.base.Check;

/** A stored reader's report's identity, given by the database. */
public record ReportId(long value) {

    public ReportId {
        Check.that(value >= 1, "report ids start at 1 (was " + value + ")");
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
