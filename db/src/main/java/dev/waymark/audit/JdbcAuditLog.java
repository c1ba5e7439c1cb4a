package dev.waymark.audit;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The audit record in PostgreSQL: one row per event; the table refuses updates and deletes. */
@Repository
public class JdbcAuditLog implements AuditLog {

    private final JdbcClient jdbc;

    public JdbcAuditLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void record(AuditEvent event) {
        jdbc.sql("insert into audit_event (at, actor, action, target, detail) values (:at, :actor, :action, :target, :detail)")
                .param("at", Timestamp.from(event.at()))
                .param("actor", event.actor())
                .param("action", event.action())
                .param("target", event.target())
                .param("detail", event.detail())
                .update();
    }

    @Override
    public List<AuditEvent> find(AuditFilter filter, int offset, int limit) {
        Map<String, @Nullable Object> params = new HashMap<>();
        String where = where(filter, params);
        params.put("offset", Math.max(0, offset));
        params.put("limit", Math.max(0, limit));
        return jdbc.sql("select at, actor, action, target, detail from audit_event" + where
                        + " order by at desc, id desc offset :offset limit :limit")
                .params(params)
                .query((rs, row) -> new AuditEvent(rs.getTimestamp("at").toInstant(), rs.getString("actor"),
                        rs.getString("action"), rs.getString("target"), rs.getString("detail")))
                .list();
    }

    @Override
    public long count(AuditFilter filter) {
        Map<String, @Nullable Object> params = new HashMap<>();
        return jdbc.sql("select count(*) from audit_event" + where(filter, params))
                .params(params)
                .query(Long.class)
                .single();
    }

    /** The where clause for the filter, its values bound as parameters, never spliced into the SQL. */
    private static String where(AuditFilter filter, Map<String, @Nullable Object> params) {
        List<String> conditions = new ArrayList<>();
        if (filter.actor() != null) {
            conditions.add("actor = :actor");
            params.put("actor", filter.actor());
        }
        if (filter.action() != null) {
            conditions.add("(action = :action or action like :actionPrefix escape '\\')");
            params.put("action", filter.action());
            params.put("actionPrefix", escapeLike(filter.action()) + ".%");
        }
        if (filter.target() != null) {
            conditions.add("target = :target");
            params.put("target", filter.target());
        }
        if (filter.from() != null) {
            conditions.add("at >= :from");
            params.put("from", Timestamp.from(filter.from()));
        }
        if (filter.until() != null) {
            conditions.add("at < :until");
            params.put("until", Timestamp.from(filter.until()));
        }
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
