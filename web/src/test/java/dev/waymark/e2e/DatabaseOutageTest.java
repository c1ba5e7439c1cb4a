package dev.waymark.e2e;

import dev.waymark.account.FirstAdmin;
import dev.waymark.guide.Guide;
import dev.waymark.guide.Guides;
import dev.waymark.guide.Language;
import dev.waymark.guide.Slug;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import dev.waymark.WaymarkApplication;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The database goes away under the running app and comes back: readers are told it is temporarily
 * unavailable (never a stack trace), an editor's save fails with a message while the form keeps its content,
 * and the app recovers by itself (the same form then saves). Uses the embedded PostgreSQL,
 * stopped and started again on the same port and folder.
 */
@Tag("own-jvm")
class DatabaseOutageTest {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private HttpResponse<String> get(int port, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static final String ADMIN_PASSWORD = "outage admin password";

    private static Page openEditor(BrowserContext staff, int port, Guide guide) {
        Page page = staff.newPage();
        page.setDefaultTimeout(30_000);
        page.navigate("http://localhost:" + port + "/login?lang=en");
        page.locator("#login-form vaadin-text-field[name=username] input").fill(FirstAdmin.USERNAME);
        page.locator("#login-form vaadin-password-field[name=password] input").fill(ADMIN_PASSWORD);
        page.locator("#login-form vaadin-button[slot=submit]").click();
        page.waitForURL(java.util.regex.Pattern.compile(".*/editor([?#].*)?$"));
        page.navigate("http://localhost:" + port + "/editor/guides/" + guide.id() + "?lang=en");
        assertThat(page.locator("#title-en input")).isVisible(
                new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions().setTimeout(30_000));
        return page;
    }

    @Test
    void readers_are_told_the_database_is_unavailable_editors_keep_their_form_and_the_app_recovers_when_it_is_back(@TempDir Path data)
            throws Exception {
        int dbPort = freePort();
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(WaymarkApplication.class).run(
                "--waymark.embedded-db.directory=" + data, "--waymark.embedded-db.port=" + dbPort, "--server.port=0",
                "--vaadin.devmode.devTools.enabled=false", "--spring.main.banner-mode=off",
                "--waymark.admin-password=" + ADMIN_PASSWORD);
             BrowserContext staff = Chromium.desktop("en")) {
            int port = ((WebServerApplicationContext) app).getWebServer().getPort();
            assertThat(get(port, "/api/guides").statusCode()).isEqualTo(200);
            Guide serbia = app.getBean(Guides.class).findBySlug(new Slug("serbia-cancel-mobile-service")).orElseThrow();
            Page editor = openEditor(staff, port, serbia);

            app.getBean(EmbeddedPostgres.class).close();

            HttpResponse<String> api = get(port, "/api/guides");
            assertThat(api.statusCode()).isEqualTo(503);
            assertThat(api.body()).contains("temporarily unavailable").doesNotContain("Exception");
            HttpResponse<String> print = get(port, "/guides/serbia-cancel-mobile-service/print?lang=en");
            assertThat(print.statusCode()).isEqualTo(503);
            assertThat(print.body()).contains("Temporarily unavailable").doesNotContain("Exception");
            try (BrowserContext browser = Chromium.phone("en")) {
                Page page = browser.newPage();
                page.navigate("http://localhost:" + port + "/guides/serbia-cancel-mobile-service?lang=en");
                // The pool gives up on the dead database after its 5 s connection timeout.
                assertThat(page.locator("#unavailable h1")).hasText("Temporarily unavailable",
                        new LocatorAssertions.HasTextOptions().setTimeout(30_000));
                assertThat(page.locator("body")).not().containsText("Exception");
                Chromium.screenshot(page, "unavailable-phone");
            }

            // An editor's save fails with a message, and the form keeps what they typed.
            editor.locator("#title-en input").fill("Edited during the outage");
            editor.locator("#save").click();
            editor.locator("#revision-message input").fill("outage");
            editor.locator("#save-confirm").click();
            assertThat(editor.locator("#editor-message")).containsText("Could not save",
                    new LocatorAssertions.ContainsTextOptions().setTimeout(30_000));
            assertThat(editor.locator("#title-en input")).hasValue("Edited during the outage",
                    new LocatorAssertions.HasValueOptions().setTimeout(30_000));
            Chromium.screenshot(editor, "editor-save-during-outage-desktop");

            try (EmbeddedPostgres restarted = EmbeddedPostgres.builder().setDataDirectory(data)
                    .setCleanDataDirectory(false).setPort(dbPort).start()) {
                Instant deadline = Instant.now().plusSeconds(60);
                int status = 0;
                while (Instant.now().isBefore(deadline) && status != 200) {
                    status = get(port, "/api/guides").statusCode();
                    if (status != 200) {
                        Thread.sleep(500);
                    }
                }
                assertThat(status).as("the app recovers by itself").isEqualTo(200);
                assertThat(get(port, "/api/guides?lang=en").body()).contains("serbia-cancel-mobile-service");
                try (BrowserContext browser = Chromium.phone("en")) {
                    Page page = browser.newPage();
                    page.navigate("http://localhost:" + port + "/guides/serbia-cancel-mobile-service?lang=en");
                    // A page's first load after the outage may be slow on a busy machine, as the others above.
                    assertThat(page.locator("#guide-title")).containsText("Serbia",
                            new LocatorAssertions.ContainsTextOptions().setTimeout(30_000));
                }
                // Once the database is back, the same form saves.
                editor.locator("#save").click();
                editor.locator("#revision-message input").fill("after the outage");
                editor.locator("#save-confirm").click();
                assertThat(editor.locator("#guide-state")).containsText("revision 2",
                        new LocatorAssertions.ContainsTextOptions().setTimeout(30_000));
                assertThat(app.getBean(Guides.class).find(serbia.id()).orElseThrow().content().title()
                        .in(Language.EN)).contains("Edited during the outage");
            }
        }
    }
}
