package dev.waymark.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.waymark.base.TestDatabase;
import dev.waymark.guide.Guide;
import dev.waymark.guide.GuideId;
import dev.waymark.guide.GuideStatus;
import dev.waymark.guide.JdbcGuides;
import dev.waymark.guide.Language;
import dev.waymark.guide.TestGuides;
import dev.waymark.guide.WayKind;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
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

    private ReaderReport report(Guide about, int revision, WayKind way, Integer step, ReportKind kind, String comment,
                                int secondsLater) {
        return new ReaderReport(about.id(), revision, way, step, kind, comment, now.plusSeconds(secondsLater));
    }

    private ReportId idOf(String comment) {
        return new ReportId(jdbc.sql("select id from reader_report where comment = :comment")
                .param("comment", comment).query(Long.class).single());
    }

    private ReportClosing closing(String note) {
        return new ReportClosing("ben", note, now.plusSeconds(60));
    }

    @Test
    void open_reports_are_grouped_by_guide_then_by_revision_and_step_with_counts_and_the_newest_comments() {
        Guide second = guides.save(guide.edit(TestGuides.withSteps(3)), "ben", "three steps");
        reports.add(report(guide, 1, WayKind.HOTLINE, 1, ReportKind.DID_NOT_WORK, "busy", 1));
        reports.add(report(guide, 1, WayKind.HOTLINE, 1, ReportKind.DID_NOT_WORK, "", 2));
        reports.add(report(guide, 1, WayKind.HOTLINE, 1, ReportKind.OUTDATED, "new number", 3));
        reports.add(report(guide, 1, null, null, ReportKind.HELPFUL, "thanks", 4));
        reports.add(report(second, 2, WayKind.STORE_VISIT, 3, ReportKind.OUTDATED, "", 5));

        List<GuideReports> open = reports.open(10);

        assertThat(open).hasSize(1);
        GuideReports serbia = open.getFirst();
        assertThat(serbia.slug()).isEqualTo(guide.slug());
        assertThat(serbia.title(Language.EN)).isEqualTo(second.content().title()
                .resolve(Language.EN, second.content().sourceLanguage()));
        assertThat(serbia.status()).as("edited after publishing").isEqualTo(GuideStatus.DRAFT);
        assertThat(serbia.latest()).isEqualTo(now.plusSeconds(5));
        assertThat(serbia.total()).isEqualTo(5);
        assertThat(serbia.steps()).extracting(StepReports::subject).containsExactly(
                new ReportSubject(guide.id(), 2, WayKind.STORE_VISIT, 3),
                ReportSubject.wholeGuide(guide.id(), 1),
                new ReportSubject(guide.id(), 1, WayKind.HOTLINE, 1));

        StepReports hotline = serbia.steps().get(2);
        assertThat(hotline.counts()).containsExactly(Map.entry(ReportKind.DID_NOT_WORK, 2L),
                Map.entry(ReportKind.OUTDATED, 1L));
        assertThat(hotline.latestComments()).extracting(OpenReport::comment, OpenReport::kind).containsExactly(
                tuple("new number", ReportKind.OUTDATED),
                tuple("busy", ReportKind.DID_NOT_WORK));
        assertThat(hotline.latestComments().getFirst().id()).isEqualTo(idOf("new number"));
        assertThat(hotline.lastId()).isEqualTo(idOf("new number"));
        assertThat(hotline.latest()).isEqualTo(now.plusSeconds(3));
        assertThat(serbia.steps().get(0).latestComments()).isEmpty();
        assertThat(serbia.steps().get(1).counts()).containsExactly(Map.entry(ReportKind.HELPFUL, 1L));
        assertThat(serbia.steps().get(1).latestComments()).extracting(OpenReport::comment).containsExactly("thanks");
    }

    @Test
    void the_inbox_lists_the_guides_with_the_newest_reports_first_and_at_most_as_many_as_asked() {
        Guide other = guides.save(guides.save(TestGuides.draft("russia"), "ana", "first").publish(), "ana", "publish");
        reports.add(report(guide, 1, null, null, ReportKind.OUTDATED, "", 1));
        reports.add(report(other, 1, null, null, ReportKind.OUTDATED, "", 2));

        assertThat(reports.open(10)).extracting(GuideReports::slug).containsExactly(other.slug(), guide.slug());
        assertThat(reports.open(1)).extracting(GuideReports::slug, GuideReports::status)
                .containsExactly(tuple(other.slug(), GuideStatus.PUBLISHED));
        assertThat(reports.open(0)).isEmpty();
    }

    @Test
    void only_the_newest_comments_of_a_step_are_listed() {
        for (int i = 1; i <= StepReports.COMMENTS_SHOWN + 2; i++) {
            reports.add(report(guide, 1, WayKind.HOTLINE, 2, ReportKind.DID_NOT_WORK, "comment " + i, i));
        }

        StepReports step = reports.open(10).getFirst().steps().getFirst();

        assertThat(step.total()).isEqualTo(StepReports.COMMENTS_SHOWN + 2);
        assertThat(step.latestComments()).hasSize(StepReports.COMMENTS_SHOWN);
        assertThat(step.latestComments().getFirst().comment()).isEqualTo("comment " + (StepReports.COMMENTS_SHOWN + 2));
    }

    @Test
    void a_closed_report_leaves_the_inbox_keeps_its_note_and_cannot_be_closed_again() {
        reports.add(report(guide, 1, WayKind.HOTLINE, 1, ReportKind.DID_NOT_WORK, "busy", 1));
        reports.add(report(guide, 1, WayKind.HOTLINE, 1, ReportKind.OUTDATED, "new number", 2));

        ReportSubject about = reports.close(idOf("busy"), closing("called them: the line works"));

        assertThat(about).isEqualTo(new ReportSubject(guide.id(), 1, WayKind.HOTLINE, 1));
        StepReports left = reports.open(10).getFirst().steps().getFirst();
        assertThat(left.counts()).containsExactly(Map.entry(ReportKind.OUTDATED, 1L));
        assertThat(left.latestComments()).extracting(OpenReport::comment).containsExactly("new number");
        assertThat(jdbc.sql("select closed_by || ': ' || close_note from reader_report where comment = 'busy'")
                .query(String.class).single()).isEqualTo("ben: called them: the line works");

        assertThatThrownBy(() -> reports.close(idOf("busy"), new ReportClosing("cleo", "again", now)))
                .isInstanceOf(ReportClosedException.class)
                .hasMessageContaining("closed already by ben");
        assertThat(jdbc.sql("select closed_by from reader_report where comment = 'busy'").query(String.class).single())
                .as("the first note stays").isEqualTo("ben");
        assertThatThrownBy(() -> reports.close(new ReportId(Long.MAX_VALUE), closing("none")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("there is no report");
    }

    @Test
    void closing_a_step_closes_what_the_editor_saw_and_leaves_later_reports_open() {
        reports.add(report(guide, 1, WayKind.HOTLINE, 1, ReportKind.DID_NOT_WORK, "first", 1));
        reports.add(report(guide, 1, WayKind.HOTLINE, 1, ReportKind.OUTDATED, "second", 2));
        reports.add(report(guide, 1, WayKind.HOTLINE, 2, ReportKind.OUTDATED, "other step", 3));
        reports.add(report(guide, 1, null, null, ReportKind.NOT_HELPFUL, "whole guide", 4));
        ReportSubject hotline1 = new ReportSubject(guide.id(), 1, WayKind.HOTLINE, 1);
        ReportId seen = reports.open(10).getFirst().steps().stream().filter(s -> s.subject().equals(hotline1))
                .findFirst().orElseThrow().lastId();
        reports.add(report(guide, 1, WayKind.HOTLINE, 1, ReportKind.DID_NOT_WORK, "came later", 5));

        assertThat(reports.close(hotline1, seen, closing("number updated"))).isEqualTo(2);

        List<StepReports> left = reports.open(10).getFirst().steps();
        assertThat(left).extracting(StepReports::subject).containsExactly(ReportSubject.wholeGuide(guide.id(), 1),
                hotline1, new ReportSubject(guide.id(), 1, WayKind.HOTLINE, 2));
        assertThat(left.get(1).latestComments()).extracting(OpenReport::comment).containsExactly("came later");

        assertThatThrownBy(() -> reports.close(hotline1, seen, closing("again")))
                .isInstanceOf(ReportClosedException.class).hasMessageContaining("closed already");
        assertThat(reports.close(ReportSubject.wholeGuide(guide.id(), 1), idOf("whole guide"), closing("noted")))
                .isEqualTo(1);
        assertThatThrownBy(() -> reports.close(new ReportSubject(guide.id(), 1, WayKind.STORE_VISIT, 9), seen,
                closing("nothing"))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("there are no");
    }

    @Test
    void a_close_note_is_required_and_limited_by_the_domain_and_by_the_table() {
        reports.add(report(guide, 1, null, null, ReportKind.OUTDATED, "old", 1));
        String longest = "注".repeat(ReaderReport.CLOSE_NOTE_MAX_LENGTH);

        assertThatThrownBy(() -> closing(" ")).hasMessageContaining("note must not be blank");
        assertThatThrownBy(() -> closing(longest + "x")).hasMessageContaining("at most " + ReaderReport.CLOSE_NOTE_MAX_LENGTH);
        assertThatThrownBy(() -> jdbc.sql("update reader_report set closed_at = now(), closed_by = 'ben'").update())
                .isInstanceOf(DataIntegrityViolationException.class).hasMessageContaining("reader_report_closed_together");
        assertThatThrownBy(() -> jdbc.sql("""
                update reader_report set closed_at = now(), closed_by = 'ben', close_note = :note
                """).param("note", longest + "x").update()).isInstanceOf(DataIntegrityViolationException.class);

        reports.close(idOf("old"), closing(longest));
        assertThat(jdbc.sql("select close_note from reader_report").query(String.class).single()).isEqualTo(longest);
        assertThat(reports.open(10)).isEmpty();
    }
}
