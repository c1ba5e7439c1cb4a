package dev.waymark.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.waymark.audit.AuditEvent;
import dev.waymark.audit.AuditFilter;
import dev.waymark.audit.AuditLog;
import dev.waymark.base.TestCaller;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import dev.waymark.base.WaymarkTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Personal API tokens over real HTTP: scopes are enforced, bad tokens get a 401 in JSON, passwords no longer work. */
@WaymarkTest
class ApiTokenTest {

    private static final String PASSWORD = "api token test password";

    @LocalServerPort
    int port;

    @Autowired
    Users users;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    ApiTokenService service;

    @Autowired
    ApiTokens tokens;

    @Autowired
    AuditLog audit;

    @Autowired
    JdbcClient jdbc;

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();
    private final String suffix = UUID.randomUUID().toString().substring(0, 8);
    private final String editor = "token-editor-" + suffix;
    private final String admin = "token-admin-" + suffix;

    @BeforeEach
    void createStaff() {
        users.add(new User(editor, "Token editor", Set.of(Role.EDITOR), encoder.encode(PASSWORD), true));
        users.add(new User(admin, "Token admin", Set.of(Role.ADMIN), encoder.encode(PASSWORD), true));
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private HttpResponse<String> get(String path, @Nullable String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> post(String path, String token, String contentType, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + token).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String bearer(String token) {
        return "Bearer " + token;
    }

    private void assertRefused(HttpResponse<String> response, String message) {
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                value -> assertThat(value).startsWith("application/json"));
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                value -> assertThat(value).startsWith("Bearer").contains("invalid_token"));
        JsonNode error = json.readTree(response.body());
        assertThat(error.get("status").asInt()).isEqualTo(401);
        assertThat(error.get("error").asString()).isEqualTo("Unauthorized");
        assertThat(error.get("message").asString()).contains(message);
        assertThat(response.headers().firstValue("Set-Cookie")).isEmpty();
    }

    @Test
    void an_export_token_exports_but_cannot_import_or_read_metrics() throws Exception {
        String token = TestTokens.create(service, editor, Set.of(Role.EDITOR), TokenScope.EXPORT);

        HttpResponse<String> export = get("/api/editor/guides/export", bearer(token));
        HttpResponse<String> one = get("/api/editor/guides/serbia-cancel-mobile-service/export", bearer(token));
        HttpResponse<String> importing = post("/api/editor/guides/import", token, "application/json", export.body());
        HttpResponse<String> drafts = get("/api/editor/guides", bearer(token));
        HttpResponse<String> metrics = get("/actuator/prometheus", bearer(token));

        assertThat(export.statusCode()).as(export.body() + export.headers().map()).isEqualTo(200);
        assertThat(json.readTree(export.body()).get("format").asString()).isEqualTo("waymark-guides");
        assertThat(one.statusCode()).isEqualTo(200);
        assertThat(importing.statusCode()).isEqualTo(403);
        assertThat(json.readTree(importing.body()).get("status").asInt()).isEqualTo(403);
        assertThat(drafts.statusCode()).isEqualTo(403);
        assertThat(metrics.statusCode()).isEqualTo(403);
    }

    @Test
    void a_drafts_token_lists_guides_in_every_status() throws Exception {
        String token = TestTokens.create(service, editor, Set.of(Role.EDITOR), TokenScope.READ_DRAFTS);

        HttpResponse<String> all = get("/api/editor/guides?limit=500", bearer(token));
        HttpResponse<String> published = get("/api/editor/guides?status=published", bearer(token));
        HttpResponse<String> wrong = get("/api/editor/guides?status=lost", bearer(token));

        assertThat(all.statusCode()).isEqualTo(200);
        assertThat(json.readTree(all.body()).valueStream().map(guide -> guide.get("slug").asString()))
                .contains("serbia-cancel-mobile-service");
        assertThat(json.readTree(published.body()).valueStream().map(guide -> guide.get("status").asString()))
                .isNotEmpty().containsOnly("published");
        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(get("/api/editor/guides/export", bearer(token)).statusCode()).isEqualTo(403);
    }

    @Test
    void an_admin_token_with_the_admin_scope_reads_prometheus_and_one_without_it_does_not() throws Exception {
        String scraper = TestTokens.create(service, admin, Set.of(Role.ADMIN), TokenScope.ADMIN);
        String exporter = TestTokens.create(service, admin, Set.of(Role.ADMIN), TokenScope.EXPORT);

        HttpResponse<String> metrics = get("/actuator/prometheus", bearer(scraper));

        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("jvm_memory_used_bytes");
        assertThat(metrics.headers().firstValue("Set-Cookie")).isEmpty();
        assertThat(get("/actuator/prometheus", bearer(exporter)).statusCode()).isEqualTo(403);
        assertThat(get("/api/editor/guides/export", bearer(exporter)).statusCode()).isEqualTo(200);
        assertThat(get("/api/editor/guides/export", bearer(scraper)).statusCode()).isEqualTo(403);
    }

