package dev.waymark.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.waymark.audit.AuditEvent;
import dev.waymark.audit.AuditFilter;
import dev.waymark.audit.AuditLog;
import dev.waymark.base.TestCaller;
import dev.waymark.base.TestDatabaseInitializer;
import dev.waymark.guide.Guide;
import dev.waymark.guide.GuideStatus;
import dev.waymark.guide.Guides;
import dev.waymark.guide.Language;
import dev.waymark.guide.WayKind;
import dev.waymark.report.OpenReport;
import dev.waymark.report.ReaderReport;
import dev.waymark.report.ReaderReports;
import dev.waymark.report.ReportClosedException;
import dev.waymark.report.ReportId;
import dev.waymark.report.ReportKind;
import dev.waymark.report.ReportSubject;
import dev.waymark.report.StepReports;
import dev.waymark.search.SearchMiss;
import dev.waymark.search.SearchService;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ContextConfiguration;

/** The inbox's rules: what is due, how reports are grouped and closed, the audit record closing leaves. */
@SpringBootTest
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
class InboxServiceTest {

    @Autowired
    InboxService inbox;

    @Autowired
    SearchService search;

    @Autowired
    Guides guides;

    @Autowired
    ReaderReports reports;

    @Autowired
    AuditLog audit;

    private InboxFixtures fixtures;
    private final String editor = "inbox-" + UUID.randomUUID().toString().substring(0, 8);
    private final LocalDate today = LocalDate.now();

    @BeforeEach
    void setUp() {
        fixtures = new InboxFixtures(guides, reports);
        signIn();
    }

    private void signIn() {
        TestCaller.EDITOR.signIn(editor);
    }

    @AfterEach
    void cleanUp() {
        SecurityContextHolder.clearContext();
        fixtures.archiveAll();
    }

    private List<AuditEvent> audited(Guide guide) {
        return audit.find(new AuditFilter(null, "report", guide.slug().value(), null, null), 0, 10);
    }

    @Test
    void guides_due_today_or_overdue_are_listed_most_overdue_first_without_archived_or_later_ones() {
        Guide dueToday = fixtures.guide("due-today", GuideStatus.DRAFT, today);
        Guide overdue = fixtures.guide("overdue", GuideStatus.PUBLISHED, today.minusDays(10));
        Guide inReview = fixtures.guide("in-review", GuideStatus.IN_REVIEW, today.minusDays(1));
        Guide later = fixtures.guide("later", GuideStatus.PUBLISHED, today.plusDays(3));
        Guide archived = fixtures.guide("archived", GuideStatus.ARCHIVED, today.minusDays(30));
        Guide unscheduled = fixtures.guide("unscheduled", GuideStatus.PUBLISHED, null);
        List<Guide> mine = List.of(dueToday, overdue, inReview, later, archived, unscheduled);

        List<DueGuide> due = inbox.due(InboxService.MAX_LIMIT).stream()
                .filter(guide -> mine.stream().anyMatch(made -> made.id().equals(guide.guide().id())))
                .toList();

        assertThat(due).extracting(guide -> guide.guide().slug(), DueGuide::daysOverdue, DueGuide::overdue)
                .containsExactly(tuple(overdue.slug(), 10L, true), tuple(inReview.slug(), 1L, true),
                        tuple(dueToday.slug(), 0L, false));
    }

    @Test
    void reports_are_grouped_by_guide_and_step_with_the_revision_they_refer_to() {
        Guide guide = fixtures.published("grouped");
        fixtures.report(guide, WayKind.STORE_VISIT, 2, ReportKind.DID_NOT_WORK, "store closed");
        fixtures.report(guide, WayKind.STORE_VISIT, 2, ReportKind.DID_NOT_WORK, "");
        fixtures.report(guide, WayKind.STORE_VISIT, 2, ReportKind.OUTDATED, "");
        fixtures.report(guide, null, null, ReportKind.HELPFUL, "thanks");

        var open = inbox.openReports(InboxService.MAX_LIMIT).stream()
                .filter(reports -> reports.guideId().equals(guide.id())).findFirst().orElseThrow();

        assertThat(open.title(Language.EN)).isEqualTo("Cancel a SIM in Serbia");
        assertThat(open.steps()).extracting(StepReports::subject).containsExactly(
                ReportSubject.wholeGuide(guide.id(), 1), new ReportSubject(guide.id(), 1, WayKind.STORE_VISIT, 2));
        StepReports store = open.steps().get(1);
        assertThat(store.counts()).containsEntry(ReportKind.DID_NOT_WORK, 2L).containsEntry(ReportKind.OUTDATED, 1L);
        assertThat(store.latestComments()).extracting(OpenReport::comment).containsExactly("store closed");
    }

    @Test
    void closing_a_report_with_a_note_takes_it_out_of_the_inbox_and_is_audited() {
        Guide guide = fixtures.published("close-one");
        fixtures.report(guide, WayKind.HOTLINE, 1, ReportKind.DID_NOT_WORK, "nobody answers");
        fixtures.report(guide, WayKind.HOTLINE, 1, ReportKind.OUTDATED, "new number");
        ReportId nobodyAnswers = fixtures.openStep(guide, WayKind.HOTLINE, 1).latestComments().get(1).id();

        ReportSubject about = inbox.closeReport(nobodyAnswers, "  Called at 10:00: the line works.  ");

        assertThat(about).isEqualTo(new ReportSubject(guide.id(), 1, WayKind.HOTLINE, 1));
        assertThat(fixtures.openStep(guide, WayKind.HOTLINE, 1).latestComments()).extracting(OpenReport::comment)
                .containsExactly("new number");
        assertThat(audited(guide)).singleElement().satisfies(event -> {
            assertThat(event.actor()).isEqualTo(editor);
            assertThat(event.action()).isEqualTo(ReviewActions.REPORT_CLOSE);
            assertThat(event.detail()).isEqualTo("report " + nobodyAnswers
                    + " about hotline step 1 of revision 1: Called at 10:00: the line works.");
        });
    }

