package dev.waymark.report;

import dev.waymark.base.DomainJson;
import dev.waymark.guide.GuideId;
import dev.waymark.guide.GuideStatus;
import dev.waymark.guide.Language;
import dev.waymark.guide.LocalizedText;
import dev.waymark.guide.Slug;
import dev.waymark.guide.WayKind;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * Readers' reports in PostgreSQL, one row each; the way is stored by its key ({@code hotline}). A closed report
 * keeps its row, with who closed it, when and the note.
 */
@Repository
public class JdbcReaderReports implements ReaderReports {

    /**
     * Open reports grouped by subject, with their counts per kind and their newest comments, for the guides with
     * the newest open reports; one statement, so counts and comments come from the same moment.
     */
    private static final String OPEN = """
            with per_kind as (
                select guide_id, revision, way, step, kind, count(*) as reports, max(id) as last_id,
                       max(created_at) as latest
                  from reader_report
                 where closed_at is null
                 group by guide_id, revision, way, step, kind
            ), subjects as (
                select guide_id, revision, way, step, array_agg(kind) as kinds, array_agg(reports) as counts,
                       max(last_id) as last_id, max(latest) as latest
                  from per_kind
                 group by guide_id, revision, way, step
            ), guides as materialized (
                select newest.guide_id, newest.latest, g.slug, g.title, g.status,
                       r.content ->> 'sourceLanguage' as source_language
                  from (select guide_id, max(latest) as latest from subjects group by guide_id
                         order by latest desc, guide_id limit :limit) newest
                  join guide g on g.id = newest.guide_id
                  join guide_revision r on r.guide_id = g.id and r.number = g.saved_revision
            )
            select s.guide_id, s.revision, s.way, s.step, s.kinds, s.counts, s.last_id, s.latest,
                   gs.latest as guide_latest, gs.slug, gs.title, gs.status, gs.source_language,
                   c.ids as comment_ids, c.kinds as comment_kinds, c.texts as comments, c.times as comment_times
              from subjects s
              join guides gs on gs.guide_id = s.guide_id
              cross join lateral (
                  select array_agg(o.id) as ids, array_agg(o.kind) as kinds, array_agg(o.comment) as texts,
                         array_agg(o.created_at) as times
                    from (
                        -- Two branches, each walking reader_report_open in order: a step, or the whole guide.
                        (select id, kind, comment, created_at from reader_report
                          where guide_id = s.guide_id and revision = s.revision and way = s.way and step = s.step
                            and closed_at is null and comment <> ''
                          order by created_at desc, id desc limit :comments)
                        union all
                        (select id, kind, comment, created_at from reader_report
                          where s.way is null and guide_id = s.guide_id and revision = s.revision
                            and way is null and step is null and closed_at is null and comment <> ''
                          order by created_at desc, id desc limit :comments)
                        order by created_at desc, id desc
                    ) o
              ) c
             order by gs.latest desc, s.guide_id, s.revision desc, s.way nulls first, s.step nulls first
            """;



    private final JdbcClient jdbc;
    private final JsonMapper json = DomainJson.mapper();

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

    @Override
    public List<GuideReports> open(int guides) {
        if (guides <= 0) {
            return List.of();
        }
        Map<GuideId, GuideRows> byGuide = new LinkedHashMap<>();
        jdbc.sql(OPEN)
                .param("limit", guides)
                .param("comments", StepReports.COMMENTS_SHOWN)
                .query(rs -> {
                    GuideId guideId = new GuideId(rs.getObject("guide_id", UUID.class));
                    GuideRows guide = byGuide.get(guideId);
                    if (guide == null) {
                        guide = new GuideRows(guideId, new Slug(rs.getString("slug")),
                                json.readValue(rs.getString("title"), LocalizedText.class),
                                Language.of(rs.getString("source_language")),
                                GuideStatus.valueOf(rs.getString("status")),
                                rs.getTimestamp("guide_latest").toInstant(), new ArrayList<>());
                        byGuide.put(guideId, guide);
                    }
                    guide.steps().add(stepReports(guideId, rs));
                });
        return byGuide.values().stream()
                .map(guide -> new GuideReports(guide.id(), guide.slug(), guide.title(), guide.sourceLanguage(),
                        guide.status(), guide.steps(), guide.latest()))
                .toList();
    }

