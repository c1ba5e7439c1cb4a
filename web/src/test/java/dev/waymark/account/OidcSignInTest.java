package dev.waymark.account;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.spring.security.AuthenticationContext;
import dev.waymark.account.ui.LoginView;
import dev.waymark.audit.AuditEvent;
import dev.waymark.audit.AuditFilter;
import dev.waymark.audit.AuditLog;
import dev.waymark.base.WaymarkTest;
import java.net.CookieHandler;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import oidcprovider.TestOidcProvider;

/**
 * Single sign-on against a real OpenID Connect provider on loopback (Spring's authorization server), driven through
 * every redirect by a real HTTP client with a cookie jar, as a browser would: Waymark sends the person to the
 * provider, they sign in on its form, the provider sends them back with a code, Waymark trades it for tokens, checks
 * the ID token and maps its groups to roles.
 */
@WaymarkTest
class OidcSignInTest {

    private static final TestOidcProvider PROVIDER = TestOidcProvider.start();
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    @DynamicPropertySource
    static void provider(DynamicPropertyRegistry properties) {
        properties.add("waymark.oidc.issuer", PROVIDER::issuer);
        properties.add("waymark.oidc.client-id", () -> TestOidcProvider.CLIENT_ID);
        properties.add("waymark.oidc.client-secret", () -> TestOidcProvider.CLIENT_SECRET);
    }

    @AfterAll
    static void stopProvider() {
        PROVIDER.close();
    }

    @LocalServerPort
    int port;

    @Autowired
    Users users;

    @Autowired
    AuditLog audit;

    @BeforeEach
    void allowCallback() {
        PROVIDER.allowRedirect(waymark("/login/oauth2/code/oidc"));
    }

    private String waymark(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    /**
     * Cookies by host and port, name and value, which is all these two servers need. (The JDK's CookieManager keeps
     * cookies of {@code localhost} under {@code localhost.local} and then does not send them back.)
     */
    private static final class Jar extends CookieHandler {

        private final Map<String, Map<String, String>> cookies = new ConcurrentHashMap<>();

        @Override
        public Map<String, List<String>> get(URI uri, Map<String, List<String>> headers) {
            Map<String, String> mine = cookies.getOrDefault(uri.getHost() + ":" + uri.getPort(), Map.of());
            if (mine.isEmpty()) {
                return Map.of();
            }
            return Map.of("Cookie", List.of(mine.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining("; "))));
        }

        @Override
        public void put(URI uri, Map<String, List<String>> headers) {
            headers.forEach((name, values) -> {
                if ("Set-Cookie".equalsIgnoreCase(name)) {
                    for (String value : values) {
                        String pair = value.split(";", 2)[0];
                        int equals = pair.indexOf('=');
                        Map<String, String> mine = cookies.computeIfAbsent(uri.getHost() + ":" + uri.getPort(),
                                key -> new ConcurrentHashMap<>());
                        String cookie = pair.substring(0, equals).strip();
                        String content = pair.substring(equals + 1).strip();
                        if (content.isEmpty() || value.toLowerCase(Locale.ROOT).contains("max-age=0")) {
                            mine.remove(cookie);
                        } else {
                            mine.put(cookie, content);
                        }
                    }
                }
            });
        }
    }

    /** A browser: its own cookies, redirects followed one by one. */
    private static final class Browser {

        final HttpClient http = HttpClient.newBuilder().cookieHandler(new Jar())
                .followRedirects(HttpClient.Redirect.NEVER).build();

        HttpResponse<String> get(String uri) throws Exception {
            return follow(http.send(page(URI.create(uri)).build(), HttpResponse.BodyHandlers.ofString()));
        }

        HttpResponse<String> post(String uri, String form) throws Exception {
            return follow(http.send(page(URI.create(uri))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString()));
        }

        /** A request as a browser makes it for a page (which makes a provider answer with its login form). */
        static HttpRequest.Builder page(URI uri) {
            return HttpRequest.newBuilder(uri).header("Accept", "text/html,application/xhtml+xml");
        }

        HttpResponse<String> follow(HttpResponse<String> response) throws Exception {
            for (int hops = 0; hops < 10 && response.statusCode() / 100 == 3; hops++) {
                URI next = response.uri().resolve(response.headers().firstValue("Location").orElseThrow());
                response = http.send(page(next).build(), HttpResponse.BodyHandlers.ofString());
            }
            return response;
        }
    }

