package dev.waymark.guide.ui.history;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.shared.Registration;
import dev.waymark.base.ui.Texts;
import dev.waymark.guide.Guide;
import dev.waymark.guide.GuideDiff;
import dev.waymark.guide.GuideMerge;
import dev.waymark.guide.GuideStatus;
import dev.waymark.guide.Language;
import dev.waymark.guide.OperatorCode;
import dev.waymark.operator.Operator;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Map;

/**
 * What an editor sees when their save was refused because someone else saved the guide first: who saved and
 * when, their changes and mine (each since the version I started from), and two ways on. "Apply my changes on
 * top of theirs" merges three ways ({@link GuideMerge}) and fires an {@link ApplyEvent} with the merged guide,
 * which carries their version, and the changes of mine that could not be applied. "Keep editing" closes the
 * dialog and fires a {@link KeepEditingEvent}; my content stays in the form. Holds no service.
 */
public class ConflictDialog extends Dialog {

    /** Fired with the merged guide (their version, my changes applied where they fit) and what must be redone. */
    public static class ApplyEvent extends ComponentEvent<ConflictDialog> {

        private final Guide merged;
        private final List<GuideMerge.Conflict> conflicts;

        public ApplyEvent(ConflictDialog source, Guide merged, List<GuideMerge.Conflict> conflicts) {
            super(source, false);
            this.merged = merged;
            this.conflicts = List.copyOf(conflicts);
        }

        /** Theirs with my changes: load it into the form; saving it saves over their version. */
        public Guide merged() {
            return merged;
        }

        /** My changes that were not applied, to reapply by hand; empty when all were. */
        public List<GuideMerge.Conflict> conflicts() {
            return conflicts;
        }
    }

    /** Fired when the editor closes the dialog to go on editing their own content. */
    public static class KeepEditingEvent extends ComponentEvent<ConflictDialog> {

        public KeepEditingEvent(ConflictDialog source) {
            super(source, false);
        }
    }

    private final Guide base;
    private final Guide mine;
    private final Guide theirs;

    /**
     * @param base the guide as the editor loaded it
     * @param mine the editor's unsaved guide (the base with the form's slug and content)
     * @param theirs the guide as stored now
     * @param theirAuthor who saved theirs
     * @param theirTime when
     * @param operators operators by code, to name them in the changes
     */
    public ConflictDialog(Language language, Guide base, Guide mine, Guide theirs, String theirAuthor,
                          Instant theirTime, Map<OperatorCode, Operator> operators) {
        this.base = base;
        this.mine = mine;
        this.theirs = theirs;
        setId("conflict-dialog");
        setHeaderTitle(Texts.get(language, "conflict.title"));
        setWidth("min(60rem, 100%)");
        ChangeTexts texts = new ChangeTexts(language, operators);
        String when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(language.locale())
                .withZone(ZoneId.systemDefault()).format(theirTime);
        Paragraph who = new Paragraph(Texts.get(language, "conflict.text", theirAuthor, when));
        who.setId("conflict-who");

        ChangeList theirChanges = changes("their-changes", language);
        theirChanges.show(lines(texts, base, theirs));
        ChangeList myChanges = changes("your-changes", language);
        myChanges.show(lines(texts, base, mine));
        add(who, new H3(Texts.get(language, "conflict.theirs")), theirChanges,
                new H3(Texts.get(language, "conflict.yours")), myChanges);

        Button keepEditing = new Button(Texts.get(language, "conflict.keepEditing"), event -> {
            close();
            fireEvent(new KeepEditingEvent(this));
        });
        keepEditing.setId("keep-editing");
        Button apply = new Button(Texts.get(language, "conflict.apply"), event -> apply());
        apply.setId("apply-mine");
        apply.addThemeVariants(ButtonVariant.PRIMARY);
        if (theirs.status() == GuideStatus.ARCHIVED) {
            apply.setEnabled(false);
            Paragraph archived = new Paragraph(Texts.get(language, "conflict.archived"));
            archived.setId("conflict-archived");
            add(archived);
        }
        getFooter().add(keepEditing, apply);
    }

    private void apply() {
        GuideMerge.Result result = GuideMerge.merge(base, mine, theirs);
        close();
        fireEvent(new ApplyEvent(this, result.guide(), result.conflicts()));
    }

    private static ChangeList changes(String id, Language language) {
        return new ChangeList(id, Texts.get(language, "history.before"), Texts.get(language, "history.after"),
                Texts.get(language, "conflict.none"));
    }

    private static List<ChangeTexts.Line> lines(ChangeTexts texts, Guide from, Guide to) {
        return GuideDiff.compare(from.slug(), from.content(), to.slug(), to.content()).stream().map(texts::line)
                .toList();
    }

    public Registration addApplyListener(ComponentEventListener<ApplyEvent> listener) {
        return addListener(ApplyEvent.class, listener);
    }

    public Registration addKeepEditingListener(ComponentEventListener<KeepEditingEvent> listener) {
        return addListener(KeepEditingEvent.class, listener);
    }
}