    /** A guide's part of the inbox while its rows are read. */
    private record GuideRows(GuideId id, Slug slug, LocalizedText title, Language sourceLanguage, GuideStatus status,
                             Instant latest, List<StepReports> steps) {
    }

    private static StepReports stepReports(GuideId guideId, ResultSet rs) throws SQLException {
        ReportSubject subject = new ReportSubject(guideId, rs.getInt("revision"), way(rs), step(rs));
        String[] kinds = strings(rs.getArray("kinds"));
        Long[] counts = (Long[]) rs.getArray("counts").getArray();
        Map<ReportKind, Long> byKind = new EnumMap<>(ReportKind.class);
        for (int i = 0; i < kinds.length; i++) {
            byKind.put(ReportKind.valueOf(kinds[i]), counts[i]);
        }
        List<OpenReport> comments = new ArrayList<>();
        Array ids = rs.getArray("comment_ids");
        if (ids != null) {
            Long[] commentIds = (Long[]) ids.getArray();
            String[] commentKinds = strings(rs.getArray("comment_kinds"));
            String[] texts = strings(rs.getArray("comments"));
            Timestamp[] times = (Timestamp[]) rs.getArray("comment_times").getArray();
            for (int i = 0; i < commentIds.length; i++) {
                comments.add(new OpenReport(new ReportId(commentIds[i]), ReportKind.valueOf(commentKinds[i]), texts[i],
                        times[i].toInstant()));
            }
        }
        return new StepReports(subject, byKind, comments, new ReportId(rs.getLong("last_id")),
                rs.getTimestamp("latest").toInstant());
    }

    private static String[] strings(Array array) throws SQLException {
        return (String[]) array.getArray();
    }

    @Override
    public ReportSubject close(ReportId id, ReportClosing closing) {
        return jdbc.sql("""
                        update reader_report set closed_at = :at, closed_by = :by, close_note = :note
                         where id = :id and closed_at is null
                        returning guide_id, revision, way, step
                        """)
                .param("id", id.value())
                .params(closing(closing))
                .query((rs, row) -> new ReportSubject(new GuideId(rs.getObject("guide_id", UUID.class)),
                        rs.getInt("revision"), way(rs), step(rs)))
                .optional()
                .orElseThrow(() -> jdbc.sql("select closed_by, closed_at from reader_report where id = :id")
                        .param("id", id.value())
                        .query((rs, row) -> (RuntimeException) new ReportClosedException("report " + id
                                + " was closed already by " + rs.getString("closed_by") + " at "
                                + rs.getTimestamp("closed_at").toInstant() + "; nothing was changed"))
                        .optional()
                        .orElseGet(() -> new IllegalArgumentException("there is no report " + id)));
    }

    @Override
    public int close(ReportSubject subject, ReportId lastSeen, ReportClosing closing) {
        String where = subjectWhere(subject) + " and id <= :lastSeen";
        int closed = jdbc.sql("update reader_report set closed_at = :at, closed_by = :by, close_note = :note"
                        + where + " and closed_at is null")
                .params(subjectParams(subject, lastSeen))
                .params(closing(closing))
                .update();
        if (closed == 0) {
            boolean any = jdbc.sql("select exists (select 1 from reader_report" + where + ")")
                    .params(subjectParams(subject, lastSeen))
                    .query(Boolean.class).single();
            String about = "the reports about " + subject.describe() + " of guide " + subject.guideId();
            throw any ? new ReportClosedException(about + " were closed already; nothing was changed")
                    : new IllegalArgumentException("there are no " + about.substring("the ".length()));
        }
        return closed;
    }

    private static String subjectWhere(ReportSubject subject) {
        return " where guide_id = :guideId and revision = :revision and "
                + (subject.isWholeGuide() ? "way is null and step is null" : "way = :way and step = :step");
    }

    private static Map<String, @Nullable Object> subjectParams(ReportSubject subject, ReportId lastSeen) {
        Map<String, @Nullable Object> params = new HashMap<>();
        params.put("guideId", subject.guideId().value());
        params.put("revision", subject.revision());
        WayKind way = subject.way();
        if (way != null) {
            params.put("way", way.key());
            params.put("step", subject.step());
        }
        params.put("lastSeen", lastSeen.value());
        return params;
    }

    private static Map<String, Object> closing(ReportClosing closing) {
        return Map.of("at", Timestamp.from(closing.at()), "by", closing.by(), "note", closing.note());
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
