package dev.waymark.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.waymark.guide.GuideId;
import dev.waymark.guide.WayKind;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ReaderReportTest {

    @Test
    void a_step_report_names_the_way_and_the_step() {
        assertThatThrownBy(() -> new ReaderReport(GuideId.random(), 1, WayKind.HOTLINE, null, ReportKind.OUTDATED, "",
                Instant.now())).hasMessageContaining("both the way and the step");
        assertThat(new ReaderReport(GuideId.random(), 1, null, null, ReportKind.HELPFUL, null, Instant.now()).comment())
                .isEmpty();
    }

    @Test
    void comments_are_limited() {
        assertThatThrownBy(() -> new ReaderReport(GuideId.random(), 1, null, null, ReportKind.HELPFUL,
                "x".repeat(ReaderReport.COMMENT_MAX_LENGTH + 1), Instant.now())).hasMessageContaining("at most");
    }

    @Test
    void helpful_or_not_is_said_of_the_whole_guide() {
        assertThatThrownBy(() -> new ReaderReport(GuideId.random(), 1, WayKind.HOTLINE, 2, ReportKind.HELPFUL, "",
                Instant.now())).hasMessageContaining("whole guide");
        assertThat(new ReaderReport(GuideId.random(), 1, null, null, ReportKind.OUTDATED, "", Instant.now()).kind())
                .isEqualTo(ReportKind.OUTDATED);
        assertThat(new ReaderReport(GuideId.random(), 1, WayKind.HOTLINE, 2, ReportKind.DID_NOT_WORK, " no answer ",
                Instant.now()).comment()).isEqualTo("no answer");
    }
}
