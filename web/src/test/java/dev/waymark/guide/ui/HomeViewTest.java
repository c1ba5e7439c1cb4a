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

        assertThat($(Div.class).id("country-RS").getElement().getTextRecursively()).contains("Serbia");
        assertThat($(Div.class).id("country-RU").getElement().getTextRecursively()).contains("Russia");
        assertThat($(Div.class).id("country-BE").getElement().getTextRecursively()).contains("Belgium");
    }

    @Test
    void names_the_countries_in_chinese_for_chinese_readers() {
        open("", "lang=zh-CN", HomeView.class);

        assertThat($(Div.class).id("country-RS").getElement().getTextRecursively()).contains("塞尔维亚");
    }

    @Test
    void a_simple_search_finds_guides() {
        open("", "lang=en&q=" + URLEncoder.encode("Yettel", StandardCharsets.UTF_8), HomeView.class);

        assertThat($(Section.class).id("search-results").getElement().getTextRecursively()).contains("Serbia");
    }

    @ParameterizedTest
    @ValueSource(strings = {"%", "_", "\\", "'; drop table guide; --", "😀", "\u0000"})
    void hostile_queries_find_nothing_and_break_nothing(String query) {
        open("", "lang=en&q=" + URLEncoder.encode(query, StandardCharsets.UTF_8), HomeView.class);

        assertThat($(Section.class).id("countries").isVisible()).isTrue();
    }

    @Test
    void queries_are_cut_to_a_sane_length() {
        assertThat(HomeView.clean("x".repeat(10_000))).hasSize(HomeView.QUERY_MAX_LENGTH);
        assertThat(HomeView.clean("a\u0000b")).isEqualTo("ab");
    }

    /** Navigates with query parameters, which the browserless navigate(String, Class) does not take. */
    private <T extends com.vaadin.flow.component.Component> T open(String path, String query, Class<T> view) {
        com.vaadin.flow.component.UI.getCurrent().navigate(path,
                com.vaadin.flow.router.QueryParameters.fromString(query));
        return view.cast(com.vaadin.flow.component.UI.getCurrent().getCurrentView());
    }
}