    @Test
    void an_editor_may_not_create_a_token_with_the_admin_scope_and_names_and_scopes_are_required() {
        TestCaller.signIn(editor, "ROLE_EDITOR");

        assertThatThrownBy(() -> service.create("scraper", Set.of(TokenScope.ADMIN), Duration.ofDays(30)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.create(" ", Set.of(TokenScope.EXPORT), Duration.ofDays(30)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> service.create("none", Set.of(), Duration.ofDays(30)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> service.create("forever", Set.of(TokenScope.EXPORT), Duration.ofDays(400)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(service.mine()).isEmpty();
        TestCaller.ANONYMOUS.signIn("");
        assertThatThrownBy(() -> service.create("anonymous", Set.of(TokenScope.EXPORT), Duration.ofDays(30)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void only_the_hash_is_stored_and_creating_revoking_and_using_are_recorded() throws Exception {
        TestCaller.signIn(editor, "ROLE_EDITOR");
        NewApiToken created = service.create("nightly export", Set.of(TokenScope.EXPORT), Duration.ofDays(7));

        assertThat(created.secret()).startsWith("wmk_").hasSizeGreaterThanOrEqualTo(40);
        assertThat(jdbc.sql("select count(*) from api_token where token_hash = :secret or token_hash like :start")
                .param("secret", created.secret()).param("start", "%" + created.secret().substring(4, 20) + "%")
                .query(Long.class).single()).isZero();
        assertThat(service.mine()).singleElement().satisfies(token -> {
            assertThat(token.name()).isEqualTo("nightly export");
            assertThat(token.lastUsedAt()).isNull();
            assertThat(token.expiresAt()).isBetween(Instant.now().plus(Duration.ofDays(7)).minusSeconds(60),
                    Instant.now().plus(Duration.ofDays(7)));
        });

        assertThat(get("/api/editor/guides/export", bearer(created.secret())).statusCode()).isEqualTo(200);
        assertThat(service.mine().getFirst().lastUsedAt()).isCloseTo(Instant.now(), org.assertj.core.api.Assertions
                .within(1, ChronoUnit.MINUTES));

        service.revoke(created.token().id());

        assertRefused(get("/api/editor/guides/export", bearer(created.secret())), "revoked");
        assertThat(service.mine().getFirst().revokedAt()).isNotNull();
        List<AuditEvent> events = audit.find(new AuditFilter(editor, "token", null, null, null), 0, 10);
        assertThat(events).extracting(AuditEvent::action).contains("token.create", "token.revoke");
        assertThat(events).extracting(AuditEvent::detail).noneMatch(detail -> detail.contains(created.secret()));
    }

    @Test
    void unknown_expired_and_disabled_owners_tokens_get_a_401_in_json() throws Exception {
        Instant created = Instant.now().minus(Duration.ofDays(10)).truncatedTo(ChronoUnit.MILLIS);
        String expired = "wmk_expired-" + suffix;
        tokens.add(new ApiToken(ApiTokenId.random(), editor, "old", Set.of(TokenScope.EXPORT),
                ApiTokenSecrets.hash(expired), created, created.plus(Duration.ofDays(1)), null, null));
        String disabledOwners = TestTokens.create(service, admin, Set.of(Role.ADMIN), TokenScope.EXPORT);
        users.update(users.find(admin).orElseThrow().withEnabled(false));

        assertRefused(get("/api/editor/guides/export", bearer("wmk_" + "x".repeat(43))), "unknown");
        assertRefused(get("/api/editor/guides/export", bearer("not-ours")), "not one Waymark issued");
        assertRefused(get("/api/editor/guides/export", bearer(expired)), "expired");
        assertRefused(get("/api/editor/guides/export", bearer(disabledOwners)), "disabled");
        assertRefused(get("/actuator/prometheus", bearer(expired)), "expired");
    }

    @Test
    void the_editor_api_takes_no_passwords_and_no_anonymous_callers() throws Exception {
        String basic = "Basic " + Base64.getEncoder().encodeToString((editor + ":" + PASSWORD)
                .getBytes(StandardCharsets.UTF_8));

        for (String authorization : new String[] {null, basic}) {
            HttpResponse<String> response = get("/api/editor/guides/export", authorization);
            assertThat(response.statusCode()).isEqualTo(401);
            assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                    value -> assertThat(value).startsWith("Bearer"));
            assertThat(json.readTree(response.body()).get("message").asString()).contains("Bearer");
        }
    }
}
