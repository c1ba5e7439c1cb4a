package dev.waymark.report.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.shared.Registration;
import dev.waymark.base.ui.Texts;
import dev.waymark.guide.Language;
import dev.waymark.report.ReportKind;
import java.util.List;

/**
 * At the end of a guide: "Was this guide helpful?" Yes / No, then an optional comment, then thanks.
 * Fires {@link FeedbackEvent} on send.
 */
public class GuideFeedback extends ReportPrompt {

    public GuideFeedback(Language language) {
        super(language, Texts.get(language, "feedback.question"), List.of(
                        new Choice(ReportKind.HELPFUL, Texts.get(language, "feedback.yes"),
                                Texts.get(language, "feedback.yes.label")),
                        new Choice(ReportKind.NOT_HELPFUL, Texts.get(language, "feedback.no"),
                                Texts.get(language, "feedback.no.label"))),
                Texts.get(language, "feedback.comment"), Texts.get(language, "feedback.thanks"));
        addClassName("wm-feedback");
        setId("guide-feedback");
    }

    public Registration addFeedbackListener(ComponentEventListener<FeedbackEvent> listener) {
        return addListener(FeedbackEvent.class, listener);
    }

    @Override
    protected void fireSend(ReportKind kind, String comment) {
        fireEvent(new FeedbackEvent(this, kind, comment));
    }

    /** The reader said whether the guide helped: {@link ReportKind#HELPFUL} or {@link ReportKind#NOT_HELPFUL}. */
    public static class FeedbackEvent extends ComponentEvent<GuideFeedback> {

        private final ReportKind kind;
        private final String comment;

        FeedbackEvent(GuideFeedback source, ReportKind kind, String comment) {
            super(source, true);
            this.kind = kind;
            this.comment = comment;
        }

        public ReportKind kind() {
            return kind;
        }

        /** What the reader wrote, as typed; empty for none. */
        public String comment() {
            return comment;
        }
    }
}
