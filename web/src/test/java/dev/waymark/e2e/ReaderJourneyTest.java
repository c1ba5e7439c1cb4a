package dev.waymark.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import com.google.gson.JsonObject;
import dev.waymark.base.WaymarkTest;
import dev.waymark.guide.Guide;
import dev.waymark.guide.GuideContent;
import dev.waymark.guide.GuideId;
import dev.waymark.guide.Guides;
import dev.waymark.guide.Slug;
import dev.waymark.guide.Step;
import dev.waymark.guide.Way;
import dev.waymark.seed.SeedData;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What a traveler does, on a phone-sized Chromium (390 px): find the guide, pick a situation, follow it one step at a
 * time, show the phrase, and do it all again with the network gone.
 */
@WaymarkTest
class ReaderJourneyTest {

    private static final String SERBIA = "/guides/serbia-cancel-mobile-service";

    @LocalServerPort
    int port;

    @Autowired
    Guides guides;

    @Autowired
    dev.waymark.report.ReaderReports reports;

    private BrowserContext context;
    private Page page;
    private final List<String> requests = new CopyOnWriteArrayList<>();

    @BeforeEach
    void openPhone() {
        context = phone(true);
        page = open(context);
    }

    private BrowserContext phone(boolean javaScript) {
        return Chromium.browser().newContext(new Browser.NewContextOptions().setViewportSize(390, 844)
                .setDeviceScaleFactor(2).setIsMobile(true).setHasTouch(true).setLocale("zh-CN")
                .setJavaScriptEnabled(javaScript));
    }

