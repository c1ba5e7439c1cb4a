package dev.waymark.guide.editor.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import dev.waymark.base.TestCaller;
import dev.waymark.base.TestDatabaseInitializer;
import dev.waymark.guide.EditorGuides;
import dev.waymark.guide.Guide;
import dev.waymark.guide.GuideContent;
import dev.waymark.guide.GuideStatus;
import dev.waymark.guide.Language;
import dev.waymark.guide.LocalizedText;
import dev.waymark.guide.Slug;
import dev.waymark.guide.Step;
import dev.waymark.guide.TestGuides;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ContextConfiguration;

@SpringBootTest
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
class GuideEditorViewTest extends SpringBrowserlessTest {

    @Autowired
    EditorGuides editors;

    private final Slug slug = new Slug("editor-view-" + UUID.randomUUID().toString().substring(0, 8));

    private Guide created(GuideContent content) {
        return editors.create(slug, content, "");
    }

    private GuideEditorView open(Guide guide) {
        UI.getCurrent().navigate("editor/guides/" + guide.id(), QueryParameters.fromString("lang=en"));
        return (GuideEditorView) UI.getCurrent().getCurrentView();
    }

    private void tab(String id) {
        find(TabSheet.class).id("editor-tabs").setSelectedTab(find(Tab.class).id(id));
    }

    private void type(String id, String value) {
        test(find(TextField.class).id(id)).setValue(value);
    }

    private void click(String id) {
        test(find(Button.class).id(id)).click();
    }

    private String text(String id) {
        return find(Component.class).id(id).getElement().getTextRecursively();
    }

    private void saveWithMessage(String message) {
        click("save");
        type("revision-message", message);
        click("save-confirm");
    }

    /** Runs {@code action} as a second editor, as a second browser would; then ed-ana is back. */
    private static <T> T asBen(Supplier<T> action) {
        TestCaller.EDITOR.signIn("ed-ben");
        try {
            return action.get();
        } finally {
            TestCaller.EDITOR.signIn("ed-ana");
        }
    }

    @Test
    @WithMockUser(username = "ed-ana", roles = "EDITOR")
    void an_edit_and_a_reordered_step_are_saved_as_a_new_revision_with_its_message() {
        Guide guide = created(TestGuides.serbia());
        open(guide);

        type("title-en", "Cancel your Serbian SIM");
        tab("tab-ways");
        click("way-1-step-3-up");
        saveWithMessage("clearer title, general step first");

        Guide stored = editors.find(guide.id()).orElseThrow();
        assertThat(stored.content().title().in(Language.EN)).contains("Cancel your Serbian SIM");
        assertThat(stored.content().ways().getFirst().steps()).extracting(Step::text).containsExactly(
                guide.content().ways().getFirst().steps().get(0).text(),
                guide.content().ways().getFirst().steps().get(2).text(),
                guide.content().ways().getFirst().steps().get(1).text());
        assertThat(editors.revisions(guide.id()).getFirst().message()).isEqualTo("clearer title, general step first");
        assertThat(text("guide-state")).contains("revision 2 saved");
        assertThat(((GuideEditorView) UI.getCurrent().getCurrentView()).isDirty()).isFalse();
    }

    @Test
    @WithMockUser(username = "ed-ana", roles = "EDITOR")
    void a_title_missing_in_the_source_language_is_refused_beside_it_and_nothing_is_saved() {
        Guide guide = created(TestGuides.serbia());
        open(guide);

        type("title-zh-CN", "");
        click("save");

        LocalizedTextField title = find(LocalizedTextField.class).id("title");
        assertThat(title.isInvalid()).isTrue();
        assertThat(title.getErrorMessage()).isEqualTo("the title is required in the source language (zh-CN)");
        assertThat(text("editor-message")).contains("Nothing was saved");
        assertThat(find(Dialog.class).withId("save-dialog").exists()).isFalse();
        assertThat(editors.revisions(guide.id())).hasSize(1);
    }

