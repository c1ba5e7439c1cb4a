package dev.waymark.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import dev.waymark.base.ui.AdminLayout;
import dev.waymark.base.ui.ReaderLanguage;
import dev.waymark.base.ui.Texts;
import dev.waymark.guide.GuideId;
import dev.waymark.guide.Language;
import dev.waymark.report.GuideReports;
import dev.waymark.report.OpenReport;
import dev.waymark.report.ReportClosedException;
import dev.waymark.report.ReportKind;
import dev.waymark.report.ReportSubject;
import dev.waymark.report.StepReports;
import dev.waymark.review.DueGuide;
import dev.waymark.review.GuideTranslations;
import dev.waymark.review.InboxService;
import dev.waymark.search.SearchMiss;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;

/**
 * The editors' start page: guides due for review (overdue ones highlighted), readers' open reports grouped by
 * guide and then by step with the revision they refer to, guides with stale or missing translations (per language,
 * with counts), and the searches that found nothing. Reports are closed
 * with a note, a step at a time or one commented report at a time.
 */
@Route(value = InboxView.ROUTE, layout = AdminLayout.class)
@RolesAllowed({"EDITOR", "ADMIN"})
public class InboxView extends VerticalLayout implements HasDynamicTitle {

    public static final String ROUTE = "editor";
    /** Where a guide is edited: {@code editor/guides/{id}}. */
    static final String GUIDE_EDITOR = "editor/guides/";
    static final int DUE_SHOWN = 200;
    static final int GUIDES_WITH_REPORTS_SHOWN = 100;
    static final int MISSES_SHOWN = 100;
    static final int TRANSLATIONS_SHOWN = 100;

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final InboxService inbox;
    private final Language language = ReaderLanguage.current();
    private final ZoneId zone = ZoneId.systemDefault();
    private final Grid<DueGuide> due = new Grid<>();
    private final Paragraph noneDue = new Paragraph();
    private final Div reports = new Div();
    private final Grid<GuideTranslations> translations = new Grid<>();
    private final Paragraph noTranslations = new Paragraph();
    private final Grid<SearchMiss> misses = new Grid<>();
    private final Paragraph noMisses = new Paragraph();
    private Dialog dialog = new Dialog();

    public InboxView(InboxService inbox) {
        this.inbox = inbox;
        setId("inbox");

        due.setId("due-guides");
        due.addComponentColumn(this::guideLink).setKey("title").setHeader(text("inbox.due.guide")).setAutoWidth(true)
                .setFlexGrow(1);
        due.addColumn(guide -> guide.guide().country().value()).setKey("country").setHeader(text("inbox.due.country"))
                .setAutoWidth(true);
        due.addColumn(guide -> text("inbox.status." + guide.guide().status().name())).setKey("status")
                .setHeader(text("inbox.due.status")).setAutoWidth(true);
        due.addColumn(guide -> String.valueOf(guide.guide().reviewDue())).setKey("reviewDue")
                .setHeader(text("inbox.due.date")).setAutoWidth(true);
        due.addColumn(this::overdue).setKey("overdue").setHeader(text("inbox.due.overdue")).setAutoWidth(true);
        due.setPartNameGenerator(guide -> guide.overdue() ? "wm-overdue" : null);
        due.setAllRowsVisible(true);
        noneDue.setId("due-none");
        noneDue.setText(text("inbox.due.none"));

        reports.setId("open-reports");
        reports.setWidthFull();

        misses.setId("search-misses");
        misses.addColumn(SearchMiss::text).setKey("query").setHeader(text("inbox.misses.query")).setFlexGrow(1);
        misses.addColumn(miss -> miss.language().nativeName()).setKey("language")
                .setHeader(text("inbox.misses.language")).setAutoWidth(true);
        misses.addColumn(SearchMiss::count).setKey("count").setHeader(text("inbox.misses.count")).setAutoWidth(true);
        misses.addColumn(miss -> time(miss.lastSeen())).setKey("lastSeen").setHeader(text("inbox.misses.lastSeen"))
                .setAutoWidth(true);
        misses.setAllRowsVisible(true);
        noMisses.setId("misses-none");
        noMisses.setText(text("inbox.misses.none"));

        translations.setId("translations");
        translations.addComponentColumn(entry -> editorLink(entry.guide().id(), entry.title(language))).setKey("title")
                .setHeader(text("translation.inbox.guide")).setAutoWidth(true).setFlexGrow(1);
        translations.addColumn(entry -> text("inbox.status." + entry.guide().status().name())).setKey("status")
                .setHeader(text("inbox.due.status")).setAutoWidth(true);
        translations.addComponentColumn(entry -> {
            Span counts = new Span(translationCounts(entry));
            counts.setId("translations-" + entry.guide().slug());
            return counts;
        }).setKey("languages")
                .setHeader(text("translation.inbox.languages")).setFlexGrow(1);
        translations.setAllRowsVisible(true);
        noTranslations.setId("translations-none");
        noTranslations.setText(text("translation.inbox.none"));

        add(new H2(text("inbox.title")),
                new H3(text("inbox.due.title")), due, noneDue,
                new H3(text("translation.inbox.title")), translations, noTranslations,
                new H3(text("inbox.reports.title")), reports,
                new H3(text("inbox.misses.title")), misses, noMisses);
        showDue();
        showTranslations();
        showReports();
        showMisses();
    }

