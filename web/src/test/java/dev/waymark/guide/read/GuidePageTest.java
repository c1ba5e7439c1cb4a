package dev.waymark.guide.read;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waymark.base.WaymarkTest;
import dev.waymark.guide.GuideViews;
import dev.waymark.guide.Language;
import dev.waymark.seed.SeedData;
import dev.waymark.seed.SeedGuide;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import java.io.ByteArrayInputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The guide page as the server sends it: the whole guide in the reader's language and situation, readable with no
 * script, with what link previews and search engines read, and nothing that makes the server keep a reader.
 */
@WaymarkTest
class GuidePageTest {

    private static final String SERBIA = "/guides/serbia-cancel-mobile-service";

    @LocalServerPort
    int port;

    @Autowired
    MeterRegistry registry;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> get(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private Document page(String path) throws Exception {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return Jsoup.parse(response.body());
    }

    @Test
    void every_seed_guide_is_all_in_the_html_with_what_link_previews_read() throws Exception {
        for (SeedGuide seed : SeedData.guides()) {
            for (Language language : List.of(Language.ZH_CN, Language.ZH_TW, Language.EN, Language.RU)) {
                String path = "/guides/" + seed.slug() + "?lang=" + language.tag();
                Document page = page(path);
                String title = seed.content().title().in(language).orElseThrow();

                assertThat(page.select("html").attr("lang")).isEqualTo(language.tag());
                assertThat(page.title()).isEqualTo(title + " · Waymark");
                assertThat(page.select("h1#guide-title").text()).isEqualTo(title);
                assertThat(page.select("meta[name=description]").attr("content")).isNotBlank();
                assertThat(page.select("link[rel=canonical]").attr("href")).endsWith(path);
                assertThat(page.select("link[rel=alternate][hreflang]").eachAttr("hreflang"))
                        .contains("zh-CN", "en", "x-default");
                assertThat(page.select("meta[property=og:title]").attr("content")).isEqualTo(title);
                assertThat(page.select("meta[property=og:description]").attr("content")).isNotBlank();
                assertThat(page.select("meta[property=og:url]").attr("content")).endsWith(path);
                assertThat(page.select("meta[property=og:image]").attr("content")).contains("/assets/icon-512-");
                // The whole guide, not a shell for a script to fill.
                assertThat(page.select("section.way")).as(path).isNotEmpty();
                assertThat(page.select("li.step")).as(path).hasSizeGreaterThan(5);
                assertThat(page.select("#sources li")).isNotEmpty();
                assertThat(page.select("#phrases .pl")).isNotEmpty();
                assertThat(page.select("#faq details.faq")).isNotEmpty();
                assertThat(page.select("#cautions .c")).isNotEmpty();
                // The only scripts: the app's own module, and the texts it needs as JSON data.
                assertThat(page.select("script[src]").eachAttr("src")).singleElement().asString()
                        .matches("/assets/app-[0-9a-f]{12}\\.js");
                assertThat(page.select("script:not([src])").eachAttr("type")).containsOnly("application/json");
                assertThat(page.select("link[rel=manifest]").attr("href")).isEqualTo("/manifest.webmanifest");
            }
        }
    }

    @Test
    void the_page_is_light_cacheable_and_keeps_no_reader_on_the_server() throws Exception {
        HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + SERBIA
                + "?lang=zh-CN&card=esim&operator=rs-yettel")).header("Accept-Encoding", "gzip").build(),
                HttpResponse.BodyHandlers.ofByteArray());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("content-encoding")).contains("gzip");
        assertThat(response.body().length).as("gzipped bytes").isLessThan(20 * 1024);
        assertThat(response.headers().firstValue("cache-control").orElseThrow()).contains("public", "max-age=60");
        assertThat(response.headers().firstValue("etag")).isPresent();
        assertThat(response.headers().allValues("set-cookie")).as("no session, no cookie").isEmpty();
        assertThat(response.headers().firstValue("content-security-policy").orElseThrow())
                .contains("script-src 'self'").doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
        String html = new String(new GZIPInputStream(new ByteArrayInputStream(response.body())).readAllBytes(),
                StandardCharsets.UTF_8);
        assertThat(html).contains("Yettel", "id=\"way-hotline\"");

        HttpResponse<String> again = get(SERBIA + "?lang=zh-CN&card=esim&operator=rs-yettel",
                "If-None-Match", response.headers().firstValue("etag").orElseThrow());
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
    }

    @Test
    void the_situation_in_the_address_narrows_the_steps_and_puts_the_way_that_fits_first() throws Exception {
        Document all = page(SERBIA + "?lang=en");
        Document esim = page(SERBIA + "?lang=en&card=esim&operator=rs-yettel");

        assertThat(esim.select("li.step").size()).isPositive().isLessThan(all.select("li.step").size());
        assertThat(esim.select("#pick-card option[selected]").attr("value")).isEqualTo("esim");
        assertThat(esim.select("#pick-operator option[selected]").attr("value")).isEqualTo("rs-yettel");
        // The hotline has a step for Yettel's own number: it fits best; removing the eSIM comes after, last.
        List<String> ways = esim.select("section.way").eachAttr("data-kind");
        assertThat(ways.getFirst()).isEqualTo("hotline");
        assertThat(ways.getLast()).isEqualTo("device-settings");
        assertThat(esim.select("section.way[data-open]").attr("data-kind")).isEqualTo("hotline");
        // Steps for other operators' hotlines are left out.
        assertThat(esim.select("#way-hotline li.step").size()).isLessThan(all.select("#way-hotline li.step").size());
        // Values that do not fit the guide are ignored, never an error.
        assertThat(page(SERBIA + "?lang=en&card=nonsense&operator=xx-nobody").select("li.step"))
                .hasSameSizeAs(all.select("li.step"));
    }

    @Test
    void each_step_has_one_report_control_naming_its_place_in_the_whole_way() throws Exception {
        Document all = page(SERBIA + "?lang=en");
        Document esim = page(SERBIA + "?lang=en&card=esim");

        for (Element step : esim.select("li.step")) {
            assertThat(step.select(".report-step")).hasSize(1);
            assertThat(step.select("a[href*=report]")).isEmpty();
        }
        // The same step text has the same position whether or not other steps are hidden.
        Element lastEsimStoreStep = esim.select("#way-store-visit li.step").last();
        String text = lastEsimStoreStep.select(".step-text").text();
        Element sameInAll = all.select("#way-store-visit li.step").stream()
                .filter(step -> step.select(".step-text").text().equals(text)).findFirst().orElseThrow();
        assertThat(lastEsimStoreStep.select(".report-step").attr("data-step"))
                .isEqualTo(String.valueOf(sameInAll.elementSiblingIndex() + 1))
                .isNotEqualTo(lastEsimStoreStep.attr("data-n"));
    }

    @Test
    void way_intros_are_rendered_markdown_references_are_links_and_marks_are_tappable() throws Exception {
        for (SeedGuide seed : SeedData.guides()) {
            for (Language language : List.of(Language.ZH_CN, Language.ZH_TW, Language.EN, Language.RU)) {
                Document page = page("/guides/" + seed.slug() + "?lang=" + language.tag());
                assertThat(page.select(".intro").text()).as("no raw Markdown").doesNotContain("**");
                for (Element way : page.select("section.way")) {
                    assertThat(way.select("h4").size()).as("a contacts heading only above contacts")
                            .isEqualTo(way.select("ul.contacts").size());
                }
                for (Element reference : page.select("a.xref")) {
                    Element target = page.getElementById(reference.attr("href").substring(1));
                    assertThat(target).as(reference.outerHtml()).isNotNull();
                    String targetTitle = target.is("section.way") ? target.select(".way-title").text()
                            : target.is("details") ? target.select("summary").text() : target.select("h2").text();
                    assertThat(reference.text()).isIn("“" + targetTitle + "”", "「" + targetTitle + "」",
                            "«" + targetTitle + "»");
                }
                for (Element ref : page.select("a.ref")) {
                    assertThat(page.getElementById(ref.attr("href").substring(1))).as(ref.outerHtml()).isNotNull();
                }
                for (Element contact : page.select("li.contact")) {
                    assertThat(contact.select(".kind").text()).isNotBlank();
                    if (contact.hasClass("fax")) {
                        assertThat(contact.select("a[href^=tel:]")).as("a fax is not a phone link").isEmpty();
                    }
                }
            }
        }
        // The Serbian and Russian guides refer to other parts by name: those are links now.
        assertThat(page(SERBIA + "?lang=en").select("a.xref")).isNotEmpty();
        assertThat(page("/guides/russia-cancel-mobile-service?lang=zh-CN").select("a.xref")).isNotEmpty();
    }

    @Test
    void each_statement_shows_whether_it_is_sourced_unverified_or_general_advice() throws Exception {
        Document page = page(SERBIA + "?lang=en");

        for (Element step : page.select("li.step")) {
            assertThat(step.select("> sup.fact-sourced, > i.fact-unverified, > i.fact-advice")).as(step.text()).hasSize(1);
        }
        assertThat(page.select("i.fact-unverified").eachText()).isNotEmpty().containsOnly("Unverified");
        assertThat(page.select("i.fact-advice").eachText()).isNotEmpty().containsOnly("General advice");
        assertThat(page.select("sup.fact-sourced a.ref")).isNotEmpty()
                .allSatisfy(link -> assertThat(page.getElementById(link.attr("href").substring(1))).isNotNull());
        // The way itself says whether it is sourced: Serbia's store visit is not.
        assertThat(page.select("#way-store-visit .way-about i.fact-unverified")).hasSize(1);
        assertThat(page.select("#last-verified").text()).contains("2026");
    }

    @Test
    void belgian_phrases_say_their_language_and_where_it_applies() throws Exception {
        Document page = page("/guides/belgium-cancel-mobile-service?lang=en");

        List<String> labels = page.select("#phrases .phrase-lang").eachText();
        assertThat(labels).anyMatch(label -> label.startsWith("Dutch") && label.contains("Flanders"));
        assertThat(labels).anyMatch(label -> label.startsWith("French") && label.contains("Wallonia"));
        assertThat(page.select("#way-store-visit .show-phrase")).hasSize(1);
    }

    @Test
    void an_unknown_guide_is_a_404_page_that_offers_the_way_home() throws Exception {
        for (String path : List.of("/guides/no-such-guide", "/guides/no-such-guide?lang=en", "/guides/UPPER",
                "/guides/" + "a".repeat(300))) {
            HttpResponse<String> response = get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            Document page = Jsoup.parse(response.body());
            assertThat(page.select("#not-found").text()).isNotBlank();
            assertThat(page.title()).isNotBlank();
            assertThat(page.select("a[href^=/?lang=]")).isNotEmpty();
        }
    }

    @Test
    void without_a_language_in_the_address_the_readers_cookie_then_browser_language_decide() throws Exception {
        HttpResponse<String> english = get(SERBIA, "Accept-Language", "en-GB,en;q=0.8");
        assertThat(Jsoup.parse(english.body()).select("html").attr("lang")).isEqualTo("en");
        assertThat(english.headers().allValues("vary").toString()).contains("Accept-Language", "Cookie");

        HttpResponse<String> chosen = get(SERBIA, "Accept-Language", "en", "Cookie", "waymark-lang=zh-CN");
        assertThat(Jsoup.parse(chosen.body()).select("html").attr("lang")).isEqualTo("zh-CN");
    }

    @Test
    void opening_a_guide_counts_a_view_in_the_readers_language_and_an_unknown_one_counts_nothing() throws Exception {
        double before = views("serbia-cancel-mobile-service", "en");
        page(SERBIA + "?lang=en");
        page(SERBIA + "?lang=en&card=esim");
        assertThat(views("serbia-cancel-mobile-service", "en")).isEqualTo(before + 2);

        get("/guides/no-such-guide?lang=en");
        assertThat(registry.find(GuideViews.METER).tag("slug", "no-such-guide").counter()).isNull();
    }

    private double views(String slug, String language) {
        var counter = registry.find(GuideViews.METER).tag("slug", slug).tag("language", language)
                .tag("channel", "view").counter();
        return counter == null ? 0 : counter.count();
    }

    @Test
    void the_apps_files_are_hashed_and_kept_for_a_year_and_the_worker_and_manifest_are_revalidated() throws Exception {
        Document page = page(SERBIA + "?lang=en");
        for (String asset : List.of(page.select("script[src]").attr("src"), page.select("link[rel=stylesheet]").attr("href"),
                page.select("link[rel=icon]").attr("href"))) {
            HttpResponse<String> response = get(asset);
            assertThat(response.statusCode()).as(asset).isEqualTo(200);
            assertThat(response.headers().firstValue("cache-control").orElseThrow())
                    .contains("max-age=31536000", "public", "immutable");
        }
        assertThat(get("/assets/app-000000000000.js").statusCode()).isEqualTo(404);

        HttpResponse<String> worker = get("/sw.js");
        assertThat(worker.statusCode()).isEqualTo(200);
        assertThat(worker.headers().firstValue("cache-control").orElseThrow()).contains("no-cache");
        assertThat(worker.body()).contains(page.select("script[src]").attr("src")).doesNotContain("__ASSETS__");

        HttpResponse<String> manifest = get("/manifest.webmanifest");
        assertThat(manifest.headers().firstValue("content-type").orElseThrow()).startsWith("application/manifest+json");
        assertThat(manifest.body()).contains("\"name\":\"Waymark\"", "\"display\":\"standalone\"", "192x192", "512x512",
                "theme_color");
        assertThat(Pattern.compile("/assets/icon-512-[0-9a-f]{12}\\.png").matcher(manifest.body()).find()).isTrue();
    }
}
