package dev.waymark.guide.ui.history;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.BrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import dev.waymark.guide.Guide;
import dev.waymark.guide.GuideContent;
import dev.waymark.guide.GuideId;
import dev.waymark.guide.GuideMerge;
import dev.waymark.guide.GuideStatus;
import dev.waymark.guide.Language;
import dev.waymark.guide.Slug;
import dev.waymark.guide.Step;
import dev.waymark.guide.TestGuides;
import dev.waymark.guide.Way;
import dev.waymark.report.ui.EmptyView;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** The concurrent-save dialog on its own: no Spring, no service; it only merges and fires events. */
@ViewPackages(classes = EmptyView.class)
class ConflictDialogTest extends BrowserlessTest {

    private final GuideId id = GuideId.random();
    private final Slug slug = new Slug("serbia-cancel-sim");
    private final Guide base = new Guide(id, slug, TestGuides.withSteps(3), GuideStatus.DRAFT, 2, null, 2);
    private final List<ConflictDialog.ApplyEvent> applied = new ArrayList<>();
    private final List<ConflictDialog.KeepEditingEvent> kept = new ArrayList<>();

    private static GuideContent steps(Consumer<List<Step>> change) {
        Way way = TestGuides.withSteps(3).ways().getFirst();
        List<Step> steps = new ArrayList<>(way.steps());
        change.accept(steps);
        return TestGuides.withSteps(3).withWays(List.of(way.withSteps(steps)));
    }

    private static Step english(Step step, String text) {
        return new Step(step.text().with(Language.EN, text), null, null, null, step.evidence());
    }

    private Guide theirs(GuideContent content, GuideStatus status) {
        return new Guide(id, slug, content, status, 3, null, 3);
    }

    private ConflictDialog open(Guide mine, Guide theirs) {
        ConflictDialog dialog = new ConflictDialog(Language.EN, base, mine, theirs, "ben",
                Instant.parse("2026-11-20T10:15:00Z"), Map.of());
        dialog.addApplyListener(applied::add);
        dialog.addKeepEditingListener(kept::add);
        dialog.open();
        return dialog;
    }

    private List<String> lines(String id) {
        return find(Span.class, find(ChangeList.class).id(id)).withClassName("wm-change-what").all().stream()
                .map(Span::getText).toList();
    }

    @Test
    void shows_who_saved_and_their_changes_and_mine_since_the_version_i_started_from() {
        Guide mine = base.edit(steps(list -> list.add(1, Step.of(TestGuides.text("排队", "Queue")))));
        open(mine, theirs(steps(list -> list.set(2, english(list.get(2), "Step three"))), GuideStatus.DRAFT));

        assertThat(find(Paragraph.class).id("conflict-who").getText()).startsWith("ben saved this guide on ")
                .contains("Nothing of yours has been saved yet.");
        assertThat(lines("their-changes")).containsExactly("Store visit, step 3: text (en) changed");
        assertThat(lines("your-changes")).containsExactly("Store visit, step 2 added");
    }

    @Test
    void applying_my_changes_fires_the_merged_guide_at_their_version_with_nothing_left_to_redo() {
        Guide mine = base.edit(steps(list -> list.add(1, Step.of(TestGuides.text("排队", "Queue")))));
        ConflictDialog dialog = open(mine,
                theirs(steps(list -> list.set(2, english(list.get(2), "Step three"))), GuideStatus.DRAFT));

        test(find(Button.class).id("apply-mine")).click();

        assertThat(applied).hasSize(1);
        Guide merged = applied.getFirst().merged();
        assertThat(merged.version()).isEqualTo(3);
        assertThat(merged.content().ways().getFirst().steps()).extracting(step -> step.text().in(Language.EN)
                .orElseThrow()).containsExactly("Step 1", "Queue", "Step 2", "Step three");
        assertThat(applied.getFirst().conflicts()).isEmpty();
        assertThat(dialog.isOpened()).isFalse();
        assertThat(kept).isEmpty();
    }

    @Test
    void applying_when_we_both_changed_one_text_keeps_theirs_and_fires_mine_as_a_conflict() {
        Guide mine = base.edit(steps(list -> list.set(0, english(list.get(0), "Mine"))));
        open(mine, theirs(steps(list -> list.set(0, english(list.get(0), "Theirs"))), GuideStatus.DRAFT));

        test(find(Button.class).id("apply-mine")).click();

        assertThat(applied.getFirst().merged().content().ways().getFirst().steps().getFirst().text()
                .in(Language.EN)).contains("Theirs");
        assertThat(applied.getFirst().conflicts()).extracting(GuideMerge.Conflict::reason)
                .containsExactly(GuideMerge.Reason.BOTH_CHANGED);
        ChangeList shown = ChangeList.ofConflicts("conflicts", Language.EN, applied.getFirst().conflicts(), Map.of());
        assertThat(shown.getElement().getTextRecursively()).contains("Store visit, step 1: text (en) changed")
                .contains("Kept (theirs): Theirs").contains("Yours: Mine");
    }

    @Test
    void keep_editing_closes_the_dialog_and_fires_no_merge() {
        Guide mine = base.edit(steps(list -> list.removeLast()));
        ConflictDialog dialog = open(mine, theirs(TestGuides.withSteps(3), GuideStatus.IN_REVIEW));

        test(find(Button.class).id("keep-editing")).click();

        assertThat(kept).hasSize(1);
        assertThat(applied).isEmpty();
        assertThat(dialog.isOpened()).isFalse();
    }

    @Test
    void an_archived_guide_cannot_take_my_changes_and_the_dialog_says_why() {
        Guide mine = base.edit(steps(list -> list.removeLast()));
        open(mine, theirs(TestGuides.withSteps(3), GuideStatus.ARCHIVED));

        assertThat(find(Button.class).id("apply-mine").isEnabled()).isFalse();
        assertThat(find(Paragraph.class).id("conflict-archived").getText()).contains("archived");
    }
}
