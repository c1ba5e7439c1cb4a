package dev.waymark.report.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.BrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import dev.waymark.guide.Language;
import dev.waymark.report.ReportKind;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** "Was this guide helpful?" on its own: no Spring, no service; it only fires events. */
@ViewPackages(classes = EmptyView.class)
class GuideFeedbackTest extends BrowserlessTest {

    private final List<GuideFeedback.FeedbackEvent> sent = new ArrayList<>();

    private GuideFeedback shown(Language language) {
        GuideFeedback feedback = new GuideFeedback(language);
        feedback.addFeedbackListener(sent::add);
        UI.getCurrent().add(feedback);
        return feedback;
    }

    private Button button(String className) {
        return find(Button.class).withClassName(className).single();
    }

    @Test
    void asks_whether_the_guide_helped_then_takes_an_optional_comment_then_thanks() {
        GuideFeedback feedback = shown(Language.EN);
        assertThat(find(GuideFeedback.class).id("guide-feedback")).isSameAs(feedback);
        assertThat(find(Span.class, feedback).withClassName("wm-report-question").single().getText())
                .isEqualTo("Was this guide helpful?");
        assertThat(button("wm-report-helpful").getText()).isEqualTo("Yes");
        assertThat(button("wm-report-helpful").getAriaLabel()).contains("Yes, this guide was helpful");
        assertThat(button("wm-report-not-helpful").getAriaLabel()).isPresent();

        test(button("wm-report-not-helpful")).click();
        test(find(TextArea.class, feedback).single()).setValue("The store had moved");
        test(button("wm-report-send")).click();

        assertThat(sent).singleElement().satisfies(event -> {
            assertThat(event.kind()).isEqualTo(ReportKind.NOT_HELPFUL);
            assertThat(event.comment()).isEqualTo("The store had moved");
        });
        assertThat(find(Div.class, feedback).withClassName("wm-report-thanks").single().getText())
                .isEqualTo("Thank you for your feedback.");
        assertThat(find(Button.class).withClassName("wm-report-helpful").exists()).as("one answer per page view").isFalse();
    }

    @Test
    void yes_needs_no_comment_and_speaks_chinese() {
        GuideFeedback feedback = shown(Language.ZH_CN);
        assertThat(find(Span.class, feedback).withClassName("wm-report-question").single().getText()).contains("有帮助");

        test(button("wm-report-helpful")).click();
        test(button("wm-report-send")).click();

        assertThat(sent).singleElement().satisfies(event -> {
            assertThat(event.kind()).isEqualTo(ReportKind.HELPFUL);
            assertThat(event.comment()).isEmpty();
        });
        assertThat(find(Div.class, feedback).withClassName("wm-report-thanks").single().getText()).startsWith("谢谢");
    }
}
