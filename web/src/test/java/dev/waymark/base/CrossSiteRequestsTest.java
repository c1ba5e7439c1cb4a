package dev.waymark.base;

import dev.waymark.account.ApiTokenService;
import dev.waymark.account.TestTokens;
import dev.waymark.account.TokenScope;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;
import dev.waymark.account.Role;
import dev.waymark.account.User;
import dev.waymark.account.Users;
import dev.waymark.e2e.Chromium;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * What another site can make a browser send, over real HTTP and in real Chromium: a form that posts to the editors'
 * API with the Basic credentials a browser has cached, and a form that signs the browser in to an account of the
 * attacker's (login CSRF). Each is refused; the same requests from the app itself or from a program still work.
 */
@WaymarkTest
class CrossSiteRequestsTest {

    private static final String PASSWORD = "cross-site test password";
    private static final String ARTICLE = "# Serbia eSIM cancellation\n\n## Steps\n\n1. Call 0800 100 100\n";

    @LocalServerPort
    int port;

    @Autowired
    Users users;

    @Autowired
    PasswordEncoder encoder;

    private final HttpClient http = HttpClient.newHttpClient();
    private final String editor = "csrf-" + UUID.randomUUID().toString().substring(0, 8);

    @Autowired
    ApiTokenService tokens;

    private String token;

    @BeforeEach
    void createEditor() {
        users.add(new User(editor, "Cross-site editor", Set.of(Role.EDITOR), encoder.encode(PASSWORD), true));
        token = TestTokens.create(tokens, editor, Set.of(Role.EDITOR), TokenScope.IMPORT);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private HttpRequest.Builder importMarkdown(String contentType) {
        return HttpRequest.newBuilder(URI.create(url("/api/editor/import/markdown?country=RS&cardTypes=esim")))
                .header("Authorization", "Bearer " + token).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(ARTICLE));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void a_markdown_import_with_credentials_from_another_origin_is_refused() throws Exception {
        HttpResponse<String> response = send(importMarkdown("text/markdown").header("Origin", "https://evil.example"));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        assertThat(response.body()).contains("\"status\":403").contains("another origin");
    }

    @Test
    void requests_a_browser_marks_as_cross_site_or_same_site_are_refused_even_without_an_origin() throws Exception {
        for (String site : new String[] {"cross-site", "same-site"}) {
            HttpResponse<String> response = send(importMarkdown("text/markdown").header("Sec-Fetch-Site", site));
            assertThat(response.statusCode()).as(site).isEqualTo(403);
            assertThat(response.body()).contains("another site");
        }
        assertThat(send(importMarkdown("text/markdown").header("Origin", "null")).statusCode()).isEqualTo(403);
    }

    @Test
    void the_content_types_a_cross_site_form_can_send_are_not_accepted_by_the_markdown_import() throws Exception {
        for (String type : new String[] {"text/plain", "text/plain;charset=UTF-8", "application/x-www-form-urlencoded",
                "multipart/form-data; boundary=x"}) {
            HttpResponse<String> response = send(importMarkdown(type));
            assertThat(response.statusCode()).as(type).isEqualTo(415);
            assertThat(response.body()).as(type).contains("\"status\":415");
        }
    }

    @Test
    void the_same_import_from_this_origin_or_from_a_program_is_accepted() throws Exception {
        assertThat(send(importMarkdown("text/markdown").header("Origin", url("")).header("Sec-Fetch-Site", "same-origin"))
                .statusCode()).isEqualTo(201);
        assertThat(send(importMarkdown("text/markdown; charset=UTF-8")).statusCode()).isEqualTo(201);
    }

    @Test
    void a_login_form_post_without_the_csrf_token_does_not_sign_in() throws Exception {
        HttpClient cookies = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager()).build();
        HttpResponse<String> login = cookies.send(HttpRequest.newBuilder(URI.create(url("/login")))
                .header("Origin", "https://evil.example").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + editor + "&password=" + PASSWORD.replace(' ', '+')))
                .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(login.statusCode()).isEqualTo(403);
        assertThat(login.headers().firstValue("Location")).isEmpty();
        HttpResponse<String> staff = cookies.send(HttpRequest.newBuilder(URI.create(url("/staff"))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(staff.statusCode()).isEqualTo(302);
        assertThat(staff.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).contains("/login"));
    }

    @Test
    void in_chromium_a_foreign_page_cannot_sign_the_browser_in_but_the_login_form_can() {
        try (BrowserContext browser = Chromium.desktop("en-US")) {
            Page page = browser.newPage();
            page.setDefaultTimeout(20_000);
            // Another site's page (here: an opaque origin) that auto-submits a login form to Waymark.
            page.setContent("<form id=f method=post action='" + url("/login") + "'>"
                    + "<input name=username value='" + editor + "'><input name=password value='" + PASSWORD + "'>"
                    + "</form><script>document.getElementById('f').submit()</script>");
            page.waitForURL(url("/login"));
            page.waitForLoadState(LoadState.LOAD);
            page.navigate(url("/staff"));
            page.waitForURL(Pattern.compile(".*/login.*"));
            Chromium.settle(page);
            assertThat(page.locator("#login-form").count()).as("still signed out").isEqualTo(1);

            page.locator("#login-form vaadin-text-field[name=username] input").fill(editor);
            page.locator("#login-form vaadin-password-field[name=password] input").fill(PASSWORD);
            page.locator("#login-form vaadin-button[slot=submit]").click();
            page.waitForURL(Pattern.compile(".*/(editor|staff)([?#].*)?$"));
            Chromium.settle(page);
            assertThat(page.locator("#signed-in-user").textContent()).contains(editor);
        }
    }
}
