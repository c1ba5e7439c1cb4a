package dev.waymark.guide.ui.history;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import dev.waymark.base.ui.Texts;
import dev.waymark.guide.GuideMerge;
import dev.waymark.guide.Language;
import dev.waymark.guide.OperatorCode;
import dev.waymark.guide.WordDiff;
import dev.waymark.operator.Operator;
import java.util.List;
import java.util.Map;

/**
 * A list of changes (or conflicts) as lines, each with the value before and after where there is one: the old
 * value struck through, the new one marked. Where a line has both, the words that changed are highlighted in
 * each ({@code wm-word-removed}, {@code wm-word-added}), so a changed digit in a long step stands out.
 */
public class ChangeList extends Div {

    private final String beforeLabel;
    private final String afterLabel;
    private final String emptyText;

    /**
     * @param beforeLabel what the values before are ("Before", "Theirs (kept)")
     * @param afterLabel what the values after are ("After", "Yours")
     * @param emptyText what to say when there is no change
     */
    public ChangeList(String id, String beforeLabel, String afterLabel, String emptyText) {
        this.beforeLabel = beforeLabel;
        this.afterLabel = afterLabel;
        this.emptyText = emptyText;
        setId(id);
        addClassName("wm-changes");
    }

    /**
     * The changes of mine a merge could not apply, each with why, what the merged guide holds and what I wrote:
     * for the editor to show after {@link ConflictDialog.ApplyEvent}.
     */
    public static ChangeList ofConflicts(String id, Language language, List<GuideMerge.Conflict> conflicts,
                                         Map<OperatorCode, Operator> operators) {
        ChangeList list = new ChangeList(id, Texts.get(language, "conflict.kept"), Texts.get(language, "conflict.mine"),
                Texts.get(language, "conflict.allApplied"));
        ChangeTexts texts = new ChangeTexts(language, operators);
        list.show(conflicts.stream().map(texts::line).toList());
        return list;
    }

    /** Shows these lines in place of any shown before. */
    public void show(List<ChangeTexts.Line> lines) {
        removeAll();
        if (lines.isEmpty()) {
            Paragraph none = new Paragraph(emptyText);
            none.addClassName("wm-changes-none");
            add(none);
            return;
        }
        UnorderedList list = new UnorderedList();
        for (ChangeTexts.Line line : lines) {
            ListItem entry = new ListItem();
            entry.addClassName("wm-change");
            Span what = new Span(line.text());
            what.addClassName("wm-change-what");
            entry.add(what);
            if (!line.note().isEmpty()) {
                entry.add(value("wm-change-note", "", line.note(), List.of(), WordDiff.Kind.SAME));
            }
            List<WordDiff.Segment> words = line.before().isEmpty() || line.after().isEmpty() ? List.of()
                    : WordDiff.between(line.before(), line.after());
            if (!line.before().isEmpty()) {
                entry.add(value("wm-change-before", beforeLabel, line.before(), words, WordDiff.Kind.ADDED));
            }
            if (!line.after().isEmpty()) {
                entry.add(value("wm-change-after", afterLabel, line.after(), words, WordDiff.Kind.REMOVED));
            }
            list.add(entry);
        }
        add(list);
    }

    /**
     * One side of a change: the whole text, or, with {@code words}, its runs with the changed ones highlighted
     * ({@code other} is the kind that belongs to the other side and is left out).
     */
    private static Div value(String className, String label, String text, List<WordDiff.Segment> words,
                             WordDiff.Kind other) {
        Div value = new Div();
        value.addClassName(className);
        if (!label.isEmpty()) {
            Span name = new Span(label + ": ");
            name.addClassName("wm-change-label");
            value.add(name);
        }
        Span content = new Span();
        content.addClassName("wm-change-value");
        if (words.isEmpty()) {
            content.setText(text);
        } else {
            content.addClassName("wm-change-words");
            for (WordDiff.Segment segment : words) {
                if (segment.kind() == other) {
                    continue;
                }
                Span run = new Span(segment.text());
                if (segment.kind() != WordDiff.Kind.SAME) {
                    run.addClassName(segment.kind() == WordDiff.Kind.ADDED ? "wm-word-added" : "wm-word-removed");
                }
                content.add(run);
            }
        }
        value.add(content);
        return value;
    }
}