    private void showDue() {
        List<DueGuide> guides = inbox.due(DUE_SHOWN);
        due.setItems(guides);
        due.setVisible(!guides.isEmpty());
        noneDue.setVisible(guides.isEmpty());
    }

    private void showTranslations() {
        List<GuideTranslations> found = inbox.translations(TRANSLATIONS_SHOWN);
        translations.setItems(found);
        translations.setVisible(!found.isEmpty());
        noTranslations.setVisible(found.isEmpty());
    }

    /** "English: 2 out of date, 1 missing · Русский: 3 missing". */
    private String translationCounts(GuideTranslations entry) {
        return entry.languages().stream().map(status -> text("translation.inbox.counts",
                ReaderLanguage.offered().name(status.language()), status.stale().size(), status.missing().size()))
                .collect(Collectors.joining(" · "));
    }

    private void showMisses() {
        List<SearchMiss> found = inbox.misses(MISSES_SHOWN);
        misses.setItems(found);
        misses.setVisible(!found.isEmpty());
        noMisses.setVisible(found.isEmpty());
    }

    private void showReports() {
        reports.removeAll();
        List<GuideReports> open = inbox.openReports(GUIDES_WITH_REPORTS_SHOWN);
        if (open.isEmpty()) {
            Paragraph none = new Paragraph(text("inbox.reports.none"));
            none.setId("reports-none");
            reports.add(none);
        }
        for (GuideReports guide : open) {
            Div block = new Div();
            block.setId("reports-" + guide.slug());
            block.addClassName("wm-inbox-guide");
            H4 title = new H4(editorLink(guide.guideId(), guide.title(language)));
            title.add(new Span(" · " + guide.slug() + " · " + text("inbox.status." + guide.status().name())));
            block.add(title);
            for (StepReports step : guide.steps()) {
                block.add(stepBlock(guide, step));
            }
            reports.add(block);
        }
    }

    private Div stepBlock(GuideReports guide, StepReports step) {
        String id = stepId(guide, step.subject());
        Span summary = new Span(text("inbox.reports.summary", where(step.subject()), step.counts().entrySet().stream()
                .map(count -> text("inbox.reports.count", count.getValue(), kind(count.getKey())))
                .collect(Collectors.joining(text("inbox.reports.separator")))));
        summary.setId(id + "-summary");
        summary.addClassName("wm-inbox-summary");
        Button close = new Button(text("inbox.reports.close"));
        close.setId(id + "-close");
        close.addThemeVariants(ButtonVariant.SMALL);
        close.addClickListener(event -> openCloseDialog(text("inbox.close.title", where(step.subject())),
                note -> inbox.closeReports(step.subject(), step.lastId(), note)));
        Div block = new Div(summary, close);
        block.setId(id);
        block.addClassName("wm-inbox-step");
        if (!step.latestComments().isEmpty()) {
            UnorderedList comments = new UnorderedList();
            for (OpenReport report : step.latestComments()) {
                comments.add(comment(step.subject(), report));
            }
            block.add(comments);
        }
        return block;
    }

