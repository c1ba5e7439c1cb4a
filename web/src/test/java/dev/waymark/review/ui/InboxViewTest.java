package dev.waymark.review.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.QueryParameters;
import dev.waymark.account.ui.LoginView;
import dev.waymark.audit.AuditEvent;
import dev.waymark.audit.AuditFilter;
import dev.waymark.audit.AuditLog;
import dev.waymark.base.TestCaller;
import dev.waymark.base.TestDatabaseInitializer;
import dev.waymark.base.ui.ReaderLanguage;
import dev.waymark.guide.Guide;
import dev.waymark.guide.GuideStatus;
import dev.waymark.guide.Guides;
import dev.waymark.guide.Language;
import dev.waymark.guide.WayKind;
import dev.waymark.report.ReaderReports;
import dev.waymark.report.ReportKind;
import dev.waymark.review.DueGuide;
import dev.waymark.review.InboxFixtures;
import dev.waymark.review.InboxService;
import dev.waymark.review.ReviewActions;
import dev.waymark.search.SearchMiss;
import dev.waymark.search.SearchService;
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ContextConfiguration;

@SpringBootTest
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
class InboxViewTest extends SpringBrowserlessTest {

    @Autowired
    Guides guides;

    @Autowired
    ReaderReports reports;

    @Autowired
    AuditLog audit;

    @Autowired
    SearchService search;

    @Autowired
    InboxService inbox;

