package dev.waymark.audit;

import java.util.List;

/** The append-only record of who did what. Implemented in the db module. */
public interface AuditLog {

    /** Appends an event; events are never changed or removed. */
    void record(AuditEvent event);

    /** Events matching the filter, newest first; {@code offset} and {@code limit} for paging. */
    List<AuditEvent> find(AuditFilter filter, int offset, int limit);

    long count(AuditFilter filter);
}
