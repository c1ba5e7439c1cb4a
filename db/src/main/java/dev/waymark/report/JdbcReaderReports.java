package dev.waymark.report;

import dev.waymark.guide.GuideId;
import dev.waymark.guide.WayKind;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Readers' reports in PostgreSQL, one row each; the way is stored by its key ({@code hotline}). */
@Repository
public class JdbcReaderReports implements ReaderReports {

    private final JdbcClient jdbc;

    public JdbcReaderReports(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void add(ReaderReport report) {
        jdbc.sql("""
                insert into reader_report (guide_id, revision, way, step, kind, comment, created_at)
                values (:guideId, :revision, :way, :step, :kind, :comment, :createdAt)
                """)
                .param("guideId", report.guideId().value())
                .param("revision", report.revision())
                .param("way", report.way() == null ? null : report.way().key())
                .param("step", report.step())
                .param("kind", report.kind().name())
                .param("comment", report.comment())
                .param("createdAt", Timestamp.from(report.createdAt()))
                .update();
    }

    @Override
    public List<ReaderReport> forGuide(GuideId guideId) {
        return jdbc.sql("""
                select revision, way, step, kind, comment, created_at from reader_report
                 where guide_id = :guideId order by created_at desc, id desc
                """)
                .param("guideId", guideId.value())
                .query((rs, row) -> new ReaderReport(guideId, rs.getInt("revision"), way(rs), step(rs),
                        ReportKind.valueOf(rs.getString("kind")), rs.getString("comment"),
                        rs.getTimestamp("created_at").toInstant()))
                .list();
    }

    @Override
    public List<ReportTally> tally(GuideId guideId) {
        return jdbc.sql("""
                select revision, way, step, kind, count(*) as reports, max(created_at) as latest from reader_report
                 where guide_id = :guideId
                 group by revision, way, step, kind
                 order by revision desc, way nulls first, step, kind
                """)
                .param("guideId", guideId.value())
                .query((rs, row) -> new ReportTally(rs.getInt("revision"), way(rs), step(rs),
                        ReportKind.valueOf(rs.getString("kind")), rs.getLong("reports"),
                        rs.getTimestamp("latest").toInstant()))
                .list();
    }

    @Override
    public long count() {
        return jdbc.sql("select count(*) from reader_report").query(Long.class).single();
    }

    private static @Nullable WayKind way(ResultSet rs) throws SQLException {
        String key = rs.getString("way");
        return key == null ? null : WayKind.fromKey(key)
                .orElseThrow(() -> new IllegalStateException("unknown way kind in a stored report: " + key));
    }

    private static @Nullable Integer step(ResultSet rs) throws SQLException {
        int step = rs.getInt("step");
        return rs.wasNull() ? null : step;
    }
}
