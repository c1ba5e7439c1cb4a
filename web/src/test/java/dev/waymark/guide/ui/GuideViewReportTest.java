package dev.waymark.guide.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.QueryParameters;
import dev.waymark.base.TestDatabaseInitializer;
import dev.waymark.guide.PublishedGuide;
import dev.waymark.guide.ReaderGuides;
import dev.waymark.guide.Slug;
import dev.waymark.guide.Step;
import dev.waymark.guide.WayKind;
import dev.waymark.report.ReaderReport;
import dev.waymark.report.ReaderReports;
import dev.waymark.report.ReportKind;
import dev.waymark.report.ui.GuideFeedback;
import dev.waymark.report.ui.StepReport;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/** A reader reports from the guide page; the report names the step as the published revision numbers it. */
@SpringBootTest
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
class GuideViewReportTest extends SpringBrowserlessTest {

    private static final String SERBIA = "serbia-cancel-mobile-service";

    @Autowired
    ReaderGuides guides;

    @Autowired
    ReaderReports reports;

    private PublishedGuide serbia() {
        return guides.find(new Slug(SERBIA)).orElseThrow();
    }

    private void open(String query) {
        UI.getCurrent().navigate("guides/" + SERBIA, QueryParameters.fromString(query));
    }

    private Button button(Component within, String className) {
        return find(Button.class, within).withClassName(className).single();
    }

    @Test
    void a_step_report_names_the_steps_position_in_the_whole_way_not_in_the_filtered_list() {
        // For Yettel the hotline shows the general first step, then Yettel's own: shown second, fourth in the way.
        open("lang=en&operator=rs-yettel&way=hotline");
        List<Step> hotline = serbia().content().ways().stream().filter(way -> way.kind() == WayKind.HOTLINE)
                .findFirst().orElseThrow().steps();
        assertThat(hotline.get(3).appliesTo().operators()).extracting(code -> code.value()).containsExactly("rs-yettel");
        ListItem shownSecond = find(ListItem.class).id("step-hotline-2");
        StepReport report = find(StepReport.class, shownSecond).single();
        assertThat(report.getId()).contains("report-hotline-4");
        String comment = "Yettel's line asked for a PIN " + System.nanoTime();

        test(button(report, "wm-report-did-not-work")).click();
        test(find(TextArea.class, report).single()).setValue(comment);
        test(button(report, "wm-report-send")).click();

        ReaderReport stored = reports.forGuide(serbia().id()).getFirst();
        assertThat(stored.comment()).isEqualTo(comment);
        assertThat(stored.kind()).isEqualTo(ReportKind.DID_NOT_WORK);
        assertThat(stored.revision()).isEqualTo(serbia().revision());
        assertThat(stored.way()).isEqualTo(WayKind.HOTLINE);
        assertThat(stored.step()).isEqualTo(4);
        assertThat(find(Div.class, report).withClassName("wm-report-thanks").single().getText()).startsWith("Thank you");
    }

    @Test
    void a_reader_says_the_guide_helped() {
        open("lang=zh-CN");
        GuideFeedback feedback = find(GuideFeedback.class).id("guide-feedback");
        String comment = "很清楚 " + System.nanoTime();

        test(button(feedback, "wm-report-helpful")).click();
        test(find(TextArea.class, feedback).single()).setValue(comment);
        test(button(feedback, "wm-report-send")).click();

        ReaderReport stored = reports.forGuide(serbia().id()).getFirst();
        assertThat(stored.comment()).isEqualTo(comment);
        assertThat(stored.kind()).isEqualTo(ReportKind.HELPFUL);
        assertThat(stored.way()).isNull();
        assertThat(stored.step()).isNull();
        assertThat(find(Div.class, feedback).withClassName("wm-report-thanks").single().getText()).startsWith("谢谢");
    }
}
