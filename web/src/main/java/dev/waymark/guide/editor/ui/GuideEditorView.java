package dev.waymark.guide.editor.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import dev.waymark.base.ui.AdminLayout;
import dev.waymark.base.DatabaseDown;
import dev.waymark.base.ui.DomainMessages;
import dev.waymark.base.ui.ReaderLanguage;
import dev.waymark.base.ui.Texts;
import dev.waymark.guide.EditorGuides;
import dev.waymark.guide.Guide;
import dev.waymark.guide.GuideContent;
import dev.waymark.guide.GuideId;
import dev.waymark.guide.GuideStatus;
import dev.waymark.guide.RevisionSummary;
import dev.waymark.guide.ui.history.ChangeList;
import dev.waymark.guide.ui.history.ConflictDialog;
import dev.waymark.guide.Language;
import dev.waymark.guide.OperatorCode;
import dev.waymark.guide.ReaderGuides;
import dev.waymark.picture.PictureService;
import dev.waymark.guide.Revision;
import dev.waymark.guide.Slug;
import dev.waymark.guide.SlugTakenException;
import dev.waymark.guide.StaleGuideException;
import dev.waymark.guide.Translations;
import dev.waymark.operator.Operator;
import jakarta.annotation.security.RolesAllowed;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataAccessException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.TransactionException;

/**
 * Edits one guide: every part of its content ({@link GuideForm}), saved as a new revision with an optional
 * message; and its lifecycle: submit for review, publish (a second person, unless an admin), archive. A save
 * that someone else's save has overtaken is refused and the form keeps the editor's content; leaving with
 * unsaved changes asks first, in the app and when closing the tab.
 */
