package dev.waymark.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.waymark.guide.GuideId;
import dev.waymark.guide.GuideStatus;
import dev.waymark.guide.Language;
import dev.waymark.guide.LocalizedText;
import dev.waymark.guide.Slug;
import dev.waymark.guide.WayKind;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The values of the editors' inbox and of closing reports check themselves. */
class InboxRecordsTest {

    private final GuideId guide = GuideId.random();
    private final Instant now = Instant.now();

    @Test
    void a_subject_is_a_step_with_its_way_or_the_whole_revision() {
        assertThat(new ReportSubject(guide, 4, WayKind.STORE_VISIT, 3).describe())
                .isEqualTo("store-visit step 3 of revision 4");
        assertThat(ReportSubject.wholeGuide(guide, 2).describe()).isEqualTo("the whole guide of revision 2");
        assertThat(ReportSubject.wholeGuide(guide, 2).isWholeGuide()).isTrue();
        assertThatThrownBy(() -> new ReportSubject(guide, 1, WayKind.HOTLINE, null))
                .hasMessageContaining("both the way and the step");
        assertThatThrownBy(() -> new ReportSubject(guide, 0, null, null)).hasMessageContaining("revision");
        assertThatThrownBy(() -> new ReportSubject(guide, 1, WayKind.HOTLINE, 0)).hasMessageContaining("from 1");
    }

    @Test
    void closing_needs_who_and_a_note_of_limited_length() {
        assertThat(new ReportClosing(" ben ", " fixed the number ", now).note()).isEqualTo("fixed the number");
        assertThatThrownBy(() -> new ReportClosing("ben", "  ", now)).hasMessageContaining("note must not be blank");
        assertThatThrownBy(() -> new ReportClosing("ben", null, now)).hasMessageContaining("note must not be blank");
        assertThatThrownBy(() -> new ReportClosing("ben", "x".repeat(ReaderReport.CLOSE_NOTE_MAX_LENGTH + 1), now))
                .hasMessageContaining("at most " + ReaderReport.CLOSE_NOTE_MAX_LENGTH);
        assertThatThrownBy(() -> new ReportClosing("", "note", now)).hasMessageContaining("who closes");
        assertThatThrownBy(() -> new ReportId(0)).hasMessageContaining("start at 1");
    }

    @Test
    void a_step_group_counts_its_kinds_in_their_order_and_shows_few_comments() {
        Map<ReportKind, Long> counts = new LinkedHashMap<>();
        counts.put(ReportKind.OUTDATED, 1L);
        counts.put(ReportKind.DID_NOT_WORK, 3L);
        ReportSubject subject = new ReportSubject(guide, 4, WayKind.STORE_VISIT, 3);

        StepReports step = new StepReports(subject, counts, List.of(), new ReportId(9), now);

        assertThat(step.counts().keySet()).containsExactly(ReportKind.DID_NOT_WORK, ReportKind.OUTDATED);
        assertThat(step.total()).isEqualTo(4);
        assertThatThrownBy(() -> new StepReports(subject, Map.of(), List.of(), new ReportId(9), now))
                .hasMessageContaining("at least one");
        assertThatThrownBy(() -> new StepReports(subject, Map.of(ReportKind.OUTDATED, 0L), List.of(),
                new ReportId(9), now)).hasMessageContaining("at least 1");
        OpenReport comment = new OpenReport(new ReportId(1), ReportKind.OUTDATED, "old", now);
        assertThatThrownBy(() -> new StepReports(subject, counts,
                java.util.Collections.nCopies(StepReports.COMMENTS_SHOWN + 1, comment), new ReportId(9), now))
                .hasMessageContaining("at most");
    }

    @Test
    void a_guide_group_holds_only_its_own_steps() {
        StepReports other = new StepReports(ReportSubject.wholeGuide(GuideId.random(), 1),
                Map.of(ReportKind.HELPFUL, 1L), List.of(), new ReportId(1), now);
        StepReports own = new StepReports(ReportSubject.wholeGuide(guide, 1), Map.of(ReportKind.HELPFUL, 2L),
                List.of(), new ReportId(2), now);
        LocalizedText title = LocalizedText.of("塞尔维亚", "Serbia");

        assertThatThrownBy(() -> new GuideReports(guide, new Slug("serbia"), title, Language.ZH_CN, GuideStatus.PUBLISHED, List.of(other), now))
                .hasMessageContaining("listed under guide");
        GuideReports reports = new GuideReports(guide, new Slug("serbia"), title, Language.ZH_CN, GuideStatus.PUBLISHED, List.of(own), now);
        assertThat(reports.title(Language.EN)).isEqualTo("Serbia");
        assertThat(reports.total()).isEqualTo(2);
    }
}
