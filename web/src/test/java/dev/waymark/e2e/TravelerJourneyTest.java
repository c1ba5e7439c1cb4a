package dev.waymark.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import dev.waymark.base.WaymarkTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** What a traveler does, on a phone-sized Chromium: find the guide, pick a situation, follow it. */
@WaymarkTest
class TravelerJourneyTest {

    private static final String SERBIA = "/guides/serbia-cancel-mobile-service";

    @LocalServerPort
    int port;

    private BrowserContext context;
    private Page page;

    @BeforeEach
    void openPhone() {
        context = Chromium.phone("zh-CN");
        page = context.newPage();
        page.setDefaultTimeout(20_000);
    }

    @AfterEach
    void closePhone() {
        if (context != null) {
            context.close();
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** Waits until Vaadin has rendered the view and has nothing in flight. */
    private void settle() {
        Chromium.settle(page);
    }

    private void choose(String selectId, String itemText) {
        Chromium.choose(page, selectId, itemText);
    }

    @Test
    void a_reader_searches_for_注销_and_opens_the_serbian_guide() {
        page.navigate(url("/"));
        settle();
        page.locator("#search input").fill("注销");
        page.locator("#search input").press("Enter");
        settle();

        Locator result = page.locator("#search-results a", new Page.LocatorOptions().setHasText("塞尔维亚"));
        assertThat(result.first()).isVisible();
        result.first().click();
        settle();

        assertThat(page.locator("#guide-title")).containsText("塞尔维亚");
        assertThat(page.locator("#operators")).containsText("Yettel");
        Chromium.screenshot(page, "guide-zh-phone");
    }

    @Test
    void choosing_esim_and_an_operator_shows_only_the_esim_steps() {
        page.navigate(url(SERBIA + "?lang=en"));
        settle();

        choose("pick-card", "eSIM");
        choose("pick-operator", "Yettel");

        assertThat(page).hasURL(Pattern.compile(".*[?&]card=esim.*"));
        assertThat(page).hasURL(Pattern.compile(".*[?&]operator=rs-yettel.*"));
        JsonNode all = api("/api/guides/serbia-cancel-mobile-service?lang=en");
        JsonNode esim = api("/api/guides/serbia-cancel-mobile-service?lang=en&cardType=esim&operator=rs-yettel");
        assertThat(stepCount(esim, "store-visit")).isLessThan(stepCount(all, "store-visit"));
        for (String way : List.of("store-visit", "device-settings")) {
            page.locator("#way-" + way).click();
            settle();
            assertThat(page.locator("#panel-" + way + " .wm-step")).hasCount(stepCount(esim, way));
        }
        Chromium.screenshot(page, "guide-esim-yettel-phone");
    }

    private JsonNode api(String path) {
        return JsonMapper.builder().build().readTree(page.request().get(url(path)).text());
    }

    private static int stepCount(JsonNode guide, String way) {
        return guide.get("ways").valueStream().filter(node -> node.get("kind").asString().equals(way))
                .mapToInt(node -> node.get("steps").size()).sum();
    }

    @Test
    void ticked_steps_are_still_ticked_after_a_reload() {
        page.navigate(url(SERBIA + "?lang=en&way=store-visit"));
        settle();
        Locator firstStep = page.locator("#panel-store-visit .wm-step vaadin-checkbox").first();
        firstStep.click();
        settle();
        assertThat(page.locator("#progress-store-visit")).containsText("1 of");

        page.reload();
        settle();
        page.waitForFunction("() => document.querySelector('#panel-store-visit .wm-step vaadin-checkbox')"
                + " && document.querySelector('#panel-store-visit .wm-step vaadin-checkbox').checked");
        assertThat(page.locator("#panel-store-visit .wm-step vaadin-checkbox").first()).hasAttribute("checked", "");
        assertThat(page.locator("#progress-store-visit")).containsText("1 of");
    }

    @Test
    void the_language_switch_changes_the_page_and_is_remembered() {
        page.navigate(url(SERBIA));
        settle();
        assertThat(page.locator("#guide-title")).containsText("塞尔维亚");

        page.locator("#language-switch").click();
        settle();
        assertThat(page.locator("#guide-title")).containsText("Serbia");
        assertThat(page).hasURL(Pattern.compile(".*lang=en.*"));
        assertThat(page.locator("html")).hasAttribute("lang", "en");

        page.navigate(url("/"));
        settle();
        assertThat(page.locator("#country-RS")).containsText("Serbia");
        Chromium.screenshot(page, "home-en-phone");
    }

    @Test
    void the_print_page_is_plain_html_in_the_guides_language() {
        Response response = page.navigate(url(SERBIA + "/print?lang=en&card=esim"));

        assertThat(response.status()).isEqualTo(200);
        assertThat(page.locator("h1")).containsText("Serbia");
        assertThat(page.locator("link[rel=canonical]")).hasAttribute("href",
                Pattern.compile(".*/guides/serbia-cancel-mobile-service/print\\?lang=en"));
        assertThat(page.locator("script")).hasCount(0);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Show this at the counter")))
                .isVisible();
        Chromium.screenshot(page, "print-en-phone");
    }
}
