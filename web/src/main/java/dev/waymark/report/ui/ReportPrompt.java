package dev.waymark.report.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import dev.waymark.base.ui.Texts;
import dev.waymark.guide.Language;
import dev.waymark.report.ReaderReport;
import dev.waymark.report.ReportKind;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What {@link StepReport} and {@link GuideFeedback} share: the reader picks what to say, may add a
 * comment, sends, and is thanked. Holds no service: subclasses fire an event on send.
 *
 * <p>Classes tests can find: {@code wm-report-choice} (one per kind, plus {@code wm-report-<kind>}),
 * {@code wm-report-comment}, {@code wm-report-send}, {@code wm-report-cancel}, {@code wm-report-thanks}.
 */
public abstract class ReportPrompt extends Div {

    /** One thing the reader can say: its kind, the button's text and, where the text alone is unclear, an aria-label. */
    protected record Choice(ReportKind kind, String text, @Nullable String ariaLabel) {
    }

    private final Div choices = new Div();
    private final Div form = new Div();
    private final Span chosenText = new Span();
    private final TextArea comment = new TextArea();
    private final Div thanks = new Div();
    private final List<Button> choiceButtons = new ArrayList<>();
    private final String thanksText;
    private @Nullable ReportKind chosen;

    protected ReportPrompt(Language language, @Nullable String question, List<Choice> options, String commentLabel,
                           String thanksText) {
        this.thanksText = thanksText;
        addClassName("wm-report");

        choices.addClassName("wm-report-choices");
        if (question != null) {
            Span asked = new Span(question);
            asked.addClassName("wm-report-question");
            choices.add(asked);
        }
        for (Choice option : options) {
            Button button = new Button(option.text(), event -> choose(option));
            button.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
            button.addClassNames("wm-report-choice", "wm-report-" + key(option.kind()));
            if (option.ariaLabel() != null) {
                button.setAriaLabel(option.ariaLabel());
            }
            choiceButtons.add(button);
            choices.add(button);
        }

        chosenText.addClassName("wm-report-chosen");
        comment.addClassName("wm-report-comment");
        comment.setLabel(commentLabel);
        comment.setHelperText(Texts.get(language, "report.comment.privacy"));
        comment.setMaxLength(ReaderReport.COMMENT_MAX_LENGTH);
        Button send = new Button(Texts.get(language, "report.send"), event -> send());
        send.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.SMALL);
        send.addClassName("wm-report-send");
        Button cancel = new Button(Texts.get(language, "report.cancel"), event -> cancel());
        cancel.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
        cancel.addClassName("wm-report-cancel");
        Div actions = new Div(send, cancel);
        actions.addClassName("wm-report-actions");
        form.addClassName("wm-report-form");
        form.add(chosenText, comment, actions);
        form.setVisible(false);

        // Present (and empty) from the start, so screen readers announce the thanks when it appears.
        thanks.addClassName("wm-report-thanks");
        thanks.getElement().setAttribute("role", "status");
        thanks.getElement().setAttribute("tabindex", "-1");

        add(choices, form, thanks);
    }

    /** Fires the subclass's event for what the reader chose and wrote. */
    protected abstract void fireSend(ReportKind kind, String comment);

    /** What the reader chose, while the comment form is open or after sending; null otherwise. */
    public @Nullable ReportKind chosen() {
        return chosen;
    }

    /**
     * Opens the form again with the reader's choice and comment, for when sending failed, so nothing
     * they wrote is lost.
     */
    public void reopen() {
        if (chosen == null) {
            return;
        }
        thanks.setText("");
        choices.setVisible(false);
        form.setVisible(true);
        comment.focus();
    }

    private void choose(Choice option) {
        chosen = option.kind();
        chosenText.setText(option.text());
        thanks.setText("");
        choices.setVisible(false);
        form.setVisible(true);
        comment.focus();
    }

    private void send() {
        ReportKind kind = chosen;
        if (kind == null) {
            return;
        }
        form.setVisible(false);
        thanks.setText(thanksText);
        thanks.getElement().callJsFunction("focus");
        fireSend(kind, comment.getValue());
    }

    private void cancel() {
        chosen = null;
        comment.clear();
        form.setVisible(false);
        choices.setVisible(true);
        choiceButtons.getFirst().focus();
    }

    private static String key(ReportKind kind) {
        return kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
