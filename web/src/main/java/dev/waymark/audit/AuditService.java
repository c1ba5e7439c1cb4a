package dev.waymark.audit;

import dev.waymark.base.Check;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Admins browse and filter the audit record. Nobody changes it. */
@Service
@Transactional(readOnly = true)
public class AuditService {

    /** The most events one page may ask for. */
    public static final int MAX_PAGE = 500;

    private final AuditLog log;

    AuditService(AuditLog log) {
        this.log = log;
    }

    /** Events matching the filter, newest first. Admins only. */
    @PreAuthorize("hasRole('ADMIN')")
    public List<AuditEvent> find(AuditFilter filter, int offset, int limit) {
        Check.present(filter, "filter");
        Check.that(offset >= 0, "offset must not be negative (was " + offset + ")");
        Check.that(limit >= 0 && limit <= MAX_PAGE, "limit must be 0 to " + MAX_PAGE + " (was " + limit + ")");
        return log.find(filter, offset, limit);
    }

    /** How many events match the filter. Admins only. */
    @PreAuthorize("hasRole('ADMIN')")
    public long count(AuditFilter filter) {
        return log.count(Check.present(filter, "filter"));
    }
}