@Route(value = "editor/guides/:" + GuideEditorView.ID, layout = AdminLayout.class)
@RolesAllowed({"EDITOR", "ADMIN"})
public class GuideEditorView extends VerticalLayout implements BeforeEnterObserver, BeforeLeaveObserver,
        HasDynamicTitle {

    /** The route parameter holding the guide's id. */
    public static final String ID = "id";

    private final EditorGuides editors;
    private final ReaderGuides readers;
    private final Language language = ReaderLanguage.current();
    private final H2 heading = new H2();
    private final Span state = new Span();
    private final Button save = new Button();
    private final Button preview = new Button();
    private final Button submit = new Button();
    private final Button publish = new Button();
    private final Button archive = new Button();
    private final Button unarchive = new Button();
    private final Button history = new Button();
    private final Span publishReason = new Span();
    private final Div message = new Div();
    private final Div body = new Div();
    private final PictureUploads uploads;
    private @Nullable Guide guide;
    private @Nullable GuideForm form;
    private Optional<String> whyNotPublish = Optional.empty();
    private boolean dirty;
    private String title = "";

    public GuideEditorView(EditorGuides editors, ReaderGuides readers, PictureService pictures) {
        this.editors = editors;
        this.readers = readers;
        this.uploads = new ServicePictureUploads(pictures, language);
        addClassName("wm-editor");
        heading.setId("editor-title");
        state.setId("guide-state");
        state.addClassName("wm-meta");
        button(save, "save", "editor.save", VaadinIcon.CHECK, this::askToSave);
        save.addThemeVariants(ButtonVariant.PRIMARY);
        // Leaving and re-entering the focused field first sends what was just typed, so the save includes it.
        save.addClickShortcut(Key.KEY_S, KeyModifier.CONTROL).resetFocusOnActiveElement()
                .setBrowserDefaultAllowed(false);
        button(preview, "preview", "editor.preview", VaadinIcon.EYE, this::preview);
        button(submit, "submit-review", "editor.submit", VaadinIcon.PAPERPLANE, () -> act(
                () -> editors.submitForReview(current().id(), current().version()), "editor.submitted"));
        button(publish, "publish", "editor.publish", VaadinIcon.GLOBE, this::confirmPublish);
        button(archive, "archive", "editor.archive", VaadinIcon.ARCHIVE, this::confirmArchive);
        button(unarchive, "unarchive", "editor.unarchive", VaadinIcon.ARROW_BACKWARD, () -> act(
                () -> editors.unarchive(current().id(), current().version()), "editor.unarchived"));
        button(history, "history", "editor.history", VaadinIcon.TIME_BACKWARD, () -> UI.getCurrent()
                .navigate(GuideListView.ROUTE + "/" + current().id().value() + "/history"));
        archive.addThemeVariants(ButtonVariant.ERROR);
        publishReason.setId("publish-reason");
        publishReason.addClassName("wm-meta");
        Div toolbar = new Div(save, preview, submit, publish, archive, unarchive, history);
        toolbar.addClassName("wm-editor-toolbar");
        Div bar = new Div(toolbar, publishReason);
        bar.addClassName("wm-editor-bar");
        message.setId("editor-message");
        message.addClassName("wm-banner");
        message.getElement().setAttribute("role", "alert");
        message.setVisible(false);
        body.setWidthFull();
        add(heading, state, bar, message, body);
    }

    private void button(Button button, String id, String textKey, VaadinIcon icon, Runnable action) {
        button.setId(id);
        button.setText(Texts.get(language, textKey));
        button.setIcon(icon.create());
        button.addClickListener(event -> action.run());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Guide> found = event.getRouteParameters().get(ID).flatMap(GuideEditorView::parse)
                .flatMap(editors::find);
        body.removeAll();
        if (found.isEmpty()) {
            guide = null;
            form = null;
            title = Texts.get(language, "editor.notFound");
            heading.setText(title);
            Paragraph missing = new Paragraph(title);
            missing.setId("guide-not-found");
            body.add(missing, new RouterLink(Texts.get(language, "editor.backToList"), GuideListView.class));
            state.setText("");
            setToolbarVisible(false);
            return;
        }
        Guide loaded = found.get();
        GuideForm created = new GuideForm(language, loaded.content().country(), operatorsOf(loaded), uploads);
        created.addChangeListener(change -> setDirty(true));
        created.setEarlierSources(basis -> editors.earlierSource(loaded.id(), basis));
        form = created;
        body.add(created);
        setToolbarVisible(true);
        show(loaded);
    }

    private static Optional<GuideId> parse(String text) {
        try {
            return Optional.of(GuideId.parse(text));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }

    /** The operators of the guide's country by name, for the form to offer. */
    private Map<OperatorCode, String> operatorsOf(Guide loaded) {
        Map<OperatorCode, String> names = new LinkedHashMap<>();
        readers.operators().values().stream().filter(operator -> operator.country().equals(loaded.content().country()))
                .sorted(Comparator.comparing(Operator::name, String.CASE_INSENSITIVE_ORDER))
                .forEach(operator -> names.put(operator.code(), operator.name()));
        return names;
    }

    /** Fills the form with the stored guide; nothing is unsaved afterwards. */
    private void show(Guide loaded) {
        requireForm().setValue(loaded.slug(), loaded.content());
        stored(loaded);
        setDirty(false);
    }

    /** Takes the stored guide's version and lifecycle; the form keeps what it holds. */
    private void stored(Guide stored) {
        guide = stored;
        title = stored.content().text(stored.content().title(), language);
        heading.setText(title);
        String published = stored.publishedRevision() == null ? Texts.get(language, "editor.state.neverPublished")
                : Texts.get(language, "editor.state.published", stored.publishedRevision());
        state.setText(Texts.get(language, "editor.status." + stored.status().name()) + " · "
                + Texts.get(language, "editor.state.revision", stored.savedRevision()) + " · " + published);
        whyNotPublish = editors.whyNotPublish(stored);
        UI.getCurrent().getPage().setTitle(getPageTitle());
        refreshActions();
    }

    private void refreshActions() {
        Guide current = current();
        boolean archived = current.status() == GuideStatus.ARCHIVED;
        save.setEnabled(!archived);
        submit.setEnabled(!dirty && current.status() == GuideStatus.DRAFT);
        Optional<String> reason = dirty ? Optional.of(Texts.get(language, "editor.publish.saveFirst")) : whyNotPublish;
        publish.setEnabled(reason.isEmpty());
        publishReason.setText(reason.map(text -> Texts.get(language, "editor.publish.why",
                DomainMessages.translate(language, text))).orElse(""));
        publishReason.setVisible(reason.isPresent());
        archive.setVisible(!archived);
        unarchive.setVisible(archived);
        if (archived) {
            say(Texts.get(language, "editor.archivedNote"));
        }
    }

    /** Shows the buttons (which of them apply is {@link #refreshActions}'s business) or hides them all. */
    private void setToolbarVisible(boolean visible) {
        for (Button button : new Button[] {save, preview, submit, publish, archive, unarchive, history}) {
            button.setVisible(visible);
        }
        publishReason.setVisible(false);
        message.setVisible(false);
    }

    private void setDirty(boolean value) {
        boolean changed = dirty != value;
        dirty = value;
        if (changed) {
            guardUnload(value);
            if (guide != null) {
                refreshActions();
            }
        }
    }

    /** True when the form holds changes not saved yet. */
    boolean isDirty() {
        return dirty;
    }

    private void askToSave() {
        Optional<GuideForm.Result> result = requireForm().read();
        if (result.isEmpty()) {
            say(Texts.get(language, "editor.save.refused"));
            return;
        }
        message.setVisible(false);
        TextField why = new TextField(Texts.get(language, "editor.save.message"));
        why.setId("revision-message");
        why.setMaxLength(Revision.MESSAGE_MAX_LENGTH);
        why.setPlaceholder(Texts.get(language, "editor.save.message.placeholder"));
        why.setWidthFull();
        Dialog dialog = new Dialog(why);
        dialog.setId("save-dialog");
        dialog.setHeaderTitle(Texts.get(language, "editor.save.title"));
        Button confirm = new Button(Texts.get(language, "editor.save"), event -> {
            dialog.close();
            save(result.get(), why.getValue());
        });
        confirm.setId("save-confirm");
        confirm.addThemeVariants(ButtonVariant.PRIMARY);
        confirm.addClickShortcut(Key.ENTER);
        Button cancel = new Button(Texts.get(language, "editor.cancel"), event -> dialog.close());
        cancel.setId("save-cancel");
        dialog.getFooter().add(cancel, confirm);
        dialog.open();
        why.focus();
    }

    /** Saves the form's content as a new revision; on any refusal the form keeps it. */
    private void save(GuideForm.Result result, String revisionMessage) {
        Guide before = current();
        try {
            Guide saved = editors.save(before.id(), before.version(), result.slug(), result.content(), revisionMessage);
            setDirty(false);
            stored(saved);
            notice(saved.version() == before.version() ? Texts.get(language, "editor.saved.unchanged")
                    : Texts.get(language, "editor.saved", saved.savedRevision()));
        } catch (StaleGuideException stale) {
            onStale(before, result, editors.find(before.id()).orElse(before));
        } catch (SlugTakenException taken) {
            requireForm().showSlugError(taken.getMessage());
            say(DomainMessages.translate(language, taken.getMessage()));
        } catch (IllegalArgumentException refused) {
            say(DomainMessages.translate(language, refused.getMessage()));
        } catch (RuntimeException failed) {
            unavailable(failed, "editor.save.failed");
        }
    }

    /**
     * Someone else saved the guide since this editor loaded it: nothing was saved, and the form keeps
     * {@code mine}. Says so and opens the conflict dialog: their changes and mine since {@code base}, and a
     * three-way merge that goes on from their version with my changes applied where they fit, listing the rest.
     *
     * @param base the guide as this editor loaded it (the version the refused save named)
     * @param mine the form's slug and content, as the domain accepted them
     * @param theirs the guide as stored now
     */
    protected void onStale(Guide base, GuideForm.Result mine, Guide theirs) {
        say(Texts.get(language, "editor.stale", theirs.savedRevision()));
        if (base.status() == GuideStatus.ARCHIVED) {
            return;
        }
        RevisionSummary latest = editors.revisions(theirs.id()).getFirst();
        Map<OperatorCode, Operator> operators = readers.operators();
        ConflictDialog dialog = new ConflictDialog(language, base, base.edit(mine.content()).withSlug(mine.slug()),
                theirs, latest.author(), latest.createdAt(), operators);
        dialog.setId("conflict-dialog");
        dialog.addApplyListener(event -> {
            continueFrom(theirs, event.merged().slug(), event.merged().content());
            message.removeAll();
            message.add(new Paragraph(Texts.get(language, event.conflicts().isEmpty()
                    ? "editor.merged" : "editor.merged.conflicts")));
            if (!event.conflicts().isEmpty()) {
                message.add(ChangeList.ofConflicts("merge-conflicts", language, event.conflicts(), operators));
            }
            message.setVisible(true);
        });
        dialog.open();
    }

    /**
     * Goes on editing from the guide as stored now ({@code storedNow}) with {@code slug} and {@code content} in the form (for
     * instance one's own changes applied on top of theirs): the next save names the stored version. The form
     * counts as unsaved when it differs from what is stored.
     */
    protected void continueFrom(Guide storedNow, Slug slug, GuideContent content) {
        requireForm().setValue(slug, content);
        stored(storedNow);
        message.setVisible(false);
        setDirty(!content.equals(storedNow.content()) || !slug.equals(storedNow.slug()));
    }

    /** Runs a lifecycle change and shows the guide it leaves; a refusal is said and changes nothing. */
    private void act(Supplier<Guide> change, String doneKey) {
        try {
            Guide changed = change.get();
            message.setVisible(false);
            stored(changed);
            notice(Texts.get(language, doneKey));
        } catch (StaleGuideException stale) {
            Guide theirs = editors.find(current().id()).orElse(current());
            if (dirty) {
                // The form's unsaved content stays; its save will meet their version and say so.
                say(Texts.get(language, "editor.stale", theirs.savedRevision()));
            } else {
                show(theirs);
                say(Texts.get(language, "editor.stale.reloaded", theirs.savedRevision()));
            }
        } catch (IllegalArgumentException | AccessDeniedException refused) {
            say(DomainMessages.translate(language, refused.getMessage()));
        } catch (RuntimeException failed) {
            unavailable(failed, "editor.action.failed");
        }
    }

    /** Says that the database failed and nothing changed (the form keeps its content); rethrows any other failure. */
    private void unavailable(RuntimeException failed, String key) {
        if (!(failed instanceof DataAccessException || failed instanceof TransactionException
                || DatabaseDown.causes(failed))) {
            throw failed;
        }
        org.slf4j.LoggerFactory.getLogger(GuideEditorView.class).warn("Guide not changed: {}", failed.toString());
        say(Texts.get(language, key));
    }

    /**
     * Asks before publishing, with each offered language's translations in view (complete, stale, missing); when any
     * is stale or missing, the publisher must tick that readers may see it so.
     */
    private void confirmPublish() {
        Guide guide = current();
        List<Translations.Status> statuses = editors.translations(guide.content());
        boolean incomplete = statuses.stream().anyMatch(status -> !status.complete());
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("publish-dialog");
        dialog.setHeader(Texts.get(language, "editor.publish.title"));
        Div text = new Div(new Paragraph(Texts.get(language, "editor.publish.text", guide.savedRevision())));
        UnorderedList languages = new UnorderedList();
        languages.setId("publish-translations");
        for (Translations.Status status : statuses) {
            ListItem item = new ListItem(ReaderLanguage.offered().name(status.language()) + ": " + (status.complete()
                    ? Texts.get(language, "translation.publish.complete")
                    : Texts.get(language, "translation.publish.incomplete", status.stale().size(),
                    status.missing().size())));
            item.setId("publish-translations-" + status.language().tag());
            item.getElement().getClassList().set("wm-translation-incomplete", !status.complete());
            languages.add(item);
        }
        text.add(new Paragraph(Texts.get(language, "translation.publish.heading")), languages);
        Checkbox accept = new Checkbox(Texts.get(language, "translation.publish.accept"));
        accept.setId("publish-accept-translations");
        accept.setVisible(incomplete);
        text.add(accept);
        dialog.setText(text);
        Button yes = new Button(Texts.get(language, "editor.publish"), event -> {
            dialog.close();
            act(() -> editors.publish(guide.id(), guide.version(), accept.getValue()), "editor.published");
        });
        yes.setId("publish-dialog-confirm");
        yes.addThemeVariants(ButtonVariant.PRIMARY);
        yes.setEnabled(!incomplete);
        accept.addValueChangeListener(event -> yes.setEnabled(event.getValue()));
        dialog.setConfirmButton(yes);
        Button no = new Button(Texts.get(language, "editor.cancel"), event -> dialog.close());
        no.setId("publish-dialog-cancel");
        dialog.setCancelable(true);
        dialog.setCancelButton(no);
        dialog.open();
    }

    private void confirmArchive() {
        confirm("archive-dialog", Texts.get(language, "editor.archive.title"), Texts.get(language, "editor.archive.text"),
                Texts.get(language, "editor.archive"), Texts.get(language, "editor.cancel"), true, () -> act(() -> editors.archive(current().id(), current().version()), "editor.archived"));
    }

    /** Asks before a change that readers would notice or that loses work; buttons have ids for tests. */
    private void confirm(String id, String header, String text, String confirmText, String cancelText,
                         boolean destructive, Runnable action) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId(id);
        dialog.setHeader(header);
        dialog.setText(text);
        Button yes = new Button(confirmText, event -> {
            dialog.close();
            action.run();
        });
        yes.setId(id + "-confirm");
        yes.addThemeVariants(ButtonVariant.PRIMARY);
        if (destructive) {
            yes.addThemeVariants(ButtonVariant.ERROR);
        }
        dialog.setConfirmButton(yes);
        Button no = new Button(cancelText, event -> dialog.close());
        no.setId(id + "-cancel");
        dialog.setCancelable(true);
        dialog.setCancelButton(no);
        dialog.open();
    }

    private void preview() {
        Optional<GuideForm.Result> result = requireForm().read();
        if (result.isEmpty()) {
            say(Texts.get(language, "editor.preview.refused"));
            return;
        }
        new PreviewDialog(language, current().id(), current().savedRevision(), result.get(),
                readers.operatorsOf(result.get().content())).open();
    }

    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        if (!dirty) {
            return;
        }
        BeforeLeaveEvent.ContinueNavigationAction leave = event.postpone();
        confirm("leave-dialog", Texts.get(language, "editor.leave.title"), Texts.get(language, "editor.leave.text"),
                Texts.get(language, "editor.leave.confirm"), Texts.get(language, "editor.leave.cancel"), true, () -> {
                    setDirty(false);
                    leave.proceed();
                });
    }

    /**
     * Asks the browser to confirm closing or reloading the tab while there are unsaved changes; in-app
     * navigation is asked about by {@link #beforeLeave}.
     */
    private void guardUnload(boolean unsaved) {
        getUI().ifPresent(ui -> ui.getPage().executeJs("""
                window.waymarkUnsaved = $0;
                if (!window.waymarkUnloadGuard) {
                  window.waymarkUnloadGuard = event => {
                    if (window.waymarkUnsaved) { event.preventDefault(); event.returnValue = ''; }
                  };
                  window.addEventListener('beforeunload', window.waymarkUnloadGuard);
                }""", unsaved));
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        guardUnload(dirty);
    }

    @Override
    protected void onDetach(DetachEvent event) {
        event.getUI().getPage().executeJs("window.waymarkUnsaved = false;");
        super.onDetach(event);
    }

    private void say(String text) {
        message.setText(text);
        message.setVisible(true);
    }

    private void notice(String text) {
        Notification notification = Notification.show(text, 3000, Notification.Position.BOTTOM_START);
        notification.addThemeVariants(NotificationVariant.SUCCESS);
    }

    private Guide current() {
        if (guide == null) {
            throw new IllegalStateException("no guide is open");
        }
        return guide;
    }

    private GuideForm requireForm() {
        if (form == null) {
            throw new IllegalStateException("no guide is open");
        }
        return form;
    }

    @Override
    public String getPageTitle() {
        return Texts.get(language, "editor.pageTitle", title);
    }
}
