package dev.waymark.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.waymark.base.TestDatabase;
import dev.waymark.guide.Guide;
import dev.waymark.guide.GuideId;
import dev.waymark.guide.JdbcGuides;
import dev.waymark.guide.TestGuides;
import dev.waymark.guide.WayKind;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

class JdbcReaderReportsTest {

    private final JdbcReaderReports reports = new JdbcReaderReports(TestDatabase.jdbc());
    private final JdbcGuides guides = new JdbcGuides(TestDatabase.jdbc(), TestDatabase.transactions());
    private final JdbcClient jdbc = TestDatabase.jdbc();
    private final Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
    private Guide guide;

    @BeforeEach
    void clean() {
        TestDatabase.clear();
        Guide saved = guides.save(TestGuides.draft("serbia"), "ana", "first");
        guide = guides.save(saved.publish(), "ana", "publish");
    }

    @Test
    void a_report_is_stored_and_read_back_whole() {
        ReaderReport step = new ReaderReport(guide.id(), 1, WayKind.HOTLINE, 3, ReportKind.DID_NOT_WORK,
                "号码打不通\nnobody answers", now);
        ReaderReport whole = new ReaderReport(guide.id(), 1, null, null, ReportKind.HELPFUL, "", now.plusSeconds(1));

        reports.add(step);
        reports.add(whole);

        assertThat(reports.forGuide(guide.id())).containsExactly(whole, step);
        assertThat(reports.forGuide(GuideId.random())).isEmpty();
        assertThat(reports.count()).isEqualTo(2);
    }

    @Test
    void a_report_must_name_a_revision_the_guide_has() {
        ReaderReport future = new ReaderReport(guide.id(), 2, null, null, ReportKind.OUTDATED, "", now);
        ReaderReport unknownGuide = new ReaderReport(GuideId.random(), 1, null, null, ReportKind.OUTDATED, "", now);

        assertThatThrownBy(() -> reports.add(future)).isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("reader_report_revision_exists");
        assertThatThrownBy(() -> reports.add(unknownGuide)).isInstanceOf(DataIntegrityViolationException.class);
        assertThat(reports.count()).isZero();
    }

    @Test
    void a_step_without_its_way_is_rejected_by_the_domain_and_by_the_table() {
        assertThatThrownBy(() -> new ReaderReport(guide.id(), 1, null, 2, ReportKind.OUTDATED, "", now))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("both the way and the step");

        assertThatThrownBy(() -> jdbc.sql("""
                insert into reader_report (guide_id, revision, step, kind) values (:id, 1, 2, 'OUTDATED')
                """).param("id", guide.id().value()).update())
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("reader_report_way_and_step");
    }

    @Test
    void comments_up_to_the_limit_are_kept_and_longer_ones_refused() {
        String longest = "注".repeat(ReaderReport.COMMENT_MAX_LENGTH);
        reports.add(new ReaderReport(guide.id(), 1, WayKind.STORE_VISIT, 1, ReportKind.OUTDATED, longest, now));
        assertThat(reports.forGuide(guide.id()).getFirst().comment()).isEqualTo(longest);

        assertThatThrownBy(() -> new ReaderReport(guide.id(), 1, null, null, ReportKind.OUTDATED, longest + "x", now))
                .hasMessageContaining("at most " + ReaderReport.COMMENT_MAX_LENGTH);
        assertThatThrownBy(() -> jdbc.sql("""
                insert into reader_report (guide_id, revision, kind, comment) values (:id, 1, 'OUTDATED', :comment)
                """).param("id", guide.id().value()).param("comment", longest + "x").update())
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void reports_are_tallied_per_revision_step_and_kind_for_the_inbox() {
        Guide second = guides.save(guide.edit(TestGuides.withSteps(2)), "ben", "two steps");
        reports.add(new ReaderReport(guide.id(), 1, WayKind.HOTLINE, 1, ReportKind.DID_NOT_WORK, "", now));
        reports.add(new ReaderReport(guide.id(), 1, WayKind.HOTLINE, 1, ReportKind.DID_NOT_WORK, "",
                now.plusSeconds(5)));
        reports.add(new ReaderReport(guide.id(), 1, WayKind.HOTLINE, 1, ReportKind.OUTDATED, "", now));
        reports.add(new ReaderReport(guide.id(), 1, null, null, ReportKind.NOT_HELPFUL, "", now));
        reports.add(new ReaderReport(second.id(), 2, WayKind.STORE_VISIT, 2, ReportKind.OUTDATED, "", now));

        assertThat(reports.tally(guide.id())).containsExactly(
                new ReportTally(2, WayKind.STORE_VISIT, 2, ReportKind.OUTDATED, 1, now),
                new ReportTally(1, null, null, ReportKind.NOT_HELPFUL, 1, now),
                new ReportTally(1, WayKind.HOTLINE, 1, ReportKind.DID_NOT_WORK, 2, now.plusSeconds(5)),
                new ReportTally(1, WayKind.HOTLINE, 1, ReportKind.OUTDATED, 1, now));
    }
}