    /** Starts at Waymark's sign-in button, signs in at the provider, and returns where the browser ends up. */
    private HttpResponse<String> signIn(Browser browser, String person) throws Exception {
        HttpResponse<String> providerLogin = browser.get(waymark(OidcSettings.SIGN_IN_PATH));
        assertThat(providerLogin.uri().toString()).as("the provider's login page").startsWith(PROVIDER.issuer() + "/login");
        Matcher csrf = CSRF.matcher(providerLogin.body());
        assertThat(csrf.find()).as("the provider's form has a CSRF token").isTrue();
        return browser.post(PROVIDER.issuer() + "/login", "username=" + person + "&password="
                + URLEncoder.encode(TestOidcProvider.PASSWORD, StandardCharsets.UTF_8) + "&_csrf=" + csrf.group(1));
    }

    private int actuatorInfo(Browser browser) throws Exception {
        return browser.http.send(HttpRequest.newBuilder(URI.create(waymark("/actuator/info"))).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    private List<String> actions(String target) {
        return audit.find(new AuditFilter(null, null, target, null, null), 0, 50).stream().map(AuditEvent::action)
                .toList();
    }

    @Test
    void a_member_of_the_editors_group_signs_in_and_becomes_an_editor() throws Exception {
        Browser browser = new Browser();

        HttpResponse<String> landed = signIn(browser, "ada");

        assertThat(landed.uri().getPath()).isEqualTo("/staff");
        assertThat(landed.statusCode()).isEqualTo(200);
        User ada = users.find("ada").orElseThrow();
        assertThat(ada.roles()).containsExactly(Role.EDITOR);
        assertThat(ada.displayName()).isEqualTo("Test ada");
        assertThat(ada.passwordHash()).startsWith(OidcUsers.HASH_PREFIX);
        assertThat(actions("ada")).contains(AuditActions.USER_CREATE, AuditActions.LOGIN_SUCCESS);
        // Signed in (so not 401), and an editor is no admin.
        assertThat(actuatorInfo(browser)).isEqualTo(403);
    }

    @Test
    void roles_follow_the_groups_at_every_sign_in_and_sign_out_ends_the_session() throws Exception {
        Browser first = new Browser();
        signIn(first, "grace");
        User grace = users.find("grace").orElseThrow();
        assertThat(grace.roles()).containsExactly(Role.ADMIN);
        assertThat(actuatorInfo(first)).isEqualTo(200);
        users.update(grace.withRoles(Set.of(Role.EDITOR)));

        Browser second = new Browser();
        assertThat(signIn(second, "grace").uri().getPath()).isEqualTo("/staff");

        assertThat(users.find("grace").orElseThrow().roles()).containsExactly(Role.ADMIN);
        assertThat(actions("grace")).contains(AuditActions.USER_ROLES);
        assertThat(actuatorInfo(second)).isEqualTo(200);

        HttpResponse<String> staff = second.get(waymark("/staff"));
        Matcher token = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"").matcher(staff.body());
        assertThat(token.find()).as("Vaadin's page carries the CSRF token").isTrue();
        second.post(waymark("/logout"), "_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8));

        assertThat(actuatorInfo(second)).isEqualTo(401);
    }

    @Test
    void someone_in_neither_group_is_refused_and_gets_no_account() throws Exception {
        Browser browser = new Browser();

        HttpResponse<String> landed = signIn(browser, "eve");

        assertThat(landed.uri().getPath()).isEqualTo("/login");
        assertThat(landed.uri().getQuery()).contains(LoginView.SSO_ERROR);
        assertThat(users.find("eve")).isEmpty();
        assertThat(actions("eve")).contains(AuditActions.LOGIN_FAILED);
        assertThat(actuatorInfo(browser)).isEqualTo(401);
    }

    @Test
    void the_login_page_offers_single_sign_on_only_when_a_provider_is_configured() {
        OidcSettings on = new OidcSettings(PROVIDER.issuer(), "id", "secret", "groups", "e", "a");
        OidcSettings off = new OidcSettings("", "", "", "groups", "e", "a");

        assertThat(ssoLink(new LoginView(new AuthenticationContext(), on)).isVisible()).isTrue();
        assertThat(ssoLink(new LoginView(new AuthenticationContext(), on)).getHref())
                .isEqualTo("/oauth2/authorization/oidc");
        assertThat(ssoLink(new LoginView(new AuthenticationContext(), off)).isVisible()).isFalse();
    }

    private static Anchor ssoLink(Component view) {
        return view.getChildren().filter(child -> "login-sso".equals(child.getId().orElse(null)))
                .map(Anchor.class::cast).findFirst().orElseThrow();
    }
}
