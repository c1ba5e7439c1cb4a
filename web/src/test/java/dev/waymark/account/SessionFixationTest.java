package dev.waymark.account;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waymark.base.WaymarkTest;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Over real HTTP, as a browser signs in: the session id before signing in is not the one after. */
@WaymarkTest
class SessionFixationTest {

    private static final String PASSWORD = "fixation test password";

    @LocalServerPort
    int port;

    @Autowired
    Users users;

    @Autowired
    PasswordEncoder encoder;

    private final CookieManager cookies = new CookieManager();
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies).build();

    private String sessionId() {
        return cookies.getCookieStore().getCookies().stream().filter(cookie -> cookie.getName().equals("JSESSIONID"))
                .map(HttpCookie::getValue).findFirst().orElseThrow();
    }

    @Test
    void signing_in_gives_the_browser_a_new_session_id() throws Exception {
        String username = "fixation-" + UUID.randomUUID().toString().substring(0, 8);
        users.add(new User(username, "Fixation", Set.of(Role.EDITOR), encoder.encode(PASSWORD), true));
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(url("/login"))).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.body()).as("Vaadin's login view, not Spring's generated page").doesNotContain("Please sign in");
        String before = sessionId();
        // The login form posts the CSRF token Vaadin puts into the page, as vaadin-login-form does.
        Matcher token = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"")
                .matcher(page.body());
        assertThat(token.find()).isTrue();

        HttpResponse<String> signedIn = http.send(HttpRequest.newBuilder(URI.create(url("/login")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form("username", username) + "&" + form("password", PASSWORD)
                        + "&" + form("_csrf", token.group(1))))
                .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(location ->
                assertThat(location).endsWith("/staff"));
        assertThat(sessionId()).isNotEqualTo(before);
    }

    @Test
    void the_failure_pages_are_vaadins_login_view_too() throws Exception {
        for (String path : List.of("/login?error", "/login?throttled=15", "/login?logout")) {
            HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(url(path))).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).as(path).doesNotContain("Please sign in").doesNotContain("Bad credentials");
        }
    }

    @Test
    void signing_out_needs_the_csrf_token() throws Exception {
        http.send(HttpRequest.newBuilder(URI.create(url("/login"))).GET().build(), HttpResponse.BodyHandlers.ofString());

        HttpResponse<String> refused = http.send(HttpRequest.newBuilder(URI.create(url("/logout")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("")).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(refused.statusCode()).as(refused.headers().firstValue("Location").orElse("")).isEqualTo(403);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private static String form(String name, String value) {
        return name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
