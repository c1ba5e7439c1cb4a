package dev.waymark.guide.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import dev.waymark.base.TestDatabaseInitializer;
import dev.waymark.guide.CardType;
import dev.waymark.guide.Language;
import dev.waymark.guide.PublishedGuide;
import dev.waymark.guide.ReaderGuides;
import dev.waymark.guide.Slug;
import dev.waymark.guide.Situation;
import dev.waymark.guide.Step;
import dev.waymark.guide.Way;
import dev.waymark.guide.WayKind;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

@SpringBootTest
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
class GuideViewTest extends SpringBrowserlessTest {

    private static final String SERBIA = "serbia-cancel-mobile-service";

    @Autowired
    ReaderGuides guides;

    private PublishedGuide serbia() {
        return guides.find(new Slug(SERBIA)).orElseThrow();
    }

    private static String text(Component component) {
        return component.getElement().getTextRecursively();
    }

    @Test
    void shows_the_guide_in_the_language_of_the_link() {
        open("guides/" + SERBIA, "lang=en", GuideView.class);
        assertThat(text(find(H1.class).id("guide-title")))
                .isEqualTo(serbia().content().title().in(Language.EN).orElseThrow());

        open("guides/" + SERBIA, "lang=zh-CN", GuideView.class);
        assertThat(text(find(H1.class).id("guide-title"))).contains("塞尔维亚");
    }

    @Test
    void names_the_serbian_operators_with_their_former_names() {
        open("guides/" + SERBIA, "lang=en", GuideView.class);

        String operators = text(find(Paragraph.class).id("operators"));
        assertThat(operators).contains("mts", "Yettel", "A1").contains("Telenor").doesNotContainIgnoringCase("mtel")
                .doesNotContain("Orange");
    }

    @Test
    @SuppressWarnings("unchecked")
    void choosing_esim_shows_only_the_steps_that_apply_to_esim() {
        open("guides/" + SERBIA, "lang=en", GuideView.class);
        int stepsOfAllCards = stepsInEveryTab().size();

        Select<String> card = find(Select.class).id("pick-card");
        test(card).selectItem(CardType.ESIM.label(Language.EN));

        List<Way> esimWays = serbia().content().forSituation(Situation.ANY.withCardType(CardType.ESIM)).ways();
        List<String> shown = stepsInEveryTab();
        assertThat(shown).hasSize(esimWays.stream().mapToInt(way -> way.steps().size()).sum())
                .hasSizeLessThan(stepsOfAllCards);
        assertThat(esimWays).extracting(Way::kind).contains(WayKind.DEVICE_SETTINGS);
        for (Way way : serbia().content().ways()) {
            for (Step step : way.steps()) {
                boolean forEsim = step.appliesTo().cardTypes().isEmpty()
                        || step.appliesTo().cardTypes().contains(CardType.ESIM);
                if (!forEsim) {
                    String html = dev.waymark.base.SafeMarkdown.toHtml(step.text().in(Language.EN).orElseThrow());
                    assertThat(shown).doesNotContain(org.jsoup.Jsoup.parse(html).text());
                }
            }
        }
    }

    /** The text of every step shown, selecting each way's tab in turn (a tab's content exists only while selected). */
    private List<String> stepsInEveryTab() {
        TabSheet tabs = find(TabSheet.class).id("way-tabs");
        List<String> texts = new java.util.ArrayList<>();
        for (int index = 0; index < tabs.getTabCount(); index++) {
            tabs.setSelectedIndex(index);
            Component panel = tabs.getComponent(tabs.getTabAt(index));
            find(ListItem.class, panel).all().stream().filter(item -> item.hasClassName("wm-step"))
                    .map(item -> org.jsoup.Jsoup.parse(item.getElement().getChild(0).getProperty("innerHTML", ""))
                            .text().strip())
                    .forEach(texts::add);
        }
        return texts;
    }

    @Test
    void the_situation_in_the_link_is_applied_and_values_that_do_not_fit_are_ignored() {
        open("guides/" + SERBIA, "lang=en&card=esim&operator=rs-yettel", GuideView.class);
        assertThat(test(find(Select.class).id("pick-card")).getSelected()).isEqualTo("esim");
        assertThat(test(find(Select.class).id("pick-operator")).getSelected()).isEqualTo("rs-yettel");

        open("guides/" + SERBIA, "lang=en&card=floppy&operator=ru-mts", GuideView.class);
        assertThat(test(find(Select.class).id("pick-card")).getSelected()).isEqualTo("");
        assertThat(test(find(Select.class).id("pick-operator")).getSelected()).isEqualTo("");
    }

