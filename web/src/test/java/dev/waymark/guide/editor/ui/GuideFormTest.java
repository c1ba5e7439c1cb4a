package dev.waymark.guide.editor.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.BrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldBase;
import dev.waymark.guide.CardType;
import dev.waymark.guide.CountryCode;
import dev.waymark.guide.GuideContent;
import dev.waymark.guide.Language;
import dev.waymark.guide.LocalizedText;
import dev.waymark.guide.OperatorCode;
import dev.waymark.guide.Provenance;
import dev.waymark.guide.Slug;
import dev.waymark.guide.Step;
import dev.waymark.guide.TestGuides;
import dev.waymark.guide.Topic;
import dev.waymark.guide.Way;
import dev.waymark.guide.WayKind;
import dev.waymark.report.ui.EmptyView;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The guide form on its own, without Spring: it holds no service. */
@ViewPackages(classes = EmptyView.class)
class GuideFormTest extends BrowserlessTest {

    private static final Map<OperatorCode, String> SERBIAN_OPERATORS = new LinkedHashMap<>();

    static {
        SERBIAN_OPERATORS.put(TestGuides.A1, "A1");
        SERBIAN_OPERATORS.put(TestGuides.MTS, "mts");
        SERBIAN_OPERATORS.put(TestGuides.YETTEL, "Yettel");
    }

    private GuideForm form;
    private final AtomicInteger changes = new AtomicInteger();

    @BeforeEach
    void showForm() {
        form = new GuideForm(Language.EN, new CountryCode("RS"), SERBIAN_OPERATORS);
        form.addChangeListener(event -> changes.incrementAndGet());
        UI.getCurrent().add(form);
    }

    private static GuideContent empty() {
        return new GuideContent(Language.ZH_CN, new CountryCode("RS"), Topic.CANCEL_MOBILE_SERVICE,
                LocalizedText.of("塞尔维亚注销SIM卡", "Cancel a SIM in Serbia"), LocalizedText.EMPTY,
                Set.of(CardType.values()), List.of(TestGuides.MTS, TestGuides.YETTEL, TestGuides.A1), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of(), Provenance.NONE, "");
    }

    /** Selects a tab: a tab's content is attached only while it is selected. */
    private void tab(String id) {
        find(TabSheet.class).id("editor-tabs").setSelectedTab(find(id));
    }

    private Tab find(String id) {
        return find(Tab.class).id(id);
    }

    private void click(String id) {
        test(find(Button.class).id(id)).click();
    }

    @SuppressWarnings("unchecked")
    private TextFieldBase<?, String> text(String id) {
        return find(TextFieldBase.class).id(id);
    }

    private void type(String id, String value) {
        Component field = text(id);
        if (field instanceof TextArea area) {
            test(area).setValue(value);
        } else {
            test((TextField) field).setValue(value);
        }
    }

    @SuppressWarnings("unchecked")
    private void chooseKind(String wayId, String label) {
        test((Select<WayKind>) find(Select.class).id(wayId + "-kind")).selectItem(label);
    }

    private GuideContent read() {
        return form.read().orElseThrow(() -> new AssertionError("refused: " + find(Component.class).id("problems")
                .getElement().getTextRecursively())).content();
    }

    /** The language of the field shown first (on the left) in a translation pair. */
    private static String firstLanguage(LocalizedTextField field) {
        Component pair = field.getChildren().findFirst().orElseThrow();
        return pair.getChildren().findFirst().orElseThrow().getElement().getAttribute("lang");
    }

    @Test
    void each_text_is_edited_beside_its_translation_with_the_source_language_first() {
        form.setValue(new Slug("serbia"), TestGuides.serbia());
        LocalizedTextField title = find(LocalizedTextField.class).id("title");
        assertThat(title.field(Language.ZH_CN).getLabel()).isEqualTo("简体中文 · source");
        assertThat(title.field(Language.EN).getLabel()).isEqualTo("English · translation");
        assertThat(firstLanguage(title)).isEqualTo("zh-CN");
        assertThat(changes).hasValue(0);

        type("title-en", "Cancel your Serbian SIM");
        type("summary-en", "");

        assertThat(changes.get()).isPositive();
        assertThat(text("summary-en").getHelperText()).isEqualTo("Not translated yet: readers see the source text.");
        GuideContent content = read();
        assertThat(content.title()).isEqualTo(LocalizedText.of("塞尔维亚SIM卡注销", "Cancel your Serbian SIM"));
        assertThat(content.summary().has(Language.EN)).isFalse();

        @SuppressWarnings("unchecked")
        Select<Language> source = find(Select.class).id("source-language");
        test(source).selectItem("English");
        assertThat(firstLanguage(title)).isEqualTo("en");
        assertThat(title.field(Language.EN).getLabel()).isEqualTo("English · source");
        assertThat(read().sourceLanguage()).isEqualTo(Language.EN);
    }