    private InboxFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new InboxFixtures(guides, reports);
    }

    @AfterEach
    void archive() {
        fixtures.archiveAll();
    }

    private Component open(String path) {
        UI.getCurrent().navigate(path, QueryParameters.fromString("lang=en"));
        return (Component) UI.getCurrent().getCurrentView();
    }

    @SuppressWarnings("unchecked")
    private Grid<DueGuide> due() {
        return find(Grid.class).id("due-guides");
    }

    /** The first row of the grid that matches; -1 when none does. */
    private <T> int row(Grid<T> grid, Predicate<T> matches) {
        var rows = test(grid);
        return IntStream.range(0, rows.size()).filter(i -> matches.test(rows.getRow(i))).findFirst().orElse(-1);
    }

    private int dueRow(Guide guide) {
        return row(due(), due -> due.guide().id().equals(guide.id()));
    }

    private String textOf(String id) {
        return find(Component.class).id(id).getElement().getTextRecursively();
    }

    private String stepId(Guide guide, WayKind way, int step) {
        return "report-" + guide.slug() + "-r1-" + way.key() + "-" + step;
    }

    private void closeWithNote(String buttonId, String note) {
        test(find(Button.class).id(buttonId)).click();
        test(find(TextArea.class).id("close-note")).setValue(note);
        test(find(Button.class).id("close-confirm")).click();
    }

    @Test
    @WithMockUser(username = "inbox-editor", roles = "EDITOR")
    void due_guides_are_shown_with_the_overdue_ones_highlighted_and_linked_to_their_editor() {
        Guide overdue = fixtures.guide("view-overdue", GuideStatus.PUBLISHED, LocalDate.now().minusDays(12));
        Guide today = fixtures.guide("view-today", GuideStatus.DRAFT, LocalDate.now());
        Guide later = fixtures.guide("view-later", GuideStatus.PUBLISHED, LocalDate.now().plusDays(1));

        assertThat(open("editor")).isInstanceOf(InboxView.class);

        int row = dueRow(overdue);
        assertThat(row).isNotNegative();
        Anchor link = (Anchor) test(due()).getCellComponent(row, "title");
        assertThat(link.getHref()).isEqualTo("editor/guides/" + overdue.id());
        assertThat(link.getText()).isEqualTo("Cancel a SIM in Serbia");
        assertThat(test(due()).getCellText(row, test(due()).getColumnPosition("overdue"))).isEqualTo("12 days overdue");
        assertThat(due().getPartNameGenerator().apply(test(due()).getRow(row))).isEqualTo("wm-overdue");

        int todayRow = dueRow(today);
        assertThat(test(due()).getCellText(todayRow, test(due()).getColumnPosition("overdue"))).isEqualTo("Due today");
        assertThat(test(due()).getCellText(todayRow, test(due()).getColumnPosition("status"))).isEqualTo("Draft");
        assertThat(due().getPartNameGenerator().apply(test(due()).getRow(todayRow))).isNull();
        assertThat(dueRow(later)).isNegative();
        assertThat(row).as("the most overdue first").isLessThan(todayRow);
    }

    @Test
    @WithMockUser(username = "inbox-editor", roles = "EDITOR")
    void reports_are_grouped_by_guide_then_step_with_the_revision_the_counts_and_the_comments() {
        Guide guide = fixtures.published("view-grouped");
        fixtures.report(guide, WayKind.STORE_VISIT, 2, ReportKind.DID_NOT_WORK, "The store is closed for good");
        fixtures.report(guide, WayKind.STORE_VISIT, 2, ReportKind.DID_NOT_WORK, "");
        fixtures.report(guide, WayKind.STORE_VISIT, 2, ReportKind.DID_NOT_WORK, "");
        fixtures.report(guide, WayKind.STORE_VISIT, 2, ReportKind.OUTDATED, "<b>new address</b>");
        fixtures.report(guide, null, null, ReportKind.HELPFUL, "");

        open("editor");

        Div block = find(Div.class).id("reports-" + guide.slug());
        assertThat(block.getElement().getTextRecursively()).contains("Cancel a SIM in Serbia")
                .contains(guide.slug().value()).contains("Published");
        assertThat(textOf(stepId(guide, WayKind.STORE_VISIT, 2) + "-summary"))
                .isEqualTo("Store visit, step 2 (revision 1): 3× didn't work, 1× outdated");
        assertThat(textOf("report-" + guide.slug() + "-r1-guide-summary"))
                .isEqualTo("Whole guide (revision 1): 1× helpful");
        String step = textOf(stepId(guide, WayKind.STORE_VISIT, 2));
        assertThat(step).contains("The store is closed for good").contains("<b>new address</b>");
        assertThat(find(Span.class).withClassName("wm-inbox-comment").all()).extracting(Span::getText)
                .as("readers' words are shown as text").contains("<b>new address</b>");
        assertThat(block.getElement().getTextRecursively().indexOf("Whole guide"))
                .as("the whole guide before its steps").isLessThan(block.getElement().getTextRecursively()
                        .indexOf("Store visit"));
    }

    @Test
    @WithMockUser(username = "inbox-editor", roles = "EDITOR")
    void the_inbox_speaks_chinese_too() {
        Guide guide = fixtures.published("view-chinese");
        fixtures.report(guide, WayKind.STORE_VISIT, 1, ReportKind.DID_NOT_WORK, "");
        fixtures.report(guide, WayKind.STORE_VISIT, 1, ReportKind.OUTDATED, "");

        ReaderLanguage.choose(Language.ZH_CN);
        open("editor");

        assertThat(textOf(stepId(guide, WayKind.STORE_VISIT, 1) + "-summary"))
                .isEqualTo("营业厅办理，第 1 步（修订版 1）：1× 行不通、1× 已过时");
        assertThat(find(Div.class).id("reports-" + guide.slug()).getElement().getTextRecursively())
                .contains("塞尔维亚SIM卡注销");
    }

    @Test
    @WithMockUser(username = "inbox-closer", roles = "EDITOR")
    void closing_a_step_with_a_note_takes_it_out_of_the_inbox_and_is_audited() {
        Guide guide = fixtures.published("view-close");
        fixtures.report(guide, WayKind.HOTLINE, 1, ReportKind.DID_NOT_WORK, "nobody answers");
        fixtures.report(guide, WayKind.HOTLINE, 2, ReportKind.OUTDATED, "");
        open("editor");

        closeWithNote(stepId(guide, WayKind.HOTLINE, 1) + "-close", "Called the hotline: it answers again.");

        assertThat(find(Dialog.class).all()).noneMatch(Dialog::isOpened);
        assertThat(find(Div.class).withId(stepId(guide, WayKind.HOTLINE, 1)).all()).isEmpty();
        assertThat(find(Div.class).withId(stepId(guide, WayKind.HOTLINE, 2)).all()).hasSize(1);
        assertThat(fixtures.open(guide).orElseThrow().total()).isEqualTo(1);
        assertThat(audit.find(new AuditFilter("inbox-closer", ReviewActions.REPORT_CLOSE, guide.slug().value(), null,
                null), 0, 10)).extracting(AuditEvent::detail)
                .containsExactly("1 report about hotline step 1 of revision 1: Called the hotline: it answers again.");
    }

    @Test
    @WithMockUser(username = "inbox-closer", roles = "EDITOR")
    void one_commented_report_can_be_closed_alone() {
        Guide guide = fixtures.published("view-close-one");
        fixtures.report(guide, WayKind.HOTLINE, 3, ReportKind.DID_NOT_WORK, "spam spam spam");
        fixtures.report(guide, WayKind.HOTLINE, 3, ReportKind.DID_NOT_WORK, "the line is dead");
        var spam = fixtures.openStep(guide, WayKind.HOTLINE, 3).latestComments().get(1);
        open("editor");

        closeWithNote("close-report-" + spam.id(), "Not about the guide.");

        assertThat(find(ListItem.class).withId("comment-" + spam.id()).all()).isEmpty();
        assertThat(textOf(stepId(guide, WayKind.HOTLINE, 3))).contains("1× didn't work").contains("the line is dead");
    }

    @Test
    @WithMockUser(username = "inbox-editor", roles = "EDITOR")
    void closing_without_a_note_is_refused_beside_the_note_and_closes_nothing() {
        Guide guide = fixtures.published("view-no-note");
        fixtures.report(guide, WayKind.HOTLINE, 1, ReportKind.OUTDATED, "");
        open("editor");

        closeWithNote(stepId(guide, WayKind.HOTLINE, 1) + "-close", "   ");

        TextArea note = find(TextArea.class).id("close-note");
        assertThat(note.isInvalid()).isTrue();
        assertThat(note.getErrorMessage()).isEqualTo("Write a note before closing.");
        assertThat(note.getMaxLength()).isEqualTo(dev.waymark.report.ReaderReport.CLOSE_NOTE_MAX_LENGTH);
        assertThat(fixtures.open(guide).orElseThrow().total()).isEqualTo(1);
    }

    @Test
    @WithMockUser(username = "inbox-late", roles = "EDITOR")
    void closing_what_someone_else_closed_meanwhile_says_so_and_shows_what_is_still_open() {
        Guide guide = fixtures.published("view-stale");
        fixtures.report(guide, WayKind.HOTLINE, 1, ReportKind.OUTDATED, "");
        open("editor");
        var seen = fixtures.openStep(guide, WayKind.HOTLINE, 1);
        var me = SecurityContextHolder.getContext().getAuthentication();
        TestCaller.EDITOR.signIn("inbox-other");
        inbox.closeReports(seen.subject(), seen.lastId(), "done in another tab");
        SecurityContextHolder.getContext().setAuthentication(me);

        closeWithNote(stepId(guide, WayKind.HOTLINE, 1) + "-close", "me too");

        assertThat(find(Dialog.class).all()).noneMatch(Dialog::isOpened);
        assertThat(find(Div.class).withId(stepId(guide, WayKind.HOTLINE, 1)).all()).isEmpty();
        assertThat(audit.find(new AuditFilter(null, ReviewActions.REPORT_CLOSE, guide.slug().value(), null, null),
                0, 10)).extracting(AuditEvent::actor).containsExactly("inbox-other");
    }

    @Test
    @WithMockUser(username = "inbox-editor", roles = "EDITOR")
    void searches_that_found_nothing_are_listed_with_their_count_and_last_time() {
        String nothing = "qqz" + UUID.randomUUID().toString().substring(0, 8);
        var me = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.clearContext();
        search.search(nothing, Language.EN);
        SecurityContextHolder.getContext().setAuthentication(me);

        open("editor");

        @SuppressWarnings("unchecked")
        Grid<SearchMiss> misses = find(Grid.class).id("search-misses");
        var rows = test(misses);
        int row = row(misses, miss -> miss.text().equals(nothing));
        assertThat(row).isNotNegative();
        assertThat(rows.getCellText(row, rows.getColumnPosition("count"))).isEqualTo("1");
        assertThat(rows.getCellText(row, rows.getColumnPosition("language"))).isEqualTo("English");
        assertThat(rows.getCellText(row, rows.getColumnPosition("lastSeen")))
                .matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}").startsWith(LocalDate.now().toString());
    }

    @Test
    @WithMockUser(username = "inbox-admin", roles = "ADMIN")
    void staff_land_on_the_inbox_which_the_menu_offers() {
        assertThat(open("staff")).isInstanceOf(InboxView.class);
        assertThat(find(com.vaadin.flow.component.sidenav.SideNav.class).id("staff-nav").getItems())
                .extracting(com.vaadin.flow.component.sidenav.SideNavItem::getLabel).startsWith("Inbox");
    }

    @Test
    @WithMockUser(username = "inbox-editor", roles = "EDITOR")
    void an_editor_lands_on_the_inbox_too() {
        assertThat(open("staff")).isInstanceOf(InboxView.class);
    }

    @Test
    @WithMockUser(username = "inbox-nobody", roles = "USER")
    void staff_without_a_role_cannot_open_the_inbox() {
        assertThat(open("editor")).isNotInstanceOf(InboxView.class);
        assertThat(find(Grid.class).all()).isEmpty();
    }

    @Test
    @WithAnonymousUser
    void an_anonymous_visitor_is_sent_to_the_login() {
        assertThat(open("editor")).isInstanceOf(LoginView.class);
    }
}
