package dev.waymark.guide.ui.history;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import dev.waymark.base.ui.AdminLayout;
import dev.waymark.base.ui.ReaderLanguage;
import dev.waymark.base.ui.Texts;
import dev.waymark.guide.EditorGuides;
import dev.waymark.guide.Guide;
import dev.waymark.guide.GuideId;
import dev.waymark.guide.Language;
import dev.waymark.guide.ReaderGuides;
import dev.waymark.guide.RevisionSummary;
import dev.waymark.guide.StaleGuideException;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A guide's revisions, newest first, with who saved each, when and why, and which one readers see. Editors pick
 * any two to see what changed between them field by field, and restore any earlier one as a new draft.
 */
@Route(value = "editor/guides/:id/history", layout = AdminLayout.class)
@RolesAllowed({"EDITOR", "ADMIN"})
public class RevisionHistoryView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final EditorGuides editors;
    private final Language language = ReaderLanguage.current();
    private final ChangeTexts changeTexts;
    private final DateTimeFormatter time;
    private final H2 heading = new H2();
    private final Anchor editorLink = new Anchor();
    private final Paragraph missing = new Paragraph();
    private final Grid<RevisionSummary> grid = new Grid<>();
    private final Select<Integer> from = new Select<>();
    private final Select<Integer> to = new Select<>();
    private final H3 changesHeading = new H3();
    private final Div messages = new Div();
    private List<RevisionSummary> revisions = List.of();
    private final ChangeList changes;
    private final HorizontalLayout comparePickers;
    private @Nullable Guide guide;

    public RevisionHistoryView(EditorGuides editors, ReaderGuides readers) {
        this.editors = editors;
        changeTexts = new ChangeTexts(language, readers.operators());
        time = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(language.locale())
                .withZone(ZoneId.systemDefault());
        setSizeFull();
        heading.setId("history-title");
        editorLink.setId("back-to-editor");
        editorLink.setText(text("history.backToEditor"));
        missing.setId("history-not-found");
        missing.setText(text("history.notFound"));

        grid.setId("revisions");
        grid.addColumn(RevisionSummary::number).setHeader(text("history.number")).setKey("number").setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(RevisionSummary::author).setHeader(text("history.author")).setKey("author").setAutoWidth(true);
        grid.addColumn(revision -> time.format(revision.createdAt())).setHeader(text("history.time")).setKey("time")
                .setAutoWidth(true);
        grid.addColumn(RevisionSummary::message).setHeader(text("history.message")).setKey("message").setFlexGrow(1)
                .setTooltipGenerator(RevisionSummary::message);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(this::state).setHeader(text("history.state")).setKey("state").setAutoWidth(true);
        grid.addComponentColumn(this::restoreButton).setKey("restore").setAutoWidth(true);
        grid.setAllRowsVisible(true);

        picker(from, "compare-from", "history.from");
        picker(to, "compare-to", "history.to");
        comparePickers = new HorizontalLayout(from, to);
        comparePickers.setAlignItems(FlexComponent.Alignment.BASELINE);
        changesHeading.setId("changes-title");
        messages.setId("compare-messages");
        messages.addClassName("wm-revision-messages");
        changes = new ChangeList("changes", text("history.before"), text("history.after"), text("history.noChanges"));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Guide> found = event.getRouteParameters().get("id").flatMap(RevisionHistoryView::guideId)
                .flatMap(editors::find);
        removeAll();
        if (found.isEmpty()) {
            guide = null;
            add(missing);
            return;
        }
        add(heading, editorLink, grid, new H3(text("history.compare")), comparePickers, changesHeading, messages, changes);
        show(found.get());
    }

    private static Optional<GuideId> guideId(String text) {
        try {
            return Optional.of(GuideId.parse(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Shows the guide's history as stored now, comparing the two latest revisions. */
    private void show(Guide shown) {
        guide = shown;
        heading.setText(text("history.title", shown.content().text(shown.content().title(), language)));
        editorLink.setHref(editorRoute(shown.id()));
        revisions = editors.revisions(shown.id());
        grid.setItems(revisions);
        List<Integer> numbers = revisions.stream().map(RevisionSummary::number).toList();
        from.setItems(numbers);
        to.setItems(numbers);
        comparePickers.setVisible(numbers.size() > 1);
        if (numbers.size() > 1) {
            from.setValue(numbers.get(1));
            to.setValue(numbers.getFirst());
        } else {
            changesHeading.setText(text("history.onlyOne"));
            messages.removeAll();
            changes.show(List.of());
            changes.setVisible(false);
        }
    }

    private void picker(Select<Integer> select, String id, String label) {
        select.setId(id);
        select.setLabel(text(label));
        select.setItemLabelGenerator(number -> text("history.revision", number));
        select.addValueChangeListener(event -> compare());
    }

    private void compare() {
        Integer older = from.getValue();
        Integer newer = to.getValue();
        if (guide == null || older == null || newer == null) {
            return;
        }
        changesHeading.setText(text("history.changes", older, newer));
        // Each revision's message in full: the grid above may cut a long one short.
        messages.removeAll();
        for (int number : List.of(older, newer)) {
            revisions.stream().filter(revision -> revision.number() == number).findFirst().ifPresent(revision -> {
                Paragraph message = new Paragraph(text("history.revision.message", revision.number(), revision.author(),
                        time.format(revision.createdAt()), revision.message()));
                message.setId("compare-message-" + revision.number());
                messages.add(message);
            });
        }
        changes.setVisible(true);
        changes.show(editors.compare(guide.id(), older, newer).stream().map(changeTexts::line).toList());
    }

    private String state(RevisionSummary revision) {
        Guide shown = Objects.requireNonNull(guide);
        boolean published = Objects.equals(shown.publishedRevision(), revision.number());
        boolean latest = shown.savedRevision() == revision.number();
        if (published && latest) {
            return text("history.published") + ", " + text("history.latest");
        }
        return published ? text("history.published") : latest ? text("history.latest") : "";
    }

    private Span restoreButton(RevisionSummary revision) {
        Span cell = new Span();
        if (guide != null && revision.number() != guide.savedRevision()) {
            Button restore = new Button(text("history.restore"), event -> confirmRestore(revision.number()));
            restore.setId("restore-" + revision.number());
            restore.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
            cell.add(restore);
        }
        return cell;
    }

    private void confirmRestore(int number) {
        Guide shown = Objects.requireNonNull(guide);
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setId("confirm-restore");
        confirm.setHeader(text("history.restore.title", number));
        confirm.setText(text("history.restore.text", number, shown.savedRevision() + 1));
        confirm.setCancelable(true);
        confirm.setCancelText(text("history.restore.cancel"));
        confirm.setConfirmText(text("history.restore.confirm"));
        confirm.addConfirmListener(event -> restore(shown, number));
        confirm.open();
    }

    private void restore(Guide shown, int number) {
        try {
            Guide restored = editors.restore(shown.id(), number, shown.version());
            Notification.show(text("history.restored", number, restored.savedRevision()))
                    .addThemeVariants(NotificationVariant.SUCCESS);
            UI.getCurrent().navigate(editorRoute(shown.id()));
        } catch (StaleGuideException e) {
            error(text("history.stale"));
            editors.find(shown.id()).ifPresent(this::show);
        } catch (IllegalArgumentException e) {
            error(text("history.restoreFailed", e.getMessage()));
        }
    }

    /** The editor of the guide, another view's route. */
    private static String editorRoute(GuideId id) {
        return "editor/guides/" + id;
    }

    private static void error(String message) {
        Notification.show(message, 8000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.ERROR);
    }

    private String text(String key, Object... arguments) {
        return Texts.get(language, key, arguments);
    }

    @Override
    public String getPageTitle() {
        return text("history.pageTitle");
    }
}
