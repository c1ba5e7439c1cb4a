package dev.waymark.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Cookie;
import dev.waymark.account.FirstAdmin;
import dev.waymark.base.TestDatabase;
import dev.waymark.base.WaymarkTest;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * What an admin does on a laptop-sized Chromium: signs in as the first admin and lands on the editors' inbox, goes
 * to the users through the menu, creates an editor, signs out; the editor signs in, lands on the inbox too and is
 * refused the admin screens.
 */
@WaymarkTest
@TestPropertySource(properties = "waymark.admin-password=" + StaffJourneyTest.ADMIN_PASSWORD)
class StaffJourneyTest {

    static final String ADMIN_PASSWORD = "first admin e2e password";

    @LocalServerPort
    int port;

    @Autowired
    FirstAdmin firstAdmin;

    private BrowserContext context;
    private Page page;

    /** The tests share one database: start from no users, as a fresh installation does, so the first admin appears. */
    @BeforeEach
    void freshInstallation() {
        TestDatabase.jdbc().sql("delete from app_user").update();
        assertThat(firstAdmin.createIfNoUsers()).isTrue();
        context = Chromium.desktop("en-US");
        page = context.newPage();
        page.setDefaultTimeout(20_000);
    }

    @AfterEach
    void closeBrowser() {
        if (context != null) {
            context.close();
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private void settle() {
        Chromium.settle(page);
    }

    private String sessionId() {
        return context.cookies().stream().filter(cookie -> cookie.name.equals("JSESSIONID")).map(cookie -> cookie.value)
                .findFirst().orElse("");
    }

    private void signIn(String username, String password) {
        page.navigate(url("/login?lang=en"));
        settle();
        page.locator("#login-form vaadin-text-field[name=username] input").fill(username);
        page.locator("#login-form vaadin-password-field[name=password] input").fill(password);
        page.locator("#login-form vaadin-button[slot=submit]").click();
        page.waitForURL(Pattern.compile(".*/(editor|account)([?#].*)?$"));
        settle();
    }

    @Test
    void the_first_admin_creates_an_editor_who_cannot_reach_the_admin_screens() {
        page.navigate(url("/login?lang=en"));
        settle();
        String anonymousSession = sessionId();
        signIn(FirstAdmin.USERNAME, ADMIN_PASSWORD);

        assertThat(page).hasURL(Pattern.compile(".*/editor([?#].*)?$"));
        assertThat(sessionId()).as("the session id changes on signing in").isNotEqualTo(anonymousSession);
        assertThat(page.locator("#signed-in-user")).containsText("admin");
        assertThat(page.locator("#inbox")).isVisible();

        page.locator("#staff-nav vaadin-side-nav-item", new Page.LocatorOptions().setHasText("Users")).click();
        page.waitForURL(Pattern.compile(".*/admin/users.*"));
        settle();

        String editor = "e2e-" + UUID.randomUUID().toString().substring(0, 8);
        page.locator("#new-user").click();
        page.locator("#new-username input").fill(editor);
        page.locator("#new-display-name input").fill("E2E Editor");
        page.locator("#new-password input").fill("editor e2e password");
        page.locator("#create-user").click();
        settle();
        assertThat(page.locator("#users")).containsText(editor);
        Chromium.screenshot(page, "users-desktop");

        page.locator("#sign-out").click();
        page.waitForURL(url("/"));
        settle();
        assertThat(page.locator("#country-RS")).isVisible();

        signIn(editor, "editor e2e password");
        assertThat(page).hasURL(Pattern.compile(".*/editor([?#].*)?$"));
        assertThat(page.locator("#signed-in-user")).containsText(editor);
        assertThat(page.locator("#inbox")).isVisible();
        assertThat(page.locator("#staff-nav")).containsText("Inbox");
        assertThat(page.locator("#staff-nav")).not().containsText("Users");
        Chromium.screenshot(page, "inbox-desktop");

        page.navigate(url("/admin/users"));
        settle();
        assertThat(page.locator("#users")).hasCount(0);
        assertThat(page.locator("#new-user")).hasCount(0);
        Chromium.screenshot(page, "users-refused-to-editor-desktop");
    }
}
