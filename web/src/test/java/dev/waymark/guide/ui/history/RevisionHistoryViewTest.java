package dev.waymark.guide.ui.history;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.QueryParameters;
import dev.waymark.account.ui.LoginView;
import dev.waymark.base.TestDatabaseInitializer;
import dev.waymark.guide.EditorGuides;
import dev.waymark.guide.Guide;
import dev.waymark.guide.GuideContent;
import dev.waymark.guide.GuideId;
import dev.waymark.guide.Language;
import dev.waymark.guide.RevisionSummary;
import dev.waymark.guide.Slug;
import dev.waymark.guide.Step;
import dev.waymark.guide.TestGuides;
import dev.waymark.guide.Way;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Locale;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ContextConfiguration;

@SpringBootTest
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
class RevisionHistoryViewTest extends SpringBrowserlessTest {

    @Autowired
    EditorGuides editors;

    private final Slug slug = new Slug("history-" + UUID.randomUUID().toString().substring(0, 8));

    /** Three revisions: four store steps; the first step moved last; the third step's Chinese text changed. */
    /** Publishes as a second editor, as the rules require, and signs the test's user back in. */
    private Guide publishedByASecondEditor(Guide guide) {
        org.springframework.security.core.Authentication me =
                org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication();
        dev.waymark.base.TestCaller.EDITOR.signIn("second-editor");
        try {
            return editors.publish(guide.id(), guide.version(), true);
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.getContext().setAuthentication(me);
        }
    }

    private Guide threeRevisions() {
        Guide created = editors.create(slug, TestGuides.withSteps(4), "four steps");
        Guide moved = editors.save(created.id(), created.version(), slug, steps(created.content(), list ->
                list.add(list.removeFirst())), "first step last");
        return editors.save(moved.id(), moved.version(), slug, steps(moved.content(), list ->
                list.set(2, new Step(list.get(2).text().with(Language.ZH_CN, "第四步：交回SIM卡"), null, null, null,
                        list.get(2).evidence()))), "clearer step");
    }

    private static GuideContent steps(GuideContent content, java.util.function.Consumer<List<Step>> change) {
        Way way = content.ways().getFirst();
        List<Step> steps = new ArrayList<>(way.steps());
        change.accept(steps);
        return content.withWays(List.of(way.withSteps(steps)));
    }

    private Component open(String path) {
        dev.waymark.base.ui.ReaderLanguage.choose(Language.EN);
        UI.getCurrent().navigate(path, QueryParameters.empty());
        return (Component) UI.getCurrent().getCurrentView();
    }

