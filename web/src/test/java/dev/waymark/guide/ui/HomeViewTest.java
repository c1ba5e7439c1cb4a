package dev.waymark.guide.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Section;
import dev.waymark.base.TestDatabaseInitializer;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

@SpringBootTest
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
class HomeViewTest extends SpringBrowserlessTest {

    @Test
    void lists_serbia_russia_and_belgium_with_their_guides() {
        open("", "lang=en", HomeView.class);

        assertThat(find(Div.class).id("country-RS").getElement().getTextRecursively()).contains("Serbia");
        assertThat(find(Div.class).id("country-RU").getElement().getTextRecursively()).contains("Russia");
        assertThat(find(Div.class).id("country-BE").getElement().getTextRecursively()).contains("Belgium");
    }

    @Test
    void names_the_countries_in_chinese_for_chinese_readers() {
        open("", "lang=zh-CN", HomeView.class);

        assertThat(find(Div.class).id("country-RS").getElement().getTextRecursively()).contains("塞尔维亚");
    }

    @Test
    void a_simple_search_finds_guides() {
        open("", "lang=en&q=" + URLEncoder.encode("Yettel", StandardCharsets.UTF_8), HomeView.class);

        assertThat(find(Section.class).id("search-results").getElement().getTextRecursively()).contains("Serbia");
    }

    @ParameterizedTest
    @ValueSource(strings = {"%", "_", "\\", "'; drop table guide; --", "😀", "\u0000"})
    void hostile_queries_find_nothing_and_break_nothing(String query) {
        open("", "lang=en&q=" + URLEncoder.encode(query, StandardCharsets.UTF_8), HomeView.class);

        assertThat(find(Section.class).id("countries").isVisible()).isTrue();
    }

    @Test
    void queries_are_cut_to_a_sane_length() {
        assertThat(HomeView.clean("x".repeat(10_000))).hasSize(HomeView.QUERY_MAX_LENGTH);
        assertThat(HomeView.clean("a\u0000b")).isEqualTo("ab");
    }

    @Test
    void chinese_searches_find_the_guides_with_the_matched_words_marked() {
        open("", "lang=zh-CN&q=" + URLEncoder.encode("注销", StandardCharsets.UTF_8), HomeView.class);

        Section results = find(Section.class).id("search-results");
        assertThat(results.getElement().getTextRecursively()).contains("塞尔维亚", "俄罗斯", "比利时");
        assertThat(results.getElement().getOuterHTML()).contains("<mark>注销</mark>");
    }

    @Test
    void search_filters_narrow_the_results_and_live_in_the_address() {
        open("", "lang=en&q=eSIM&country=RS", HomeView.class);

        String text = find(com.vaadin.flow.component.html.UnorderedList.class).id("search-hits").getElement()
                .getTextRecursively();
        assertThat(text).contains("Serbia").doesNotContain("Belgium").doesNotContain("Russia");
        assertThat(test(find(com.vaadin.flow.component.select.Select.class).id("filter-country")).getSelected())
                .isEqualTo("RS");
    }

    @Test
    void typing_in_the_search_box_shows_results_without_pressing_enter() {
        open("", "lang=en", HomeView.class);
        com.vaadin.flow.component.textfield.TextField box = find(com.vaadin.flow.component.textfield.TextField.class)
                .id("search");

        test(box).setValue("Yettel");

        assertThat(find(Section.class).id("search-results").getElement().getTextRecursively()).contains("Serbia");
    }

    @Test
    void a_search_that_finds_nothing_says_so_and_offers_the_countries() {
        open("", "lang=en&q=" + URLEncoder.encode("xyzzy nothing", StandardCharsets.UTF_8), HomeView.class);

        assertThat(find(com.vaadin.flow.component.html.Paragraph.class).id("search-none").getText()).contains("xyzzy");
        assertThat(find(Div.class).id("country-RS").isVisible()).isTrue();
    }

    /** Navigates with query parameters, which the browserless navigate(String, Class) does not take. */
    private <T extends com.vaadin.flow.component.Component> T open(String path, String query, Class<T> view) {
        com.vaadin.flow.component.UI.getCurrent().navigate(path,
                com.vaadin.flow.router.QueryParameters.fromString(query));
        return view.cast(com.vaadin.flow.component.UI.getCurrent().getCurrentView());
    }
}