    private Page open(BrowserContext browserContext) {
        Page opened = browserContext.newPage();
        opened.setDefaultTimeout(20_000);
        opened.onRequest(request -> requests.add(request.method() + " " + request.url()));
        return opened;
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

    private void ready() {
        page.waitForFunction("() => document.documentElement.dataset.ready === '1'");
    }

    /** The requests {@code action} makes, after waiting a moment for any it might start late. */
    private List<String> requestsDuring(Runnable action) {
        requests.clear();
        action.run();
        page.waitForTimeout(400);
        // The browser fetches the page's icon when it likes; no tap asks for it. Pictures load as they scroll near
        // (loading="lazy"), and a tap may scroll: that is the browser fetching what comes into view, not the tap.
        return requests.stream().filter(request -> !request.contains("/assets/icon") && !request.contains("/pictures/"))
                .toList();
    }

    @Test
    void a_reader_searches_as_they_type_and_opens_the_serbian_guide() {
        page.navigate(url("/?lang=zh-CN"));
        ready();
        page.locator("#search").pressSequentially("注销", new Locator.PressSequentiallyOptions().setDelay(150));

        Locator result = page.locator("#search-hits a", new Page.LocatorOptions().setHasText("塞尔维亚"));
        assertThat(result.first()).isVisible();
        assertThat(page.locator("#search")).hasValue("注销");
        result.first().click();
        ready();

        assertThat(page.locator("#guide-title")).containsText("塞尔维亚");
        assertThat(page.locator("#operators")).containsText("Yettel");
        Chromium.screenshot(page, "guide-zh-phone");
    }

    @Test
    void what_is_typed_stays_in_the_box_on_a_slow_connection_and_input_methods_search_only_committed_text() {
        page.navigate(url("/?lang=en"));
        ready();
        CDPSession cdp = context.newCDPSession(page);
        for (int latency : new int[] {0, 400}) {
            JsonObject conditions = new JsonObject();
            conditions.addProperty("offline", false);
            conditions.addProperty("latency", latency);
            conditions.addProperty("downloadThroughput", latency == 0 ? -1 : 50_000);
            conditions.addProperty("uploadThroughput", latency == 0 ? -1 : 50_000);
            cdp.send("Network.emulateNetworkConditions", conditions);
            page.locator("#search").fill("");
            page.locator("#search").pressSequentially("cancel esim serbia",
                    new Locator.PressSequentiallyOptions().setDelay(150));
            assertThat(page.locator("#search")).hasValue("cancel esim serbia");
            page.waitForTimeout(latency * 3 + 600);
            assertThat(page.locator("#search")).hasValue("cancel esim serbia");
            assertThat(page.locator("#search-hits a").first()).containsText("Serbia");
        }

        // An input method: "sai" is composed, then 塞尔维亚 committed; only the committed text is searched.
        requests.clear();
        page.locator("#search").fill("");
        page.locator("#search").focus();
        for (String composing : List.of("s", "sa", "sai", "saier", "saierweiya")) {
            JsonObject composition = new JsonObject();
            composition.addProperty("text", composing);
            composition.addProperty("selectionStart", composing.length());
            composition.addProperty("selectionEnd", composing.length());
            cdp.send("Input.imeSetComposition", composition);
            page.waitForTimeout(150);
        }
        JsonObject commit = new JsonObject();
        commit.addProperty("text", "塞尔维亚");
        cdp.send("Input.insertText", commit);
        page.locator("#search").pressSequentially(" eSIM", new Locator.PressSequentiallyOptions().setDelay(150));
        assertThat(page.locator("#search")).hasValue("塞尔维亚 eSIM");
        page.waitForCondition(() -> searched().contains("塞尔维亚 eSIM"));
        assertThat(page.locator("#search-hits a").first()).containsText("Serbia");
        assertThat(searched()).as("what was searched").isNotEmpty()
                .noneMatch(query -> query.startsWith("s") || query.contains("sai"));
    }

    /** The queries sent to the search API since the requests were last cleared, decoded. */
    private List<String> searched() {
        return requests.stream().filter(request -> request.contains("/api/search?"))
                .map(request -> java.net.URI.create(request.substring(request.indexOf(' ') + 1)).getQuery())
                .flatMap(query -> java.util.Arrays.stream(query.split("&"))).filter(part -> part.startsWith("q="))
                .map(part -> part.substring(2).replace('+', ' ')).toList();
    }

    @Test
    void follow_mode_counts_the_real_steps_never_skips_finishes_and_is_remembered() {
        page.navigate(url(SERBIA + "?lang=zh-CN&card=esim&operator=rs-yettel"));
        ready();
        Locator hotline = page.locator("#way-hotline");
        assertThat(hotline).hasAttribute("data-open", "");
        int steps = hotline.locator("li.step").count();
        assertThat(steps).isGreaterThan(2);

        page.locator("#follow-mode").click();
        assertThat(page.locator("#follow-count")).hasText("第 1 步，共 " + steps + " 步");
        assertThat(hotline.locator("li.step:visible")).hasCount(1);
        for (int number = 2; number <= steps; number++) {
            // A tick and "next" in the same moment move one step, never two.
            page.evaluate("() => { const step = [...document.querySelectorAll('#way-hotline li.step')]"
                    + ".find(s => !s.hidden); step.querySelector('.step-tick').click();"
                    + " document.getElementById('next-step').click(); }");
            assertThat(page.locator("#follow-count")).hasText("第 " + number + " 步，共 " + steps + " 步");
            assertThat(hotline.locator("li.step:visible")).hasAttribute("data-n", String.valueOf(number));
        }
        assertThat(page.locator("#next-step")).hasText("完成");
        page.locator("#next-step").click();
        assertThat(hotline.locator(".finished")).containsText(String.valueOf(steps));
        assertThat(page.locator("#next-step")).isDisabled();
        Chromium.screenshot(page, "follow-finished-phone");

        page.reload();
        ready();
        assertThat(page.locator("#follow-mode")).hasAttribute("aria-pressed", "true");
        assertThat(page.locator("#follow-bar")).isVisible();
        assertThat(hotline.locator("li.step.ticked")).hasCount(steps - 1);
    }

    @Test
    void ticks_next_ways_faq_and_the_phrase_card_need_no_request() {
        page.navigate(url(SERBIA + "?lang=en&card=esim&operator=rs-yettel"));
        ready();
        page.waitForTimeout(1500); // the service worker registers a moment after load

        assertThat(requestsDuring(() -> page.locator("#way-hotline .step-tick").first().check())).isEmpty();
        assertThat(page.locator("#way-hotline .progress")).containsText("1 of");
        assertThat(requestsDuring(() -> page.locator("#requirements .req-tick").first().check())).isEmpty();
        assertThat(requestsDuring(() -> page.locator("#follow-mode").click())).isEmpty();
        assertThat(requestsDuring(() -> page.locator("#next-step").click())).isEmpty();
        assertThat(requestsDuring(() -> page.locator("#previous-step").click())).isEmpty();
        assertThat(requestsDuring(() -> page.locator("#way-store-visit .way-toggle").click())).isEmpty();
        assertThat(page.locator("#wb-store-visit")).isVisible();
        assertThat(page.locator("#wb-hotline")).isHidden();
        assertThat(requestsDuring(() -> page.locator("details.faq summary").first().click())).isEmpty();
        assertThat(requestsDuring(() -> page.locator("#way-store-visit .show-phrase").click())).isEmpty();
        assertThat(page.locator("#phrase-card .pl").first()).isVisible();
        assertThat(page.locator("#phrase-card .phrase-lang").first()).containsText("Serbian");
        Chromium.screenshot(page, "phrase-card-phone");
        page.locator("#phrase-card button").click();

        // A new situation may fetch, but what was on screen stays until the new steps are there.
        requests.clear();
        page.locator("#pick-operator").selectOption("rs-mts");
        page.waitForFunction("() => location.search.includes('operator=rs-mts')");
        assertThat(page.locator("#guide-title")).isVisible();
        assertThat(requests).filteredOn(request -> request.contains("/guides/")).hasSize(1);
        // And again, on the content that came with the first change.
        page.locator("#pick-card").selectOption("physical-sim");
        page.waitForFunction("() => location.search.includes('card=physical-sim')");
        assertThat(page.locator("#pick-operator")).hasValue("rs-mts");
    }

    @Test
    void a_reader_reports_a_problem_with_a_step_and_says_the_guide_helped() {
        page.navigate(url(SERBIA + "?lang=en&card=esim&operator=rs-yettel"));
        ready();
        Locator step = page.locator("#way-hotline li.step").nth(1);
        String position = step.locator(".report-step").getAttribute("data-step");
        assertThat(step.locator(".report-step")).hasCount(1);

        step.locator(".report-step").click();
        page.locator("#report-dialog input[value=outdated]").check();
        page.locator("#report-dialog textarea").fill("The number answers in Serbian only now");
        page.locator("#report-dialog button[value=send]").click();
        assertThat(step.locator("p[role=status]")).hasText("Thank you. The editors will check this step.");
        GuideId serbia = guides.findBySlug(new Slug("serbia-cancel-mobile-service")).orElseThrow().id();
        assertThat(reports.forGuide(serbia)).anySatisfy(report -> {
            assertThat(report.step()).isEqualTo(Integer.valueOf(position));
            assertThat(report.comment()).isEqualTo("The number answers in Serbian only now");
        });

        page.locator("#feedback button[data-kind=helpful]").click();
        assertThat(page.locator("#feedback")).containsText("Thank you for your feedback.");
    }

    @Test
    void with_javascript_off_the_guide_is_fully_readable_and_the_situation_form_works() {
        context.close();
        context = phone(false);
        page = open(context);
        page.navigate(url(SERBIA + "?lang=en"));

        assertThat(page.locator("#guide-title")).containsText("Serbia");
        for (Locator way : page.locator("section.way").all()) {
            assertThat(way.locator(".way-body")).isVisible();
        }
        assertThat(page.locator("#phrases .pl").first()).isVisible();
        page.locator("#pick-card").selectOption(new SelectOption().setValue("esim"));
        page.locator("#situation button.apply").click();
        assertThat(page).hasURL(Pattern.compile(".*card=esim.*"));
        assertThat(page.locator("#pick-card")).hasValue("esim");
        Chromium.screenshot(page, "guide-no-js-phone");
    }

    @Test
    void an_unknown_guide_is_a_404() {
        Response response = page.navigate(url("/guides/no-such-guide?lang=en"));
        assertThat(response.status()).isEqualTo(404);
        assertThat(page.locator("#not-found")).isVisible();
    }

    @Test
    void a_guide_opened_online_opens_again_offline_with_its_ticks_and_offers_the_newer_revision_back_online() {
        Slug slug = new Slug("offline-trip-" + UUID.randomUUID().toString().substring(0, 8));
        GuideContent serbia = SeedData.guides().getFirst().content();
        Guide draft = guides.save(Guide.draft(GuideId.random(), slug, serbia), "offline-test", "copy of Serbia");
        guides.save(draft.publish(), "offline-test", "");
        String address = "/guides/" + slug.value() + "?lang=zh-CN&card=esim&operator=rs-yettel";

        page.navigate(url(address));
        ready();
        page.waitForFunction("() => navigator.serviceWorker.controller !== null || "
                + "navigator.serviceWorker.ready.then(() => true)");
        page.waitForFunction("() => Object.keys(JSON.parse(localStorage.getItem('waymark:saved') || '{}')).length > 0");
        assertThat(page.locator("#offline-state")).containsText("保存");
        page.navigate(url("/?lang=zh-CN")); // the worker now controls the pages and keeps the home page
        ready();
        page.waitForFunction("async () => !!(await caches.match('/'))");
        page.close();

        context.setOffline(true);
        page = open(context);
        page.navigate(url(address));
        ready();
        assertThat(page.locator("#guide-title")).containsText("塞尔维亚");
        assertThat(page.locator("#offline-state")).containsText("离线");
        page.locator("#way-hotline .step-tick").first().check();
        page.reload();
        ready();
        assertThat(page.locator("#way-hotline .step-tick").first()).isChecked();
        Chromium.screenshot(page, "guide-offline-phone");

        page.navigate(url("/?lang=zh-CN"));
        ready();
        assertThat(page.locator("#offline-home")).containsText("离线");
        assertThat(page.locator("#saved-guides a")).containsText("塞尔维亚");
        Chromium.screenshot(page, "home-offline-phone");

        // Meanwhile an editor changes the second hotline step and publishes.
        Guide published = guides.findBySlug(slug).orElseThrow();
        GuideContent content = published.content();
        List<Way> ways = content.ways().stream().map(way -> way.kind().key().equals("hotline") ? way.withSteps(
                changedSecondStep(way.steps())) : way).toList();
        guides.save(guides.save(published.edit(content.withWays(ways)), "offline-test", "new number").publish(),
                "offline-test", "");

        page.navigate(url(address));
        ready();
        context.setOffline(false);
        page.evaluate("() => window.dispatchEvent(new Event('online'))");
        assertThat(page.locator("#update")).isVisible();
        page.locator("#update button").click();
        page.waitForFunction("() => document.documentElement.dataset.revision === '2'");
        ready();
        // The first step did not change: it keeps its tick.
        assertThat(page.locator("#way-hotline .step-tick").first()).isChecked();
    }

    private static List<Step> changedSecondStep(List<Step> steps) {
        List<Step> changed = new ArrayList<>(steps);
        Step second = changed.get(1);
        changed.set(1, new Step(second.text().with(dev.waymark.guide.Language.ZH_CN, "新的第二步：先确认余额。")
                .with(dev.waymark.guide.Language.EN, "New second step: check your balance first."), second.expected(),
                second.warning(), second.appliesTo(), second.evidence()));
        return changed;
    }

    @Test
    void the_language_switch_changes_the_page_and_is_remembered() {
        page.navigate(url(SERBIA));
        ready();
        assertThat(page.locator("#guide-title")).containsText("塞尔维亚");

        page.locator("#language-switch").click();
        assertThat(page.locator("#language-menu a[data-lang]")).hasCount(3);
        page.locator("#language-menu a[data-lang=en]").click();
        ready();
        assertThat(page.locator("#guide-title")).containsText("Serbia");
        assertThat(page).hasURL(Pattern.compile(".*lang=en.*"));
        assertThat(page.locator("html")).hasAttribute("lang", "en");

        page.navigate(url("/"));
        ready();
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
