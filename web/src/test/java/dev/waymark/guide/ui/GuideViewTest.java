package dev.waymark.guide.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
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
import dev.waymark.guide.Step;
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

    /** The step items shown in every way panel, whether or not its tab is selected. */
    private List<ListItem> shownSteps() {
        return $(ListItem.class).all().stream().filter(item -> item.hasClassName("wm-step")).toList();
    }

    private static String text(Component component) {
        return component.getElement().getTextRecursively();
    }

    @Test
    void shows_the_guide_in_the_language_of_the_link() {
        navigate("guides/" + SERBIA + "?lang=en", GuideView.class);
        assertThat(text($(H1.class).id("guide-title")))
                .isEqualTo(serbia().content().title().in(Language.EN).orElseThrow());

        navigate("guides/" + SERBIA + "?lang=zh-CN", GuideView.class);
        assertThat(text($(H1.class).id("guide-title"))).contains("塞尔维亚");
    }

    @Test
    void names_the_serbian_operators_with_their_former_names() {
        navigate("guides/" + SERBIA + "?lang=en", GuideView.class);

        String operators = text($(Paragraph.class).id("operators"));
        assertThat(operators).contains("mts", "Yettel", "A1").contains("Telenor").doesNotContainIgnoringCase("mtel")
                .doesNotContain("Orange");
    }

    @Test
    @SuppressWarnings("unchecked")
    void choosing_esim_shows_only_the_steps_that_apply_to_esim() {
        navigate("guides/" + SERBIA + "?lang=en", GuideView.class);
        int allSteps = shownSteps().size();

        Select<String> card = $(Select.class).id("pick-card");
        test(card).selectItem(CardType.ESIM.label(Language.EN));

        long expected = serbia().content().ways().stream().flatMap(way -> way.steps().stream())
                .filter(step -> step.appliesTo().cardTypes().isEmpty() || step.appliesTo().cardTypes().contains(CardType.ESIM))
                .count();
        assertThat(shownSteps()).hasSize((int) expected).hasSizeLessThan(allSteps);
        List<String> onlyForOtherCards = serbia().content().ways().stream().flatMap(way -> way.steps().stream())
                .filter(step -> !step.appliesTo().cardTypes().isEmpty()
                        && !step.appliesTo().cardTypes().contains(CardType.ESIM))
                .map(Step::text).map(t -> t.in(Language.EN).orElseThrow()).toList();
        assertThat(onlyForOtherCards).isNotEmpty();
        String shown = String.join("\n", shownSteps().stream().map(GuideViewTest::text).toList());
        for (String other : onlyForOtherCards) {
            assertThat(shown).doesNotContain(firstWords(other));
        }
        assertThat($(TabSheet.class).id("way-tabs").getElement().getTextRecursively()).isNotNull();
    }

    @Test
    void the_situation_in_the_link_is_applied_and_values_that_do_not_fit_are_ignored() {
        navigate("guides/" + SERBIA + "?lang=en&card=esim&operator=rs-yettel", GuideView.class);
        assertThat(test($(Select.class).id("pick-card")).getSelected()).isEqualTo("esim");
        assertThat(test($(Select.class).id("pick-operator")).getSelected()).isEqualTo("rs-yettel");

        navigate("guides/" + SERBIA + "?lang=en&card=floppy&operator=ru-mts", GuideView.class);
        assertThat(test($(Select.class).id("pick-card")).getSelected()).isEqualTo("");
        assertThat(test($(Select.class).id("pick-operator")).getSelected()).isEqualTo("");
    }

    @Test
    void an_unknown_guide_says_so() {
        navigate("guides/no-such-guide", GuideView.class);
        assertThat($(Paragraph.class).id("not-found").isVisible()).isTrue();

        navigate("guides/%25%00..", GuideView.class);
        assertThat($(Paragraph.class).id("not-found").isVisible()).isTrue();
    }

    @Test
    void unverified_facts_are_marked_and_sources_listed() {
        navigate("guides/" + SERBIA + "?lang=en", GuideView.class);
        long badges = $(com.vaadin.flow.component.html.Span.class).all().stream()
                .filter(span -> span.hasClassName("wm-unverified")).count();
        assertThat(badges).isPositive();
        assertThat(text($(Paragraph.class).id("last-verified"))).contains("2026");
        assertThat(Set.copyOf(serbia().content().provenance().sources())).isNotEmpty();
    }

    private static String firstWords(String text) {
        String plain = text.replaceAll("[*_`\\[\\]()]", "");
        return plain.length() > 25 ? plain.substring(0, 25) : plain;
    }
}