    private ListItem comment(ReportSubject subject, OpenReport report) {
        Span said = new Span(kind(report.kind()) + " · " + time(report.createdAt()) + ": ");
        said.addClassName("wm-inbox-said");
        Span comment = new Span(report.comment());
        comment.addClassName("wm-inbox-comment");
        Button close = new Button(text("inbox.reports.closeOne"));
        close.setId("close-report-" + report.id());
        close.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
        close.addClickListener(event -> openCloseDialog(text("inbox.close.oneTitle", where(subject)), note -> {
            inbox.closeReport(report.id(), note);
            return 1;
        }));
        ListItem item = new ListItem(said, comment, close);
        item.setId("comment-" + report.id());
        return item;
    }

    /** Asks for the note, then closes with it; a refusal shows beside the note or, when stale, as a message. */
    private void openCloseDialog(String title, ToIntFunction<String> closeWithNote) {
        CloseNoteForm form = new CloseNoteForm(language);
        form.addCloseListener(event -> {
            try {
                int closed = closeWithNote.applyAsInt(event.note());
                dialog.close();
                Notification.show(text("inbox.close.done", closed)).addThemeVariants(NotificationVariant.SUCCESS);
                showReports();
            } catch (ReportClosedException e) {
                dialog.close();
                Notification.show(text("inbox.close.stale"), 6000, Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.ERROR);
                showReports();
            } catch (IllegalArgumentException e) {
                form.showError(e.getMessage());
            }
        });
        form.addCancelListener(event -> dialog.close());
        dialog = new Dialog(form);
        dialog.setId("close-dialog");
        dialog.setHeaderTitle(title);
        dialog.setWidth("32rem");
        dialog.open();
    }

    private Anchor guideLink(DueGuide guide) {
        Anchor link = editorLink(guide.guide().id(), guide.guide().title(language));
        link.setId("due-" + guide.guide().slug());
        return link;
    }

    /** A link to the guide's editor, followed inside the application without reloading the page. */
    private static Anchor editorLink(GuideId id, String title) {
        Anchor link = new Anchor(GUIDE_EDITOR + id, title);
        link.getElement().setAttribute("router-link", true);
        return link;
    }

    private String overdue(DueGuide guide) {
        return guide.overdue() ? text("inbox.due.overdueBy", guide.daysOverdue()) : text("inbox.due.today");
    }

    /** "Store visit, step 3 (revision 4)", or "Whole guide (revision 4)". */
    private String where(ReportSubject subject) {
        return subject.way() == null ? text("inbox.reports.wholeGuide", subject.revision())
                : text("inbox.reports.step", subject.way().label(language), subject.step(), subject.revision());
    }

    private String kind(ReportKind kind) {
        return text("inbox.kind." + kind.name());
    }

    private String time(Instant instant) {
        return TIME.format(instant.atZone(zone));
    }

    /** An id for a subject's block: {@code report-serbia-sim-r4-store-visit-3}, {@code report-serbia-sim-r4-guide}. */
    static String stepId(GuideReports guide, ReportSubject subject) {
        return "report-" + guide.slug() + "-r" + subject.revision() + "-"
                + (subject.way() == null ? "guide" : subject.way().key() + "-" + subject.step());
    }

    private String text(String key, Object... arguments) {
        return Texts.get(language, key, arguments);
    }

    @Override
    public String getPageTitle() {
        return text("inbox.pageTitle");
    }
}
