package dev.waymark.guide.read;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waymark.base.WaymarkTest;
import dev.waymark.base.ui.Texts;
import dev.waymark.guide.Language;
import dev.waymark.seed.SeedData;
import dev.waymark.seed.SeedGuide;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@WaymarkTest
class PrintPageTest {

    /**
     * The page must stay light enough for roaming data: what crosses the network is gzipped. 14 KB of text, and up to
     * 4 KB more for its pictures' captions and alt texts (the Serbian guide prints 12 pictures; the pictures
     * themselves are 360 px JPEGs fetched beside the page).
     */
    static final int MAX_WIRE_BYTES = (14 + 4) * 1024;

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<byte[]> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void every_seed_guide_prints_as_plain_html_under_18_kb_on_the_wire_in_each_language_pictures_words_included() throws Exception {
        for (SeedGuide seed : SeedData.guides()) {
            for (Language language : List.of(Language.ZH_CN, Language.ZH_TW, Language.EN, Language.RU)) {
                String path = "/guides/" + seed.slug() + "/print?lang=" + language.tag();
                HttpResponse<byte[]> response = get(path);

                assertThat(response.statusCode()).as(path).isEqualTo(200);
                assertThat(response.headers().firstValue("content-type")).get().asString().startsWith("text/html");
                HttpResponse<byte[]> gzipped = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + path)).header("Accept-Encoding", "gzip").build(), HttpResponse.BodyHandlers.ofByteArray());
                assertThat(gzipped.headers().firstValue("content-encoding")).contains("gzip");
                assertThat(gzipped.body().length).as(path + " bytes on the wire").isLessThan(MAX_WIRE_BYTES);
                Document page = Jsoup.parse(new String(response.body(), StandardCharsets.UTF_8));
                assertThat(page.select("script")).as("no JavaScript").isEmpty();
                assertThat(page.select("html").attr("lang")).isEqualTo(language.tag());
                String title = seed.content().title().in(language).orElseThrow();
                assertThat(page.title()).startsWith(title);
                assertThat(page.select("h1").text()).isEqualTo(title);
                assertThat(page.select("meta[name=description]").attr("content")).isNotBlank();
                assertThat(page.select("link[rel=canonical]").attr("href"))
                        .endsWith("/guides/" + seed.slug() + "/print?lang=" + language.tag());
                assertThat(page.select("link[rel=alternate][hreflang]").eachAttr("hreflang"))
                        .containsExactlyInAnyOrder("zh-CN", "zh-TW", "en", "ru");
                assertThat(page.select("style").html()).contains("@media print");
            }
        }
    }

    @Test
    void every_step_shows_its_kind_sourced_unverified_or_general_advice() throws Exception {
        for (Language language : List.of(Language.ZH_CN, Language.ZH_TW, Language.EN, Language.RU)) {
            Document page = Jsoup.parse(new String(get("/guides/belgium-cancel-mobile-service/print?lang=" + language.tag())
                    .body(), StandardCharsets.UTF_8));

            for (Element step : page.select("ol.s > li")) {
                long marks = step.children().stream().filter(child -> child.hasClass("fact-sourced")
                        || child.hasClass("fact-unverified") || child.hasClass("fact-advice")).count();
                assertThat(marks).as(step.text()).isEqualTo(1);
            }
            assertThat(page.select("sup.fact-sourced a[href^=#s]")).isNotEmpty()
                    .allSatisfy(link -> assertThat(page.getElementById(link.attr("href").substring(1))).isNotNull());
            assertThat(page.select("i.fact-unverified").eachText()).isNotEmpty()
                    .containsOnly(Texts.get(language, "guide.unverified"));
            assertThat(page.select("i.fact-advice").eachText()).isNotEmpty()
                    .containsOnly(Texts.get(language, "guide.advice"));
        }
    }

    @Test
    void the_print_page_carries_the_readers_situation() throws Exception {
        String all = new String(get("/guides/serbia-cancel-mobile-service/print?lang=en").body(), StandardCharsets.UTF_8);
        String esim = new String(get("/guides/serbia-cancel-mobile-service/print?lang=en&card=esim").body(),
                StandardCharsets.UTF_8);

        int allSteps = Jsoup.parse(all).select("ol.s > li").size();
        int esimSteps = Jsoup.parse(esim).select("ol.s > li").size();
        assertThat(esimSteps).isPositive().isLessThan(allSteps);
        assertThat(Jsoup.parse(esim).select("p.m").text()).contains("eSIM");
    }

    @Test
    void unknown_guides_and_hostile_addresses_get_a_plain_404() throws Exception {
        assertThat(get("/guides/no-such-guide/print").statusCode()).isEqualTo(404);
        assertThat(get("/guides/%3Cscript%3E/print").statusCode()).isIn(400, 404);
        HttpResponse<byte[]> odd = get("/guides/serbia-cancel-mobile-service/print?lang=%00&card=%3Cscript%3E");
        assertThat(odd.statusCode()).isEqualTo(200);
        assertThat(new String(odd.body(), StandardCharsets.UTF_8)).doesNotContain("<script");
    }
}
