package dev.waymark.guide.editor.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import dev.waymark.base.TestDatabaseInitializer;
import dev.waymark.guide.CountryCode;
import dev.waymark.guide.EditorGuides;
import dev.waymark.guide.Guide;
import dev.waymark.guide.GuideContent;
import dev.waymark.guide.GuideListing;
import dev.waymark.guide.GuideStatus;
import dev.waymark.guide.LocalizedText;
import dev.waymark.guide.Provenance;
import dev.waymark.guide.Slug;
import dev.waymark.guide.TestGuides;
import java.time.LocalDate;
import java.util.ArrayList;
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
class GuideListViewTest extends SpringBrowserlessTest {

    @Autowired
    EditorGuides editors;

    private final String suffix = UUID.randomUUID().toString().substring(0, 8);

    private void open(String path) {
        UI.getCurrent().navigate(path, QueryParameters.fromString("lang=en"));
    }

    @SuppressWarnings("unchecked")
    private List<String> slugsShown() {
        Grid<GuideListing> grid = find(Grid.class).id("guides");
        List<String> slugs = new ArrayList<>();
        for (int row = 0; row < test(grid).size(); row++) {
            slugs.add(test(grid).getRow(row).slug().value());
        }
        return slugs;
    }

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

    @Test
    @WithMockUser(username = "list-admin", roles = {"ADMIN", "EDITOR"})
    @SuppressWarnings("unchecked")
    void the_list_filters_by_text_status_country_and_review_due() {
        GuideContent overdue = TestGuides.serbia().withProvenance(
                new Provenance(TestGuides.serbia().provenance().sources(), LocalDate.now().minusMonths(2),
                        LocalDate.now().minusDays(1)));
        editors.create(new Slug("list-rs-" + suffix), overdue, "");
        GuideContent belgium = new GuideContent(TestGuides.serbia().sourceLanguage(), new CountryCode("BE"),
                TestGuides.serbia().topic(), LocalizedText.of("比利时 " + suffix, "Belgium " + suffix),
                LocalizedText.EMPTY, TestGuides.serbia().cardTypes(), List.of(), List.of(), List.of(),
                TestGuides.withSteps(1).ways(), List.of(), List.of(), List.of(), List.of(),
                TestGuides.serbia().provenance(), "");
        Guide be = editors.create(new Slug("list-be-" + suffix), belgium, "");
        publishedByASecondEditor(be);
        open("editor/guides");

        test(find(TextField.class).id("filter-text")).setValue(suffix);
        assertThat(slugsShown()).containsExactlyInAnyOrder("list-rs-" + suffix, "list-be-" + suffix);

        test((Select<GuideStatus>) find(Select.class).id("filter-status")).selectItem("Published");
        assertThat(slugsShown()).containsExactly("list-be-" + suffix);

        find(Select.class).id("filter-status").clear();
        test((ComboBox<CountryCode>) find(ComboBox.class).id("filter-country")).selectItem("Serbia");
        assertThat(slugsShown()).containsExactly("list-rs-" + suffix);

        find(ComboBox.class).id("filter-country").clear();
        test(find(Checkbox.class).id("filter-due")).click();
        assertThat(slugsShown()).containsExactly("list-rs-" + suffix);
        Grid<GuideListing> grid = find(Grid.class).id("guides");
        assertThat(test(grid).getCellComponent(0, "reviewDue").getElement().getClassList()).contains("wm-overdue");
    }

    @SuppressWarnings("unchecked")
    private void createInDialog(String slug, String title) {
        open("editor/guides");
        test(find(Button.class).id("new-guide")).click();
        test(find(TextField.class).id("new-slug")).setValue(slug);
        test((ComboBox<CountryCode>) find(ComboBox.class).id("new-country")).selectItem("Serbia (RS)");
        test(find(TextField.class).id("new-title")).setValue(title);
        test(find(Button.class).id("create-guide")).click();
    }

    @Test
    @WithMockUser(username = "list-editor", roles = "EDITOR")
    void a_new_guide_is_created_and_opened_in_the_editor_and_a_taken_slug_is_refused_beside_it() {
        createInDialog("list-new-" + suffix, "Cancel a SIM in Serbia");

        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(GuideEditorView.class);
        Guide created = editors.findBySlug(new Slug("list-new-" + suffix)).orElseThrow();
        assertThat(created.content().country()).isEqualTo(new CountryCode("RS"));
        assertThat(created.status()).isEqualTo(GuideStatus.DRAFT);

        createInDialog("list-new-" + suffix, "Another");

        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(GuideListView.class);
        assertThat(find(TextField.class).id("new-slug").getErrorMessage()).contains("is taken by another guide");
    }

    @Test
    @WithAnonymousUser
    void anonymous_visitors_are_sent_to_the_login() {
        open("editor/guides");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(dev.waymark.account.ui.LoginView.class);
    }
}
