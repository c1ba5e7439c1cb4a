package dev.waymark.base;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import dev.waymark.e2e.Chromium;
import dev.waymark.guide.Guide;
import dev.waymark.guide.GuideId;
import dev.waymark.guide.Guides;
import dev.waymark.guide.Slug;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The XSS corpus over real HTTP: the print page and the JSON API, parsed as a browser would, and the guide and
 * print pages opened in real Chromium, where a payload that ran would set {@code window.__xss} or open a dialog.
 */
@WaymarkTest
class XssOverHttpTest {

    @LocalServerPort
    int port;

    @Autowired
    Guides guides;

    private final HttpClient http = HttpClient.newHttpClient();
    private Slug slug;

    @BeforeEach
    void publishTheCorpus() {
        slug = new Slug("xss-http-" + UUID.randomUUID().toString().substring(0, 8));
        Guide saved = guides.save(Guide.draft(GuideId.random(), slug, XssCorpus.guide()), "xss", "corpus");
        guides.save(saved.publish(), "xss", "");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void the_print_page_shows_the_payloads_as_text_only() throws Exception {
        for (String language : List.of("en", "zh-CN")) {
            HttpResponse<String> response = get("/guides/" + slug.value() + "/print?lang=" + language);
            assertThat(response.statusCode()).isEqualTo(200);
            Document page = Jsoup.parse(response.body());

            assertThat(page.select("script")).isEmpty();
            assertThat(page.body().text()).contains("window.__xss=1");
            assertThat(XssCorpus.executable(page.body())).isEmpty();
        }
    }

    @Test
    void the_guide_page_shows_the_payloads_as_text_and_runs_only_the_apps_own_script() throws Exception {
        for (String language : List.of("en", "zh-CN")) {
            HttpResponse<String> response = get("/guides/" + slug.value() + "?lang=" + language);
            assertThat(response.statusCode()).isEqualTo(200);
            Document page = Jsoup.parse(response.body());

            assertThat(page.select("script[src]").eachAttr("src")).allMatch(src -> src.matches("/assets/app-[0-9a-f]{12}\\.js"));
            assertThat(page.select("script:not([src])").eachAttr("type")).containsOnly("application/json");
            assertThat(page.body().text()).contains("window.__xss=1");
            // The page's own controls are the renderer's, never a text's: what is left is what the corpus produced.
            page.select("script, header.bar, form#situation, input.step-tick, input.req-tick, input.check-tick, dialog, "
                    + "button.report-step, button.way-toggle, button.show-phrase, #tools, #follow-bar, #feedback").remove();
            assertThat(XssCorpus.executable(page.body())).isEmpty();
        }
    }

    @Test
    void the_api_serves_text_as_json_and_its_html_without_anything_executable() throws Exception {
        HttpResponse<String> response = get("/api/guides/" + slug.value() + "?lang=en");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("content-type").orElse("")).startsWith("application/json");
        assertThat(response.headers().firstValue("x-content-type-options")).contains("nosniff");

        List<String> html = new ArrayList<>();
        collectHtml(JsonMapper.builder().build().readTree(response.body()), html);
        assertThat(html).hasSizeGreaterThanOrEqualTo(XssCorpus.PAYLOADS.size());
        for (String fragment : html) {
            assertThat(XssCorpus.executable(Jsoup.parseBodyFragment(fragment).body())).as(fragment).isEmpty();
        }
    }

    private static void collectHtml(JsonNode node, List<String> html) {
        if (node.isObject()) {
            node.properties().forEach(field -> {
                if (field.getKey().equals("html") && field.getValue().isString()) {
                    html.add(field.getValue().asString());
                } else {
                    collectHtml(field.getValue(), html);
                }
            });
        } else if (node.isArray()) {
            node.values().forEach(child -> collectHtml(child, html));
        }
    }

    @Test
    void nothing_runs_in_chromium_on_the_guide_and_print_pages() {
        try (BrowserContext context = Chromium.desktop("en")) {
            Page page = context.newPage();
            page.setDefaultTimeout(20_000);
            AtomicInteger dialogs = new AtomicInteger();
            page.onDialog(dialog -> {
                dialogs.incrementAndGet();
                dialog.dismiss();
            });
            for (String path : List.of("/guides/" + slug.value() + "?lang=en", "/guides/" + slug.value() + "?lang=zh-CN",
                    "/guides/" + slug.value() + "/print?lang=en", "/search?lang=en&q=script")) {
                page.navigate("http://localhost:" + port + path);
                page.waitForLoadState();
                if (!path.contains("/print")) {
                    page.waitForFunction("() => document.documentElement.dataset.ready === '1'");
                }
                if (path.startsWith("/guides/") && !path.contains("/print")) {
                    // What the reader script does with the page: every way opened, one step at a time, the phrase card.
                    page.evaluate("() => { document.querySelectorAll('.way-toggle').forEach(t => t.click());"
                            + " if (!document.querySelector('.way[data-open]')) document.querySelector('.way-toggle').click(); }");
                    if ("false".equals(page.locator("#follow-mode").getAttribute("aria-pressed"))) {
                        page.locator("#follow-mode").click(); // the mode is remembered from the page before
                    }
                    page.locator("#next-step").click();
                    page.evaluate("() => document.querySelector('.show-phrase') && document.querySelector('.show-phrase').click()");
                }
                if (path.startsWith("/search")) {
                    // Results rendered by the script as the reader types.
                    page.locator("#search").fill("");
                    page.locator("#search").pressSequentially("script", new com.microsoft.playwright.Locator
                            .PressSequentiallyOptions().setDelay(20));
                    page.waitForFunction("() => document.querySelector('#search-hits') !== null");
                }
                assertThat(page.locator("body").innerText()).as(path).contains("window.__xss=1");
                // Mouse-over, focus and toggle events on every element give inline handlers their chance to run.
                page.evaluate("() => document.querySelectorAll('*').forEach(e => ['mouseover', 'focus', 'toggle',"
                        + " 'load', 'error'].forEach(type => e.dispatchEvent(new Event(type))))");
                assertThat(page.evaluate("() => window.__xss === undefined")).as(path).isEqualTo(true);
            }
            assertThat(dialogs).hasValue(0);
        }
    }
}