    private String currentPath() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPath();
    }

    @SuppressWarnings("unchecked")
    private void compare(int from, int to) {
        test((Select<Integer>) find(Select.class).id("compare-from")).selectItem("Revision " + from);
        test((Select<Integer>) find(Select.class).id("compare-to")).selectItem("Revision " + to);
    }

    /** The restore button in a revision's row; fails when there is none. */
    private Button restoreButton(int number) {
        return restoreButtons(number).orElseThrow(() -> new AssertionError("no restore button for " + number));
    }

    @SuppressWarnings("unchecked")
    private java.util.Optional<Button> restoreButtons(int number) {
        var grid = test((Grid<RevisionSummary>) find(Grid.class).id("revisions"));
        for (int row = 0; row < grid.size(); row++) {
            if (grid.getRow(row).number() == number) {
                return grid.getCellComponent(row, "restore").getChildren().map(Button.class::cast).findFirst();
            }
        }
        return java.util.Optional.empty();
    }

    private List<String> changeLines() {
        return find(com.vaadin.flow.component.html.Span.class, find(ChangeList.class).id("changes"))
                .withClassName("wm-change-what").all().stream().map(span -> span.getText()).toList();
    }

    @Test
    @WithMockUser(username = "history-editor", roles = {"EDITOR", "ADMIN"})
    void lists_every_revision_newest_first_with_author_message_and_state() {
        Guide guide = threeRevisions();
        Guide published = publishedByASecondEditor(guide);
        editors.save(published.id(), published.version(), slug, TestGuides.withSteps(1), "one step");

        assertThat(open("editor/guides/" + guide.id() + "/history")).isInstanceOf(RevisionHistoryView.class);

        @SuppressWarnings("unchecked")
        var grid = test((Grid<RevisionSummary>) find(Grid.class).id("revisions"));
        assertThat(grid.size()).isEqualTo(4);
        assertThat(List.of(grid.getRow(0).number(), grid.getRow(1).number(), grid.getRow(2).number(),
                grid.getRow(3).number())).containsExactly(4, 3, 2, 1);
        assertThat(grid.getCellText(0, grid.getColumnPosition("author"))).isEqualTo("history-editor");
        assertThat(grid.getCellText(2, grid.getColumnPosition("message"))).isEqualTo("first step last");
        assertThat(grid.getCellText(0, grid.getColumnPosition("state"))).isEqualTo("Latest");
        assertThat(grid.getCellText(1, grid.getColumnPosition("state"))).isEqualTo("Published");
        assertThat(grid.getCellText(3, grid.getColumnPosition("state"))).isEmpty();
        assertThat(grid.getCellText(3, grid.getColumnPosition("time")))
                .isEqualTo(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(Locale.ENGLISH)
                        .withZone(ZoneId.systemDefault()).format(grid.getRow(3).createdAt()));
        assertThat(find(com.vaadin.flow.component.html.H2.class).id("history-title").getText())
                .isEqualTo("History of \"Cancel a SIM in Serbia\"");
    }

    @Test
    @WithMockUser(username = "history-editor", roles = "EDITOR")
    void comparing_two_revisions_shows_each_change_in_the_interface_language() {
        Guide guide = threeRevisions();
        open("editor/guides/" + guide.id() + "/history");

        assertThat(changeLines()).as("the two latest are compared first")
                .containsExactly("Store visit, step 3: text (zh-CN) changed",
                        "Store visit, step 3: English translation of the text now out of date");
        // Word by word: only what changed is marked, and both revisions' messages are shown in full.
        var changes = find(ChangeList.class).id("changes");
        assertThat(find(com.vaadin.flow.component.html.Span.class, changes).withClassName("wm-word-added").all())
                .isNotEmpty().allSatisfy(span -> assertThat(span.getText().length()).isLessThan(
                        "第四步：交回SIM卡".length()));
        assertThat(find(com.vaadin.flow.component.html.Paragraph.class).id("compare-message-3").getText())
                .startsWith("Revision 3, history-editor, ").endsWith(": clearer step");

        compare(1, 3);
        assertThat(changeLines()).containsExactly("Store visit, step 3: text (zh-CN) changed",
                "Store visit, step 3: English translation of the text now out of date",
                "Store visit, step 1 moved to 4");
        assertThat(find(ChangeList.class).id("changes").getElement().getTextRecursively())
                .contains("Before: 第4步").contains("After: 第四步：交回SIM卡");

        compare(2, 2);
        assertThat(find(Paragraph.class, find(ChangeList.class).id("changes")).single().getText())
                .isEqualTo("No differences.");
    }

    @Test
    @WithMockUser(username = "history-editor", roles = "EDITOR")
    void restoring_a_revision_after_confirming_saves_it_as_a_new_draft_and_opens_the_editor() {
        Guide guide = threeRevisions();
        open("editor/guides/" + guide.id() + "/history");

        test(restoreButton(1)).click();
        ConfirmDialog confirm = find(ConfirmDialog.class).id("confirm-restore");
        assertThat(test(confirm).getText()).contains("new draft, revision 4").contains("Nothing is lost");
        test(confirm).confirm();

        assertThat(editors.revisions(guide.id())).extracting(RevisionSummary::number).containsExactly(4, 3, 2, 1);
        assertThat(editors.find(guide.id()).orElseThrow().content()).isEqualTo(TestGuides.withSteps(4));
        assertThat(currentPath()).isEqualTo("editor/guides/" + guide.id());
    }

    @Test
    @WithMockUser(username = "history-editor", roles = "EDITOR")
    void cancelling_the_restore_changes_nothing_and_the_latest_revision_has_no_restore_button() {
        Guide guide = threeRevisions();
        open("editor/guides/" + guide.id() + "/history");

        assertThat(restoreButtons(3)).isEmpty();
        assertThat(restoreButton(2).getId()).contains("restore-2");
        test(restoreButton(2)).click();
        test(find(ConfirmDialog.class).id("confirm-restore")).cancel();

        assertThat(editors.revisions(guide.id())).hasSize(3);
        assertThat(currentPath()).endsWith("/history");
    }

    @Test
    @WithMockUser(username = "history-editor", roles = "EDITOR")
    void a_restore_after_someone_else_saved_is_refused_with_a_clear_message_and_the_history_reloads() {
        Guide guide = threeRevisions();
        open("editor/guides/" + guide.id() + "/history");
        editors.save(guide.id(), guide.version(), slug, TestGuides.withSteps(2), "someone else");

        test(restoreButton(1)).click();
        test(find(ConfirmDialog.class).id("confirm-restore")).confirm();

        assertThat(editors.revisions(guide.id())).hasSize(4);
        assertThat(test(find(Notification.class).last()).getText()).contains("Someone saved this guide")
                .contains("nothing was restored");
        @SuppressWarnings("unchecked")
        var grid = test((Grid<RevisionSummary>) find(Grid.class).id("revisions"));
        assertThat(grid.size()).isEqualTo(4);
        assertThat(currentPath()).endsWith("/history");
    }

    @Test
    @WithMockUser(username = "history-editor", roles = "EDITOR")
    void an_unknown_guide_says_so() {
        open("editor/guides/" + GuideId.random() + "/history");
        assertThat(find(Paragraph.class).id("history-not-found").getText()).isEqualTo("There is no guide at this address.");

        open("editor/guides/not-a-uuid/history");
        assertThat(find(Paragraph.class).id("history-not-found").isVisible()).isTrue();
    }

    @Test
    @WithAnonymousUser
    void an_anonymous_visitor_is_sent_to_the_login() {
        assertThat(open("editor/guides/" + GuideId.random() + "/history")).isInstanceOf(LoginView.class);
    }
}
