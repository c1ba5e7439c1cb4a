package dev.waymark.guide.read;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waymark.base.WaymarkTest;
import dev.waymark.search.Search;
import dev.waymark.search.SearchMiss;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The home page and search results as plain HTML, and which searches count as "found nothing" for editors. */
@WaymarkTest
class SearchPageTest {

    @LocalServerPort
    int port;

    @Autowired
    Search search;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private Document page(String path) throws Exception {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        assertThat(response.headers().allValues("set-cookie")).as("no session").isEmpty();
        return Jsoup.parse(response.body());
    }

    private static String q(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Test
    void the_home_page_lists_the_countries_with_their_guides_in_the_readers_language() throws Exception {
        Document chinese = page("/?lang=zh-CN");
        assertThat(chinese.select("#country-RS h3").text()).isEqualTo("塞尔维亚");
        assertThat(chinese.select("#country-RU, #country-BE")).hasSize(2);
        assertThat(chinese.select("#country-RS a.guide-link").eachAttr("href"))
                .contains("/guides/serbia-cancel-mobile-service?lang=zh-CN");

        Document english = page("/?lang=en");
        assertThat(english.select("#country-RS h3").text()).isEqualTo("Serbia");
        assertThat(english.select("#search").attr("placeholder")).isNotBlank();
        assertThat(english.select("#saved")).as("the place for guides saved on this phone").hasSize(1);
    }

    @Test
    void a_chinese_search_finds_the_guides_with_the_matched_words_marked() throws Exception {
        Document results = page("/search?lang=zh-CN&q=" + q("注销"));

        assertThat(results.select("#search-hits a.guide-link").eachText()).anyMatch(title -> title.contains("塞尔维亚"));
        assertThat(results.select("#search-hits mark").eachText()).anyMatch(mark -> mark.contains("注销"));
        assertThat(results.select("#search").attr("value")).isEqualTo("注销");
    }

    @Test
    void filters_narrow_the_results_and_live_in_the_address() throws Exception {
        Document all = page("/search?lang=en&q=" + q("cancel"));
        Document serbia = page("/search?lang=en&q=" + q("cancel") + "&country=RS&card=esim");

        assertThat(serbia.select("#search-hits li").size()).isPositive().isLessThan(all.select("#search-hits li").size());
        assertThat(serbia.select("#filter-country option[selected]").attr("value")).isEqualTo("RS");
        assertThat(serbia.select("#search-hits a.guide-link").attr("href")).contains("card=esim");
    }

    @ParameterizedTest
    @ValueSource(strings = {"<script>alert(1)</script>", "' OR 1=1 --", "%", "_", "\\", "\u0000", "注销\u0000",
            "   ", "😀", "a\u202Eb"})
    void hostile_queries_find_nothing_harmful_and_break_nothing(String query) throws Exception {
        HttpResponse<String> response = get("/search?lang=en&q=" + q(query));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(response.body()).select("main script")).isEmpty();
    }

    @Test
    void queries_are_cut_to_a_sane_length() throws Exception {
        Document page = page("/search?lang=en&q=" + "a".repeat(5000));
        assertThat(page.select("#search").attr("value")).hasSize(dev.waymark.search.SearchQuery.MAX_LENGTH);
    }

    @Test
    void only_settled_searches_that_find_nothing_are_counted_for_editors() throws Exception {
        String typing = "zzqx" + UUID.randomUUID().toString().substring(0, 6);
        for (int length = 2; length <= typing.length(); length++) {
            assertThat(get("/api/search?lang=en&typing=true&q=" + typing.substring(0, length)).statusCode())
                    .isEqualTo(200);
        }
        assertThat(misses(typing.substring(0, 4))).as("keystrokes are not misses").isZero();

        get("/api/search?lang=en&q=" + typing);
        assertThat(misses(typing)).isEqualTo(1);
        page("/search?lang=en&q=" + typing);
        assertThat(misses(typing)).isEqualTo(2);
        assertThat(get("/api/search?lang=en&typing=maybe&q=x").statusCode()).isEqualTo(400);
    }

    private long misses(String text) {
        return search.misses(500).stream().filter(miss -> miss.text().equals(text)).mapToLong(SearchMiss::count).sum();
    }
}
