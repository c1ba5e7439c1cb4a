package dev.waymark.report.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.shared.Registration;
import dev.waymark.base.ui.Texts;
import dev.waymark.guide.Language;
import dev.waymark.report.ReportKind;
import java.util.List;

/**
 * Under a step: "This didn't work" / "This is outdated", then an optional comment, then thanks. Fires
 * {@link ReportEvent} on send; the view knows which step it is and sends the report.
 */
public class StepReport extends ReportPrompt {

    public StepReport(Language language) {
        super(language, null, List.of(
                        new Choice(ReportKind.DID_NOT_WORK, Texts.get(language, "report.didNotWork"),
                                Texts.get(language, "report.didNotWork.label")),
                        new Choice(ReportKind.OUTDATED, Texts.get(language, "report.outdated"),
                                Texts.get(language, "report.outdated.label"))),
                Texts.get(language, "report.comment"), Texts.get(language, "report.thanks"));
        addClassName("wm-step-report");
    }

    public Registration addReportListener(ComponentEventListener<ReportEvent> listener) {
        return addListener(ReportEvent.class, listener);
    }

    @Override
    protected void fireSend(ReportKind kind, String comment) {
        fireEvent(new ReportEvent(this, kind, comment));
    }

    /** The reader sent a report about the step: {@link ReportKind#DID_NOT_WORK} or {@link ReportKind#OUTDATED}. */
    public static class ReportEvent extends ComponentEvent<StepReport> {

        private final ReportKind kind;
        private final String comment;

        ReportEvent(StepReport source, ReportKind kind, String comment) {
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
