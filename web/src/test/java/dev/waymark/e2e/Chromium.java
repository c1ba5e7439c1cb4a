package dev.waymark.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;

/**
 * Debian's Chromium driven by Playwright, shared by the end-to-end tests of one JVM. Playwright never
 * downloads a browser of its own here. Where no Chromium is installed, the tests are skipped, not
 * failed; CI installs it.
 */
public final class Chromium {

    static final Path EXECUTABLE = Path.of(System.getenv().getOrDefault("WAYMARK_CHROMIUM", "/usr/bin/chromium"));
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private static Playwright playwright;
    private static Browser browser;

    private Chromium() {
    }

    public static synchronized Browser browser() {
        Assumptions.assumeTrue(Files.isExecutable(EXECUTABLE), "no Chromium at " + EXECUTABLE + ": apt-get install chromium");
        if (browser == null) {
            playwright = Playwright.create(new Playwright.CreateOptions()
                    .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
            browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(EXECUTABLE)
                    .setHeadless(true)
                    .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                            "--disable-component-update", "--no-first-run", "--disable-sync")));
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                browser.close();
                playwright.close();
            }));
        }
        return browser;
    }

    /** A fresh browser profile the size of a small phone, reading Chinese unless told otherwise. */
    public static BrowserContext phone(String locale) {
        return browser().newContext(new Browser.NewContextOptions()
                .setViewportSize(360, 780)
                .setDeviceScaleFactor(2)
                .setIsMobile(true)
                .setHasTouch(true)
                .setLocale(locale));
    }

    /** A fresh browser profile the size of a laptop, as editors and admins work. */
    public static BrowserContext desktop(String locale) {
        return browser().newContext(new Browser.NewContextOptions()
                .setViewportSize(1280, 800)
                .setLocale(locale));
    }

    public static void screenshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
    }

    /**
     * Waits until the page is ready: for a reader page (HTML from the server), until the reader script has attached;
     * for an editor's page, until Vaadin has rendered the view and has nothing in flight.
     */
    public static void settle(Page page) {
        page.waitForFunction("() => document.documentElement.dataset.ready === '1' || (!document.documentElement"
                + ".dataset.page && window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients"
                + " && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive()))");
    }

    /**
     * Picks the item with {@code itemText} in the {@code vaadin-select} with id {@code selectId} and waits until the
     * select holds it and Vaadin is idle again. The overlay slides in and never holds still for Playwright's pointer (on a phone above all);
     * a DOM click on the item is a tap all the same.
     */
    public static void choose(Page page, String selectId, String itemText) {
        com.microsoft.playwright.Locator select = page.locator("#" + selectId);
        select.click();
        page.waitForFunction("id => document.getElementById(id).opened === true", selectId);
        com.microsoft.playwright.Locator item = select.locator("vaadin-select-item")
                .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText(itemText)).first();
        String value = item.getAttribute("value");
        item.evaluate("item => item.click()");
        page.waitForFunction("id => document.getElementById(id).opened === false", selectId);
        page.waitForFunction("args => document.getElementById(args[0]).value === args[1]", List.of(selectId, value));
        settle(page);
    }

    /** Signs in on the staff sign-in form of the app at {@code base} and waits for the editors' start page. */
    public static void signIn(Page page, String base, String username, String password) {
        page.navigate(base + "/login?lang=en");
        settle(page);
        page.locator("#login-form vaadin-text-field[name=username] input").fill(username);
        page.locator("#login-form vaadin-password-field[name=password] input").fill(password);
        page.locator("#login-form vaadin-button[slot=submit]").click();
        page.waitForURL(Pattern.compile(".*/editor([?#].*)?$"));
        settle(page);
    }

    /** Clicks the element with {@code id} in an editor's page and waits until Vaadin has answered. */
    public static void click(Page page, String id) {
        page.locator("#" + id).click();
        settle(page);
    }

    /** Types {@code text} into the Vaadin field with {@code id}, leaves it, and waits until Vaadin has answered. */
    public static void fill(Page page, String id, String text) {
        page.locator("#" + id).locator("input, textarea").first().fill(text);
        page.locator("#" + id).locator("input, textarea").first().blur();
        settle(page);
    }

    /** Saves the guide in the editor with a revision message. */
    public static void save(Page page, String message) {
        click(page, "save");
        fill(page, "revision-message", message);
        click(page, "save-confirm");
    }
}
