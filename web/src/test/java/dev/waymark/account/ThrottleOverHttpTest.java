package dev.waymark.account;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waymark.base.WaymarkTest;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.TestPropertySource;

/**
 * The login throttle over real HTTP, behind a (simulated) reverse proxy: the app trusts {@code X-Forwarded-For} and
 * {@code X-Forwarded-Proto} from the local proxy, so each request can come from its own address. An attacker's failures
 * make the attacker wait (429 with Retry-After for HTTP Basic, which Actuator's scrapers may still use) and never stop the owner signing in from elsewhere,
 * by Basic or through the login form.
 */
@WaymarkTest
@TestPropertySource(properties = "server.forward-headers-strategy=native")
class ThrottleOverHttpTest {

    private static final String PASSWORD = "throttle over http password";

    @LocalServerPort
    int port;

    @Autowired
    Users users;

    @Autowired
    PasswordEncoder encoder;

    private final HttpClient http = HttpClient.newHttpClient();
    private final String owner = "owner-" + UUID.randomUUID().toString().substring(0, 8);
    private final String net = "10." + (int) (Math.random() * 200 + 20) + ".";

    @BeforeEach
    void createOwner() {
        users.add(new User(owner, "Owner", Set.of(Role.ADMIN, Role.EDITOR), encoder.encode(PASSWORD), true));
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private HttpResponse<String> export(String password, String from) throws Exception {
        String basic = Base64.getEncoder().encodeToString((owner + ":" + password).getBytes(StandardCharsets.UTF_8));
        return http.send(HttpRequest.newBuilder(uri("/actuator/prometheus")).header("Authorization", "Basic " + basic)
                .header("X-Forwarded-For", from).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void an_attackers_hundred_failed_sign_ins_from_one_address_never_stop_the_owner_at_another() throws Exception {
        String attacker = net + "0.66";
        List<Integer> statuses = new ArrayList<>();
        HttpResponse<String> last = null;
        for (int i = 0; i < 100; i++) {
            last = export("guess " + i, attacker);
            statuses.add(last.statusCode());
        }

        assertThat(statuses).containsOnly(401, 429);
        assertThat(statuses.subList(0, 3)).containsOnly(401);
        assertThat(last.statusCode()).isEqualTo(429);
        assertThat(last.headers().firstValue("Retry-After")).hasValueSatisfying(
                seconds -> assertThat(Long.parseLong(seconds)).isPositive());
        assertThat(last.body()).contains("\"status\":429").contains("try again in");
        assertThat(export(PASSWORD, attacker).statusCode()).as("guessing stays throttled: not even checked")
                .isEqualTo(429);

        assertThat(export(PASSWORD, net + "1.7").statusCode()).as("the owner at home").isEqualTo(200);
    }

    @Test
    void many_addresses_guessing_one_password_never_stop_the_owner_at_another() throws Exception {
        for (int i = 0; i < 100; i++) {
            assertThat(export("guess " + i, net + "2." + i).statusCode()).isEqualTo(401);
        }

        assertThat(export("guess again", net + "2.5").statusCode()).as("a guessing address now waits").isEqualTo(429);
        assertThat(export(PASSWORD, net + "3.7").statusCode()).as("the owner").isEqualTo(200);
    }

    @Test
    void after_an_attack_the_owner_signs_in_through_the_login_form_from_another_address() throws Exception {
        for (int i = 0; i < 20; i++) {
            export("guess " + i, net + "4.66");
        }
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String from = net + "5.7";
        String page = browser.send(HttpRequest.newBuilder(uri("/login")).header("X-Forwarded-For", from).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher token = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"").matcher(page);
        assertThat(token.find()).isTrue();

        HttpResponse<String> signedIn = browser.send(HttpRequest.newBuilder(uri("/login"))
                .header("X-Forwarded-For", from).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + owner + "&password="
                        + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8) + "&_csrf="
                        + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/staff"));
    }

    @Test
    void the_form_tells_a_throttled_address_how_long_to_wait() throws Exception {
        String from = net + "6.66";
        for (int i = 0; i < 3; i++) {
            export("guess " + i, from);
        }
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String page = browser.send(HttpRequest.newBuilder(uri("/login")).header("X-Forwarded-For", from).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher token = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"").matcher(page);
        assertThat(token.find()).isTrue();

        HttpResponse<String> refused = browser.send(HttpRequest.newBuilder(uri("/login"))
                .header("X-Forwarded-For", from).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + owner + "&password="
                        + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8) + "&_csrf="
                        + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(refused.headers().firstValue("Location")).hasValueSatisfying(
                to -> assertThat(to).matches(".*/login\\?throttled=[1-9][0-9]*"));
    }

    @Test
    void behind_a_tls_proxy_the_session_cookie_is_secure() throws Exception {
        HttpResponse<String> https = http.send(HttpRequest.newBuilder(uri("/login"))
                .header("X-Forwarded-Proto", "https").build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> plain = http.send(HttpRequest.newBuilder(uri("/login")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(https.headers().firstValue("Set-Cookie")).hasValueSatisfying(cookie -> assertThat(cookie)
                .contains("Secure").contains("HttpOnly").contains("SameSite=Lax"));
        assertThat(plain.headers().firstValue("Set-Cookie")).hasValueSatisfying(cookie -> assertThat(cookie)
                .doesNotContain("Secure"));
    }
}