    @Test
    void closing_a_step_closes_what_the_editor_saw_and_audits_how_many() {
        Guide guide = fixtures.published("close-step");
        fixtures.report(guide, WayKind.HOTLINE, 2, ReportKind.DID_NOT_WORK, "");
        fixtures.report(guide, WayKind.HOTLINE, 2, ReportKind.OUTDATED, "");
        StepReports seen = fixtures.openStep(guide, WayKind.HOTLINE, 2);
        fixtures.report(guide, WayKind.HOTLINE, 2, ReportKind.OUTDATED, "came in after the editor looked");

        assertThat(inbox.closeReports(seen.subject(), seen.lastId(), "A1 changed its number; step updated")).isEqualTo(2);

        StepReports left = fixtures.openStep(guide, WayKind.HOTLINE, 2);
        assertThat(left.total()).isEqualTo(1);
        assertThat(left.latestComments()).extracting(OpenReport::comment)
                .containsExactly("came in after the editor looked");
        assertThat(audited(guide)).extracting(AuditEvent::detail)
                .containsExactly("2 reports about hotline step 2 of revision 1: A1 changed its number; step updated");
    }

    @Test
    void closing_what_is_closed_already_is_refused_and_audited_only_once() {
        Guide guide = fixtures.published("close-twice");
        fixtures.report(guide, null, null, ReportKind.NOT_HELPFUL, "too long");
        StepReports seen = fixtures.open(guide).orElseThrow().steps().getFirst();
        ReportId id = seen.latestComments().getFirst().id();
        inbox.closeReports(seen.subject(), seen.lastId(), "shortened the guide");

        assertThatThrownBy(() -> inbox.closeReports(seen.subject(), seen.lastId(), "again"))
                .isInstanceOf(ReportClosedException.class);
        assertThatThrownBy(() -> inbox.closeReport(id, "again")).isInstanceOf(ReportClosedException.class)
                .hasMessageContaining("closed already by " + editor);
        assertThat(audited(guide)).hasSize(1);
        assertThat(fixtures.open(guide)).isEmpty();
    }

    @Test
    void a_note_is_required_and_limited_and_a_refused_closing_changes_nothing() {
        Guide guide = fixtures.published("bad-note");
        fixtures.report(guide, WayKind.HOTLINE, 1, ReportKind.OUTDATED, "old");
        StepReports seen = fixtures.openStep(guide, WayKind.HOTLINE, 1);
        ReportId id = seen.latestComments().getFirst().id();

        assertThatThrownBy(() -> inbox.closeReport(id, " ")).hasMessageContaining("note must not be blank");
        assertThatThrownBy(() -> inbox.closeReport(id, null)).hasMessageContaining("note must not be blank");
        assertThatThrownBy(() -> inbox.closeReports(seen.subject(), seen.lastId(),
                "x".repeat(ReaderReport.CLOSE_NOTE_MAX_LENGTH + 1))).hasMessageContaining("at most");
        assertThatThrownBy(() -> inbox.closeReport(null, "note")).hasMessageContaining("report id is required");
        assertThatThrownBy(() -> inbox.closeReports(seen.subject(), null, "note"))
                .hasMessageContaining("last report seen is required");

        assertThat(fixtures.openStep(guide, WayKind.HOTLINE, 1).total()).isEqualTo(1);
        assertThat(audited(guide)).isEmpty();
    }

    @Test
    void a_long_note_is_kept_whole_with_the_reports_and_cut_to_size_in_the_audit() {
        Guide guide = fixtures.published("long-note");
        fixtures.report(guide, WayKind.HOTLINE, 3, ReportKind.OUTDATED, "");
        StepReports seen = fixtures.openStep(guide, WayKind.HOTLINE, 3);
        String longest = "注".repeat(ReaderReport.CLOSE_NOTE_MAX_LENGTH);

        inbox.closeReports(seen.subject(), seen.lastId(), longest);

        assertThat(audited(guide)).singleElement().satisfies(event -> {
            assertThat(event.detail()).hasSize(AuditEvent.DETAIL_MAX_LENGTH)
                    .startsWith("1 report about hotline step 3 of revision 1: 注").endsWith("…");
            assertThat(event.target()).isEqualTo(guide.slug().value());
        });
    }

    @Test
    void limits_outside_one_to_the_maximum_are_refused() {
        assertThatThrownBy(() -> inbox.due(0)).hasMessageContaining("limit must be 1 to " + InboxService.MAX_LIMIT);
        assertThatThrownBy(() -> inbox.openReports(InboxService.MAX_LIMIT + 1)).hasMessageContaining("limit");
        assertThatThrownBy(() -> inbox.misses(-1)).hasMessageContaining("limit");
    }

    @Test
    void searches_that_found_nothing_are_listed_for_editors_most_frequent_first() {
        String nothing = "zzq" + UUID.randomUUID().toString().substring(0, 8);
        SecurityContextHolder.clearContext();
        search.search(nothing, Language.EN);
        search.search(nothing, Language.EN);
        signIn();

        assertThat(inbox.misses(InboxService.MAX_LIMIT)).filteredOn(miss -> miss.text().equals(nothing))
                .singleElement().satisfies(miss -> {
                    assertThat(miss.count()).isEqualTo(2);
                    assertThat(miss.language()).isEqualTo(Language.EN);
                });
        assertThat(inbox.misses(InboxService.MAX_LIMIT)).extracting(SearchMiss::count).isSortedAccordingTo(
                java.util.Comparator.reverseOrder());
    }
}