    @Test
    @WithMockUser(username = "ed-ana", roles = "EDITOR")
    void leaving_with_unsaved_changes_asks_first_and_staying_keeps_them() {
        Guide guide = created(TestGuides.serbia());
        open(guide);
        UI.getCurrent().navigate(GuideListView.class);
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(GuideListView.class);

        open(guide);
        type("title-en", "Unsaved");
        UI.getCurrent().navigate(GuideListView.class);

        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(GuideEditorView.class);
        assertThat(find(ConfirmDialog.class).id("leave-dialog").isOpened()).isTrue();
        click("leave-dialog-cancel");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(GuideEditorView.class);
        assertThat(find(TextField.class).id("title-en").getValue()).isEqualTo("Unsaved");

        UI.getCurrent().navigate(GuideListView.class);
        click("leave-dialog-confirm");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(GuideListView.class);
        assertThat(editors.find(guide.id()).orElseThrow().content()).isEqualTo(guide.content());
    }

    @Test
    @WithMockUser(username = "ed-ana", roles = "EDITOR")
    void a_save_overtaken_by_someone_elses_is_refused_and_the_form_keeps_the_editors_content() {
        Guide guide = created(TestGuides.serbia());
        open(guide);
        type("title-en", "Mine");

        LocalizedText theirTitle = guide.content().title().with(Language.EN, "Theirs");
        asBen(() -> editors.save(guide.id(), guide.version(), guide.slug(),
                guide.content().withTitle(theirTitle), "their edit"));
        saveWithMessage("my edit");

        assertThat(text("editor-message")).contains("Someone else saved this guide (now at revision 2)")
                .contains("your changes are still here");
        assertThat(find(TextField.class).id("title-en").getValue()).isEqualTo("Mine");
        assertThat(((GuideEditorView) UI.getCurrent().getCurrentView()).isDirty()).isTrue();
        assertThat(editors.find(guide.id()).orElseThrow().content().title()).isEqualTo(theirTitle);
        assertThat(editors.revisions(guide.id())).hasSize(2).noneMatch(revision -> revision.message().equals("my edit"));
    }

    @Test
    @WithMockUser(username = "ed-ana", roles = "EDITOR")
    void after_a_refused_save_the_editor_applies_their_changes_on_top_of_the_other_version_and_saves_both() {
        Guide guide = created(TestGuides.serbia());
        open(guide);
        test(find(com.vaadin.flow.component.textfield.TextArea.class).id("summary-en")).setValue("My summary");

        LocalizedText theirTitle = guide.content().title().with(Language.EN, "Theirs");
        asBen(() -> editors.save(guide.id(), guide.version(), guide.slug(),
                guide.content().withTitle(theirTitle), "their edit"));
        saveWithMessage("my edit");

        Dialog conflict = find(Dialog.class).id("conflict-dialog");
        assertThat(conflict.getElement().getTextRecursively()).contains("ed-ben").contains("Theirs")
                .contains("My summary");
        click("apply-mine");

        assertThat(find(TextField.class).id("title-en").getValue()).isEqualTo("Theirs");
        assertThat(text("editor-message")).contains("Your changes were applied on top of their version");
        saveWithMessage("my edit, on top of theirs");

        Guide stored = editors.find(guide.id()).orElseThrow();
        assertThat(stored.savedRevision()).isEqualTo(3);
        assertThat(stored.content().title()).isEqualTo(theirTitle);
        assertThat(stored.content().summary().in(Language.EN)).contains("My summary");
    }

    @Test
    @WithMockUser(username = "ed-ana", roles = "EDITOR")
    void changes_both_editors_made_to_the_same_text_are_listed_to_reapply_by_hand() {
        Guide guide = created(TestGuides.serbia());
        open(guide);
        type("title-en", "Mine");

        asBen(() -> editors.save(guide.id(), guide.version(), guide.slug(),
                guide.content().withTitle(guide.content().title().with(Language.EN, "Theirs")), "their edit"));
        saveWithMessage("my edit");
        click("apply-mine");

        assertThat(find(TextField.class).id("title-en").getValue()).isEqualTo("Theirs");
        assertThat(text("merge-conflicts")).contains("Mine").contains("Theirs");
        assertThat(editors.revisions(guide.id())).hasSize(2);
    }

