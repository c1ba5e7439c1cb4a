package dev.waymark.report.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.BrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import dev.waymark.guide.Language;
import dev.waymark.report.ReaderReport;
import dev.waymark.report.ReportKind;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The step report on its own: no Spring, no service; it only fires events. */
@ViewPackages(classes = EmptyView.class)
class StepReportTest extends BrowserlessTest {

    private final List<StepReport.ReportEvent> sent = new ArrayList<>();

    private StepReport shown(Language language) {
        StepReport report = new StepReport(language);
        report.addReportListener(sent::add);
        UI.getCurrent().add(report);
        return report;
    }

    private Button button(StepReport report, String className) {
        return find(Button.class, report).withClassName(className).single();
    }

    private TextArea comment(StepReport report) {
        return find(TextArea.class, report).single();
    }

    /** Whether the reader sees the comment form (queries find visible components only). */
    private boolean formShown(StepReport report) {
        return find(TextArea.class, report).exists();
    }

    private String thanks(StepReport report) {
        return find(Div.class, report).withClassName("wm-report-thanks").single().getText();
    }

    @Test
    void choosing_what_went_wrong_opens_an_optional_comment_and_sending_fires_the_report() {
        StepReport report = shown(Language.EN);
        Button didNotWork = button(report, "wm-report-did-not-work");
        assertThat(didNotWork.getText()).isEqualTo("This didn't work");
        assertThat(button(report, "wm-report-outdated").getText()).isEqualTo("This is outdated");
        assertThat(formShown(report)).as("the comment waits for a choice").isFalse();

        test(didNotWork).click();

        assertThat(find(Button.class, report).withClassName("wm-report-did-not-work").exists()).isFalse();
        assertThat(formShown(report)).isTrue();
        assertThat(comment(report).getMaxLength()).isEqualTo(ReaderReport.COMMENT_MAX_LENGTH);
        assertThat(report.chosen()).isEqualTo(ReportKind.DID_NOT_WORK);
        test(comment(report)).setValue("The number is not answered");
        test(button(report, "wm-report-send")).click();

        assertThat(sent).singleElement().satisfies(event -> {
            assertThat(event.kind()).isEqualTo(ReportKind.DID_NOT_WORK);
            assertThat(event.comment()).isEqualTo("The number is not answered");
            assertThat(event.getSource()).isSameAs(report);
        });
        assertThat(thanks(report)).startsWith("Thank you");
        assertThat(formShown(report)).isFalse();
    }

    @Test
    void the_comment_is_optional() {
        StepReport report = shown(Language.EN);

        test(button(report, "wm-report-outdated")).click();
        test(button(report, "wm-report-send")).click();

        assertThat(sent).singleElement().satisfies(event -> {
            assertThat(event.kind()).isEqualTo(ReportKind.OUTDATED);
            assertThat(event.comment()).isEmpty();
        });
    }

    @Test
    void cancelling_sends_nothing_and_brings_back_the_choices() {
        StepReport report = shown(Language.EN);
        test(button(report, "wm-report-outdated")).click();
        test(comment(report)).setValue("half written");

        test(button(report, "wm-report-cancel")).click();

        assertThat(sent).isEmpty();
        assertThat(report.chosen()).isNull();
        assertThat(test(button(report, "wm-report-outdated")).isUsable()).isTrue();
        assertThat(formShown(report)).isFalse();
        assertThat(thanks(report)).isEmpty();
        test(button(report, "wm-report-did-not-work")).click();
        assertThat(comment(report).getValue()).as("a new report starts empty").isEmpty();
    }

    @Test
    void when_sending_failed_the_form_comes_back_with_what_the_reader_wrote() {
        StepReport report = shown(Language.EN);
        report.addReportListener(event -> event.getSource().reopen());
        test(button(report, "wm-report-did-not-work")).click();
        test(comment(report)).setValue("store was closed");

        test(button(report, "wm-report-send")).click();

        assertThat(formShown(report)).isTrue();
        assertThat(comment(report).getValue()).isEqualTo("store was closed");
        assertThat(thanks(report)).isEmpty();
    }

    @Test
    void speaks_chinese_and_labels_its_buttons_for_screen_readers() {
        StepReport report = shown(Language.ZH_CN);

        Button didNotWork = button(report, "wm-report-did-not-work");
        Button outdated = button(report, "wm-report-outdated");
        assertThat(didNotWork.getText()).isEqualTo("这一步不管用");
        assertThat(outdated.getText()).isEqualTo("这一步已过时");
        assertThat(didNotWork.getAriaLabel()).hasValueSatisfying(label -> assertThat(label).contains("这一步不管用"));
        assertThat(outdated.getAriaLabel()).isPresent();

        test(outdated).click();
        assertThat(comment(report).getLabel()).contains("可选");
        test(button(report, "wm-report-send")).click();
        assertThat(thanks(report)).startsWith("谢谢");
        assertThat(find(Div.class, report).withClassName("wm-report-thanks").single().getElement().getAttribute("role"))
                .isEqualTo("status");
    }
}
