package dev.waymark.ops;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waymark.account.Role;
import dev.waymark.audit.AuditEvent;
import dev.waymark.audit.AuditFilter;
import dev.waymark.audit.AuditLog;
import dev.waymark.account.User;
import dev.waymark.account.Users;
import dev.waymark.base.WaymarkTest;
import dev.waymark.guide.Language;
import dev.waymark.search.SearchService;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Actuator over real HTTP, as a load balancer, {@code docker compose} and Prometheus reach it: health is public and
 * shows only the status to anonymous callers; everything else needs an ADMIN.
 */
@WaymarkTest
class ActuatorTest {

    private static final String PASSWORD = "actuator test password";
    private static final String SERBIA = "serbia-cancel-mobile-service";

    @LocalServerPort
    int port;

    @Autowired
    Users users;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    SearchService search;

    @Autowired
    AuditLog audit;

    private final HttpClient http = HttpClient.newHttpClient();
    private final String suffix = UUID.randomUUID().toString().substring(0, 8);
    private final String admin = "metrics-admin-" + suffix;
    private final String editor = "metrics-editor-" + suffix;

    @BeforeEach
    void createStaff() {
        users.add(new User(admin, "Metrics admin", Set.of(Role.ADMIN), encoder.encode(PASSWORD), true));
        users.add(new User(editor, "Metrics editor", Set.of(Role.EDITOR), encoder.encode(PASSWORD), true));
    }

    private HttpResponse<String> get(String path, String username) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (username != null) {
            String credentials = username + ":" + PASSWORD;
            request.header("Authorization",
                    "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return get(path, null);
    }

    @Test
    void health_is_public_and_shows_anonymous_callers_only_the_status() throws Exception {
        HttpResponse<String> health = get("/actuator/health");

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"").doesNotContain("components").doesNotContain("db");
        assertThat(health.headers().firstValue("Set-Cookie")).isEmpty();
    }

    @Test
    void an_admin_sees_the_database_among_the_health_components() throws Exception {
        HttpResponse<String> health = get("/actuator/health", admin);

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"").contains("\"db\":{\"status\":\"UP\"");
    }

    @Test
    void liveness_and_readiness_are_public_and_up() throws Exception {
        for (String probe : new String[] {"/actuator/health/liveness", "/actuator/health/readiness"}) {
            HttpResponse<String> response = get(probe);
            assertThat(response.statusCode()).as(probe).isEqualTo(200);
            assertThat(response.body()).as(probe).contains("\"status\":\"UP\"");
        }
    }

    @Test
    void readiness_includes_the_database() throws Exception {
        assertThat(get("/actuator/health/readiness", admin).body()).contains("\"db\":{\"status\":\"UP\"");
    }

    @Test
    void metrics_prometheus_and_info_are_refused_to_anonymous_callers_and_editors() throws Exception {
        for (String path : new String[] {"/actuator/prometheus", "/actuator/metrics", "/actuator/info", "/actuator",
                "/actuator/env", "/actuator/beans"}) {
            HttpResponse<String> anonymous = get(path);
            assertThat(anonymous.statusCode()).as(path).isEqualTo(401);
            assertThat(anonymous.headers().firstValue("WWW-Authenticate")).as(path).hasValueSatisfying(
                    value -> assertThat(value).startsWith("Basic"));
            assertThat(get(path, editor).statusCode()).as(path + " as an editor").isEqualTo(403);
        }
        assertThat(get("/actuator/prometheus", admin.replace("admin", "nobody")).statusCode()).isEqualTo(401);
    }

    @Test
    void an_admin_scrapes_prometheus_with_http_basic_without_getting_a_session() throws Exception {
        HttpResponse<String> scrape = get("/actuator/prometheus", admin);

        assertThat(scrape.statusCode()).isEqualTo(200);
        assertThat(scrape.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/plain"));
        assertThat(scrape.body()).contains("jvm_memory_used_bytes").contains("hikaricp_connections");
        assertThat(scrape.headers().firstValue("Set-Cookie")).isEmpty();
    }

    @Test
    void prometheus_has_search_latency_and_guide_views_by_channel_without_query_text() throws Exception {
        String secret = "zzqx" + suffix;
        search.search(secret, Language.EN);
        search.search("serbia", Language.EN);
        assertThat(get("/api/guides/" + SERBIA + "?lang=en").statusCode()).isEqualTo(200);
        assertThat(get("/guides/" + SERBIA + "/print?lang=zh-CN").statusCode()).isEqualTo(200);

        String metrics = get("/actuator/prometheus", admin).body();

        assertThat(metrics).contains("waymark_search_seconds_count{")
                .containsPattern("waymark_search_seconds_count\\{[^}]*language=\"en\"[^}]*outcome=\"miss\"")
                .containsPattern("waymark_search_seconds_bucket\\{[^}]*le=\"0\\.1\"")
                .doesNotContain(secret);
        assertThat(metrics).contains("waymark_guide_views_total{")
                .containsPattern("waymark_guide_views_total\\{[^}]*channel=\"api\",[^}]*language=\"en\",[^}]*slug=\""
                        + SERBIA + "\"")
                .containsPattern("waymark_guide_views_total\\{[^}]*channel=\"print\",[^}]*language=\"zh-CN\",[^}]*slug=\""
                        + SERBIA + "\"");
    }

    @Test
    void unknown_guides_are_not_counted() throws Exception {
        assertThat(get("/api/guides/no-such-guide-" + suffix).statusCode()).isEqualTo(404);

        assertThat(get("/actuator/prometheus", admin).body()).doesNotContain("no-such-guide-" + suffix);
    }

    @Test
    void successful_scrapes_are_not_audited_but_a_failed_basic_sign_in_is() throws Exception {
        for (int i = 0; i < 3; i++) {
            assertThat(get("/actuator/prometheus", admin).statusCode()).isEqualTo(200);
        }
        assertThat(auditOf(admin)).extracting(AuditEvent::action).doesNotContain("login.success");

        HttpRequest wrong = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/prometheus"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (admin + ":wrong password").getBytes(StandardCharsets.UTF_8))).build();
        // One failure only: the throttle also counts by address, and every test here comes from 127.0.0.1.
        assertThat(http.send(wrong, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(401);
        assertThat(auditOf(admin)).extracting(AuditEvent::action).containsExactly("login.failed");
    }

    private List<AuditEvent> auditOf(String target) {
        return audit.find(new AuditFilter(null, null, target, null, null), 0, 50);
    }
}