    @Test
    void ways_and_steps_are_added_filled_in_and_a_step_is_moved_up() {
        form.setValue(new Slug("serbia"), empty());
        tab("tab-ways");

        click("add-way");
        click("add-way");
        chooseKind("way-1", "Store visit");
        chooseKind("way-2", "Phone hotline");
        click("way-1-add-step");
        click("way-1-add-step");
        click("way-1-add-step");
        type("way-1-step-1-text-zh-CN", "带护照去营业厅");
        type("way-1-step-2-text-zh-CN", "交回SIM卡");
        type("way-1-step-3-text-zh-CN", "索取注销证明");
        type("way-1-step-3-text-en", "Ask for a confirmation");
        click("way-2-add-step");
        type("way-2-step-1-text-zh-CN", "拨打客服");

        click("way-1-step-3-up");

        assertThat(text("way-1-step-2-text-zh-CN").getValue()).isEqualTo("索取注销证明");
        assertThat(text("way-1-step-2-text-en").getValue()).isEqualTo("Ask for a confirmation");
        assertThat(find(Button.class).id("way-1-step-1-up").isEnabled()).isFalse();
        GuideContent content = read();
        assertThat(content.ways()).extracting(Way::kind).containsExactly(WayKind.STORE_VISIT, WayKind.HOTLINE);
        assertThat(content.ways().getFirst().steps()).extracting(step -> step.text().in(Language.ZH_CN).orElseThrow())
                .containsExactly("带护照去营业厅", "索取注销证明", "交回SIM卡");
        assertThat(content.ways().get(1).steps()).hasSize(1);

        click("way-1-down");
        assertThat(read().ways()).extracting(Way::kind).containsExactly(WayKind.HOTLINE, WayKind.STORE_VISIT);
        click("way-1-step-1-remove");
        assertThat(read().ways().getFirst().steps()).isEmpty();
    }

    @Test
    void a_refused_part_shows_the_domains_message_beside_its_field_and_nothing_is_read() {
        form.setValue(new Slug("serbia"), empty());
        tab("tab-ways");
        click("add-way");
        chooseKind("way-1", "Store visit");
        click("way-1-add-step");

        assertThat(form.read()).isEmpty();

        LocalizedTextField stepText = find(LocalizedTextField.class).id("way-1-step-1-text");
        assertThat(stepText.isInvalid()).isTrue();
        assertThat(stepText.getErrorMessage()).isEqualTo("a step needs its text");
        assertThat(find(Component.class).id("problems").getElement().getTextRecursively())
                .contains("Ways and steps › Way 1 · Store visit › Step 1: a step needs its text");
        assertThat(find("tab-ways").getLabel()).isEqualTo("Ways and steps (1)");

        type("way-1-step-1-text-zh-CN", "带护照去营业厅");
        assertThat(form.read()).isPresent();
        assertThat(stepText.isInvalid()).isFalse();
        assertThat(find(Component.class).withId("problems").exists()).isFalse();
    }

    @Test
    @SuppressWarnings("unchecked")
    void parts_that_name_an_operator_or_source_the_guide_dropped_are_refused_beside_their_fields() {
        form.setValue(new Slug("serbia"), TestGuides.serbia());
        test((CheckboxGroup<OperatorCode>) find(CheckboxGroup.class).id("operators")).deselectItem("mts");

        assertThat(form.read()).isEmpty();

        tab("tab-ways");
        ApplicabilityField limited = find(ApplicabilityField.class).id("way-1-step-1-applies");
        assertThat(limited.getErrorMessage())
                .isEqualTo("a part is limited to operator rs-mts, which the guide does not cover");
        assertThat(((Select<OperatorCode>) find(Select.class).id("way-1-contact-1-operator")).getErrorMessage())
                .isEqualTo("a contact belongs to operator rs-mts, which the guide does not cover");
        assertThat(find(ApplicabilityField.class).id("way-1-step-2-applies").isInvalid()).isFalse();

        tab("tab-details");
        test((CheckboxGroup<OperatorCode>) find(CheckboxGroup.class).id("operators")).selectItem("mts");
        tab("tab-sources");
        click("source-1-remove");
        assertThat(form.read()).isEmpty();
        assertThat(find(EvidenceField.class).id("way-1-step-1-evidence").getErrorMessage())
                .isEqualTo("a fact cites source 'mts-contact', which the guide does not list");
    }

    @Test
    void every_part_of_a_full_guide_reads_back_as_it_was_loaded() {
        GuideContent serbia = TestGuides.serbia().withUnsorted("## Leftover\nimported text");
        form.setValue(new Slug("serbia"), serbia);

        assertThat(read()).isEqualTo(serbia);
        assertThat(form.read().orElseThrow().slug()).isEqualTo(new Slug("serbia"));
        assertThat(find(Component.class).id("unsorted-warning").isVisible()).isTrue();
        assertThat(changes).hasValue(0);
    }