    @Test
    @WithMockUser(username = "ed-ana", roles = "EDITOR")
    void an_editor_is_told_why_they_cannot_publish_their_own_changes_and_a_second_editor_publishes() {
        Guide guide = created(TestGuides.withSteps(3));
        open(guide);

        assertThat(find(Button.class).id("publish").isEnabled()).isFalse();
        assertThat(find(Span.class).id("publish-reason").getText())
                .isEqualTo("Cannot publish yet: you wrote or imported changes in this version: another editor must publish it");
        type("title-en", "Edited");
        assertThat(find(Span.class).id("publish-reason").getText()).isEqualTo("Cannot publish yet: save your changes first");
        UI.getCurrent().navigate(GuideListView.class);
        click("leave-dialog-confirm");

        Guide published = asBen(() -> {
            open(guide);
            assertThat(find(Button.class).id("publish").isEnabled()).isTrue();
            click("publish");
            // The test guide has no Traditional Chinese or Russian: the publisher sees so and must accept it.
            assertThat(find(com.vaadin.flow.component.html.ListItem.class).id("publish-translations-en").getText())
                    .isEqualTo("English: complete");
            assertThat(find(com.vaadin.flow.component.html.ListItem.class).id("publish-translations-ru").getText())
                    .matches(".+: 0 out of date, [1-9][0-9]* missing");
            assertThat(find(Button.class).id("publish-dialog-confirm").isEnabled()).isFalse();
            test(find(com.vaadin.flow.component.checkbox.Checkbox.class).id("publish-accept-translations")).click();
            click("publish-dialog-confirm");
            return editors.find(guide.id()).orElseThrow();
        });
        assertThat(published.status()).isEqualTo(GuideStatus.PUBLISHED);
        assertThat(published.publishedRevision()).isEqualTo(1);
    }

    @Test
    @WithMockUser(username = "ed-ana", roles = "EDITOR")
    @SuppressWarnings("unchecked")
    void the_preview_shows_unsaved_content_as_travelers_will_see_it_in_either_language() {
        Guide guide = created(TestGuides.serbia());
        open(guide);
        type("title-en", "Previewed, not saved");

        click("preview");

        assertThat(find(Dialog.class).id("preview-dialog").isOpened()).isTrue();
        assertThat(find(H1.class).id("guide-title").getText()).isEqualTo("Previewed, not saved");
        assertThat(find(Component.class).id("way-tabs").isVisible()).isTrue();
        test((Select<Language>) find(Select.class).id("preview-language")).selectItem("简体中文");
        assertThat(find(H1.class).id("guide-title").getText()).isEqualTo("塞尔维亚SIM卡注销");
        assertThat(editors.revisions(guide.id())).hasSize(1);
    }

    @Test
    @WithMockUser(username = "ed-ana", roles = "EDITOR")
    @SuppressWarnings("unchecked")
    void the_preview_opens_at_a_phones_width_and_widens_to_a_desktop() {
        open(created(TestGuides.serbia()));

        click("preview");

        var width = test((com.vaadin.flow.component.radiobutton.RadioButtonGroup<PreviewDialog.Width>)
                find(com.vaadin.flow.component.radiobutton.RadioButtonGroup.class).id("preview-width"));
        Component page = find(Component.class).id("preview-page");
        assertThat(page.getElement().getStyle().get("max-width")).isEqualTo("390px");
        assertThat(page.getElement().getClassList()).contains("wm-preview-phone");
        width.selectItem("Desktop");
        assertThat(page.getElement().getStyle().get("max-width")).isNull();
        assertThat(page.getElement().getClassList()).doesNotContain("wm-preview-phone");
        width.selectItem("Phone (390 px)");
        assertThat(page.getElement().getStyle().get("max-width")).isEqualTo("390px");
    }
}
