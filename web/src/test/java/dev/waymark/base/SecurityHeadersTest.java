package dev.waymark.base;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import dev.waymark.e2e.Chromium;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;

/**
 * The security headers on every kind of page, over real HTTP: a Vaadin view, the login view, the print page, the
 * JSON API, Actuator, a static Vaadin file and error answers; and in real Chromium, that the views and the print page
 * work under their Content-Security-Policy without a single violation.
 */
@WaymarkTest
class SecurityHeadersTest {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url(path))).build(), HttpResponse.BodyHandlers.ofString());
    }

    private String aPublishedSlug() throws Exception {
        return JsonMapper.builder().build().readTree(get("/api/guides").body()).get(0).get("slug").asString();
    }

    private static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElse("");
    }

    @Test
    void every_kind_of_page_says_nosniff_same_origin_referrers_and_no_framing() throws Exception {
        String slug = aPublishedSlug();
        List<String> paths = List.of("/", "/guides/" + slug, "/login", "/guides/" + slug + "/print", "/api/guides",
                "/api/guides/" + slug, "/api/guides/no-such-guide", "/api/editor/guides/export", "/actuator/health",
                "/actuator/prometheus", "/no-such-page", "/error");
        for (String path : paths) {
            HttpResponse<String> response = get(path);
            assertThat(header(response, "X-Content-Type-Options")).as(path).isEqualTo("nosniff");
            assertThat(header(response, "Referrer-Policy")).as(path).isEqualTo("same-origin");
            assertThat(header(response, "X-Frame-Options")).as(path).isEqualTo("DENY");
            assertThat(header(response, "Content-Security-Policy")).as(path).contains("frame-ancestors 'none'");
        }
    }

    @Test
    void server_rendered_pages_and_the_api_allow_no_script_at_all() throws Exception {
        String slug = aPublishedSlug();
        for (String path : List.of("/guides/" + slug + "/print", "/guides/no-such-guide/print", "/api/guides",
                "/api/search?q=esim", "/actuator/health")) {
            String policy = header(get(path), "Content-Security-Policy");
            assertThat(policy).as(path).startsWith("default-src 'none'").doesNotContain("script-src")
                    .doesNotContain("unsafe");
        }
        assertThat(header(get("/guides/" + slug + "/print"), "Content-Security-Policy")).contains("style-src 'sha256-");
    }

    @Test
    void reader_pages_run_only_the_apps_own_files_and_nothing_inline() throws Exception {
        String slug = aPublishedSlug();
        for (String path : List.of("/", "/search?q=esim", "/guides/" + slug, "/guides/no-such-guide")) {
            String policy = header(get(path), "Content-Security-Policy");
            assertThat(policy).as(path).contains("default-src 'self'", "script-src 'self'", "style-src 'self'",
                    "object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'").doesNotContain("unsafe");
        }
    }

    @Test
    void vaadin_views_allow_scripts_and_connections_only_from_this_origin() throws Exception {
        String policy = header(get("/login"), "Content-Security-Policy");
        assertThat(policy).contains("default-src 'self'", "connect-src 'self'", "object-src 'none'",
                "base-uri 'self'", "form-action 'self'");
        assertThat(policy).doesNotContain("*").doesNotContain("http:");
    }

    @Test
    void the_session_cookie_is_http_only_and_same_site_lax() throws Exception {
        String cookie = header(get("/login"), "Set-Cookie");
        assertThat(cookie).startsWith("JSESSIONID=").contains("HttpOnly").contains("SameSite=Lax");
    }

    @Test
    void in_chromium_the_views_and_the_print_page_run_without_any_policy_violation() throws Exception {
        String slug = aPublishedSlug();
        List<String> violations = new ArrayList<>();
        try (BrowserContext browser = Chromium.phone("zh-CN")) {
            browser.addInitScript("document.addEventListener('securitypolicyviolation', e =>"
                    + " console.error('CSP-VIOLATION ' + e.violatedDirective + ' ' + e.blockedURI))");
            Page page = browser.newPage();
            page.setDefaultTimeout(20_000);
            page.onConsoleMessage(message -> {
                if (message.text().contains("CSP-VIOLATION") || message.text().contains("Content Security Policy")) {
                    violations.add(page.url() + ": " + message.text());
                }
            });
            for (String path : List.of("/", "/guides/" + slug + "?lang=en", "/login")) {
                page.navigate(url(path));
                Chromium.settle(page);
                page.waitForTimeout(300);
            }
            assertThat(page.locator("#login-form").count()).isEqualTo(1);
            page.navigate(url("/guides/" + slug + "/print?lang=en"));
            page.waitForLoadState();
            // The inline stylesheet applied: the page's body is no wider than its max-width rule allows.
            assertThat(page.evaluate("() => getComputedStyle(document.body).maxWidth")).isEqualTo("736px");
        }
        assertThat(violations).isEmpty();
    }
}