    @Test
    void a_step_is_limited_to_a_phone_and_cites_a_source() {
        form.setValue(new Slug("serbia"), TestGuides.serbia());
        tab("tab-ways");
        click("way-2-add-step");
        type("way-2-step-3-text-zh-CN", "取回押金");
        @SuppressWarnings("unchecked")
        CheckboxGroup<dev.waymark.guide.Platform> platforms = find(CheckboxGroup.class).id("way-2-step-3-applies-platforms");
        test(platforms).selectItem("Android");
        @SuppressWarnings("unchecked")
        CheckboxGroup<dev.waymark.guide.SourceKey> cited = find(CheckboxGroup.class).id("way-2-step-3-evidence-sources");
        test(cited).selectItem("a1-faq");

        Step added = read().ways().get(1).steps().get(2);
        assertThat(added.appliesTo().platforms()).containsExactly(dev.waymark.guide.Platform.ANDROID);
        assertThat(added.evidence().sources()).extracting(dev.waymark.guide.SourceKey::value).containsExactly("a1-faq");
    }

    @Test
    void loaded_ways_fold_to_an_outline_of_their_steps_and_jump_links_open_them() {
        form.setValue(new Slug("serbia"), TestGuides.serbia());
        tab("tab-ways");

        com.vaadin.flow.component.details.Details hotline = find(com.vaadin.flow.component.details.Details.class)
                .id("way-1-fold");
        assertThat(hotline.isOpened()).isFalse();
        assertThat(hotline.getSummaryText()).startsWith("3 steps: 1. ");
        assertThat(find(com.vaadin.flow.component.details.Details.class).id("way-2-fold").isOpened()).isFalse();
        assertThat(find(Button.class).id("jump-way-1").getText()).isEqualTo("Way 1 · Phone hotline");

        click("jump-way-2-step-1");
        assertThat(find(com.vaadin.flow.component.details.Details.class).id("way-2-fold").isOpened()).isTrue();
        assertThat(hotline.isOpened()).isFalse();

        click("add-way");
        assertThat(find(com.vaadin.flow.component.details.Details.class).id("way-4-fold").isOpened())
                .as("a way just added is open").isTrue();
        assertThat(find(com.vaadin.flow.component.details.Details.class).id("way-4-fold").getSummaryText())
                .isEqualTo("No steps yet");
        assertThat(find(Button.class).id("jump-way-4")).isNotNull();
    }

    @Test
    void a_statement_is_sourced_unverified_or_general_advice_and_a_sourced_one_needs_a_source() {
        form.setValue(new Slug("serbia"), TestGuides.serbia());
        tab("tab-ways");
        click("way-2-add-step");
        type("way-2-step-3-text-zh-CN", "取回押金");
        assertThat(read().ways().get(1).steps().get(2).evidence()).as("a new statement starts unverified")
                .isEqualTo(dev.waymark.guide.Evidence.UNVERIFIED);

        @SuppressWarnings("unchecked")
        var kind = (com.vaadin.flow.component.radiobutton.RadioButtonGroup<dev.waymark.guide.Evidence.Kind>)
                find(com.vaadin.flow.component.radiobutton.RadioButtonGroup.class).id("way-2-step-3-evidence-kind");
        test(kind).selectItem("Sourced fact");
        assertThat(form.read()).isEmpty();
        assertThat(find(EvidenceField.class).id("way-2-step-3-evidence").getErrorMessage())
                .startsWith("a fact cannot be marked verified without a source");

        test(kind).selectItem("General advice");
        assertThat(read().ways().get(1).steps().get(2).evidence()).isEqualTo(dev.waymark.guide.Evidence.ADVICE);
    }

    @Test
    void a_step_dragged_by_its_heading_onto_another_takes_its_place() {
        form.setValue(new Slug("serbia"), TestGuides.serbia());
        tab("tab-ways");
        List<String> before = read().ways().getFirst().steps().stream()
                .map(step -> step.text().resolve(Language.EN, Language.EN)).toList();
        Component dragged = find(Component.class).id("way-1-step-1").getParent().orElseThrow();
        Component head = dragged.getChildren().findFirst().orElseThrow();
        Component target = find(Component.class).id("way-1-step-3").getParent().orElseThrow();

        com.vaadin.flow.component.ComponentUtil.fireEvent(head,
                new com.vaadin.flow.component.dnd.DragStartEvent<>(head, true, 0, 0, 0, 0));
        com.vaadin.flow.component.ComponentUtil.fireEvent(target,
                new com.vaadin.flow.component.dnd.DropEvent<>(target, true, "move", 0, 0, 0, 0));

        assertThat(read().ways().getFirst().steps()).extracting(step -> step.text().resolve(Language.EN, Language.EN))
                .containsExactly(before.get(1), before.get(2), before.get(0));
        assertThat(changes).hasValue(1);
    }
}
