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
import dev.waymark.operator.Operator;
import java.util.List;
import java.util.Map;

/**
 * A list of changes (or conflicts) as lines, each with the value before and after where there is one: the old
 * value struck through, the new one marked.
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
                entry.add(value("wm-change-note", "", line.note()));
            }
            if (!line.before().isEmpty()) {
                entry.add(value("wm-change-before", beforeLabel, line.before()));
            }
            if (!line.after().isEmpty()) {
                entry.add(value("wm-change-after", afterLabel, line.after()));
            }
            list.add(entry);
        }
        add(list);
    }

    private static Div value(String className, String label, String text) {
        Div value = new Div();
        value.addClassName(className);
        if (!label.isEmpty()) {
            Span name = new Span(label + ": ");
            name.addClassName("wm-change-label");
            value.add(name);
        }
        Span content = new Span(text);
        content.addClassName("wm-change-value");
        value.add(content);
        return value;
    }
}