    @Test
    void an_unknown_guide_says_so() {
        navigate("guides/no-such-guide", GuideView.class);
        assertThat(find(Paragraph.class).id("not-found").isVisible()).isTrue();

        navigate("guides/%25%00..", GuideView.class);
        assertThat(find(Paragraph.class).id("not-found").isVisible()).isTrue();
    }

    @Test
    void unverified_facts_general_advice_and_sourced_facts_are_each_marked_and_sources_listed() {
        open("guides/" + SERBIA, "lang=en", GuideView.class);
        List<com.vaadin.flow.component.html.Span> badges = find(com.vaadin.flow.component.html.Span.class).all();
        assertThat(badges.stream().filter(span -> span.hasClassName("wm-unverified") && span.hasClassName("fact-unverified"))
                .map(span -> span.getText())).isNotEmpty().containsOnly("Unverified");
        assertThat(badges.stream().filter(span -> span.hasClassName("wm-advice") && span.hasClassName("fact-advice"))
                .map(span -> span.getText())).isNotEmpty().containsOnly("General advice");
        assertThat(find(com.vaadin.flow.component.html.Anchor.class).all().stream()
                .filter(link -> link.hasClassName("fact-sourced"))).isNotEmpty()
                .allMatch(link -> link.getHref().startsWith("#source-"));
        // The way itself says whether it is sourced: Serbia's store visit is not.
        open("guides/" + SERBIA, "lang=en&way=store-visit", GuideView.class);
        assertThat(find(Div.class).id("panel-store-visit").getChildren()
                .filter(child -> child.getElement().getClassList().contains("wm-way-about")).findFirst().orElseThrow()
                .getChildren().anyMatch(child -> child.getElement().getClassList().contains("fact-unverified"))).isTrue();
        assertThat(text(find(Paragraph.class).id("last-verified"))).contains("2026");
        assertThat(Set.copyOf(serbia().content().provenance().sources())).isNotEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void ticking_steps_counts_progress_and_says_when_a_way_is_done() {
        open("guides/" + SERBIA, "lang=en&card=physical-sim&way=store-visit", GuideView.class);
        com.vaadin.flow.component.Component panel = find(Div.class).id("panel-store-visit");
        List<Checkbox> checks = find(Checkbox.class, panel).all();
        Paragraph status = find(Paragraph.class).id("progress-store-visit");
        assertThat(status.getText()).isEqualTo("0 of " + checks.size() + " steps done");

        test(checks.getFirst()).click();
        assertThat(status.getText()).isEqualTo("1 of " + checks.size() + " steps done");

        checks.forEach(box -> {
            if (!box.getValue()) {
                test(box).click();
            }
        });
        assertThat(status.getText()).isEqualTo("✓ All steps done.");
        assertThat(status.hasClassName("wm-done")).isTrue();
    }

    @Test
    @SuppressWarnings("unchecked")
    void one_step_at_a_time_shows_a_single_step_and_moves_on_when_it_is_ticked() {
        open("guides/" + SERBIA, "lang=en&card=physical-sim&way=store-visit", GuideView.class);
        com.vaadin.flow.component.Component panel = find(Div.class).id("panel-store-visit");
        List<ListItem> steps = find(ListItem.class, panel).all().stream().filter(item -> item.hasClassName("wm-step")).toList();
        assertThat(steps).hasSizeGreaterThan(2).allMatch(ListItem::isVisible);
        RadioButtonGroup<Boolean> mode = find(RadioButtonGroup.class).id("step-mode");
        mode.setValue(true);
        assertThat(steps).filteredOn(ListItem::isVisible).containsExactly(steps.get(0));

        test(find(Button.class).id("next-store-visit")).click();
        assertThat(steps).filteredOn(ListItem::isVisible).containsExactly(steps.get(1));

        test(find(Checkbox.class, steps.get(1)).atIndex(1)).click();
        assertThat(steps).filteredOn(ListItem::isVisible).containsExactly(steps.get(2));

        test(find(Button.class).id("previous-store-visit")).click();
        assertThat(steps).filteredOn(ListItem::isVisible).containsExactly(steps.get(1));
    }

    @Test
    void before_you_start_is_a_checklist() {
        open("guides/" + SERBIA, "lang=en", GuideView.class);
        com.vaadin.flow.component.Component documents = find(com.vaadin.flow.component.html.UnorderedList.class).id("documents");
        assertThat(find(Checkbox.class, documents).all()).hasSize(serbia().content().documents().size());
    }

    /** Navigates with query parameters, which the browserless navigate(String, Class) does not take. */
    private <T extends com.vaadin.flow.component.Component> T open(String path, String query, Class<T> view) {
        com.vaadin.flow.component.UI.getCurrent().navigate(path,
                com.vaadin.flow.router.QueryParameters.fromString(query));
        return view.cast(com.vaadin.flow.component.UI.getCurrent().getCurrentView());
    }
}
