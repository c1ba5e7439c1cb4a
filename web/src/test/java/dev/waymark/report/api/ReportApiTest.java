package dev.waymark.report.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waymark.base.WaymarkTest;
import dev.waymark.guide.Guides;
import dev.waymark.guide.PublishedGuide;
import dev.waymark.guide.Slug;
import dev.waymark.guide.WayKind;
import dev.waymark.report.MovingClock;
import dev.waymark.report.ReaderReport;
import dev.waymark.report.ReaderReports;
import dev.waymark.report.ReportKind;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Over real HTTP, as an anonymous client with no cookie or CSRF token would send it. */
@WaymarkTest
@TestPropertySource(properties = {"waymark.reports.per-client=3", "waymark.reports.window=10m"})
class ReportApiTest {

    private static final String SERBIA = "serbia-cancel-mobile-service";

    @TestConfiguration(proxyBeanMethods = false)
    static class Clocks {
        @Bean
        MovingClock clock() {
            return new MovingClock(Instant.parse("2026-05-01T10:00:00Z"));
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    MovingClock clock;

    @Autowired
    Guides guides;

    @Autowired
    ReaderReports reports;

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();
    private PublishedGuide serbia;

    private record Reply(int status, HttpResponse<String> response) {
        JsonNode body() {
            return JsonMapper.builder().build().readTree(response.body());
        }
    }

    @BeforeEach
    void freshWindow() {
        // All requests come from 127.0.0.1: move past the window so each test starts with a full share.
        clock.advance(Duration.ofHours(1));
        serbia = guides.findPublished(new Slug(SERBIA)).orElseThrow();
    }

    private Reply post(String body) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/reports"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        return new Reply(response.statusCode(), response);
    }

    private Reply post(Map<String, Object> fields) throws IOException, InterruptedException {
        return post(json.writeValueAsString(fields));
    }

    private Map<String, Object> report(Object... keysAndValues) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("slug", SERBIA);
        fields.put("revision", serbia.revision());
        for (int i = 0; i < keysAndValues.length; i += 2) {
            fields.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return fields;
    }

    @Test
    void a_step_report_is_created_without_signing_in() throws Exception {
        String comment = "0800 100 100 is not answered " + System.nanoTime();

        Reply reply = post(report("way", "hotline", "step", 1, "kind", "did-not-work", "comment", comment));

        assertThat(reply.status()).isEqualTo(201);
        ReaderReport stored = reports.forGuide(serbia.id()).getFirst();
        assertThat(stored.comment()).isEqualTo(comment);
        assertThat(stored.way()).isEqualTo(WayKind.HOTLINE);
        assertThat(stored.step()).isEqualTo(1);
        assertThat(stored.kind()).isEqualTo(ReportKind.DID_NOT_WORK);
        assertThat(stored.revision()).isEqualTo(serbia.revision());

        assertThat(post(report("kind", "helpful")).status()).isEqualTo(201);
        assertThat(reports.forGuide(serbia.id()).getFirst().kind()).isEqualTo(ReportKind.HELPFUL);
    }

    @Test
    void bad_input_is_a_400_that_says_what_was_wrong() throws Exception {
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put(json.writeValueAsString(report("kind", "broken")), "kind must be one of");
        expected.put(json.writeValueAsString(report("comment", "no kind")), "kind is required");
        expected.put(json.writeValueAsString(report("way", "pigeon", "step", 1, "kind", "outdated")), "way must be one of");
        expected.put(json.writeValueAsString(report("step", 2, "kind", "outdated")), "both the way and the step");
        expected.put(json.writeValueAsString(report("way", "hotline", "step", 99, "kind", "outdated")), "(was 99)");
        expected.put(json.writeValueAsString(report("revision", 999, "kind", "outdated")), "no revision 999");
        expected.put(json.writeValueAsString(report("slug", "Not A Slug", "kind", "outdated")), "slug");
        expected.put(json.writeValueAsString(report("slug", "no-such-guide", "kind", "outdated")), "no published guide");
        expected.put(json.writeValueAsString(report("kind", "outdated", "comment",
                "x".repeat(ReaderReport.COMMENT_MAX_LENGTH + 1))), "at most " + ReaderReport.COMMENT_MAX_LENGTH);
        expected.put("{\"slug\": \"" + SERBIA + "\", \"kind\": \"outdated\"}", "revision is required");
        expected.put("{\"slug\": ", "JSON object");
        expected.put("{\"slug\": \"" + SERBIA + "\", \"revision\": \"latest\", \"kind\": \"outdated\"}", "JSON object");
        long before = reports.count();

        for (Map.Entry<String, String> entry : expected.entrySet()) {
            clock.advance(Duration.ofHours(1));
            Reply reply = post(entry.getKey());
            assertThat(reply.status()).as(entry.getKey()).isEqualTo(400);
            assertThat(reply.response().headers().firstValue("content-type").orElse("")).startsWith("application/json");
            assertThat(reply.body().get("status").asInt()).isEqualTo(400);
            assertThat(reply.body().get("error").asString()).isEqualTo("Bad Request");
            assertThat(reply.body().get("message").asString()).as(entry.getKey()).contains(entry.getValue());
        }
        assertThat(reports.count()).isEqualTo(before);
    }

    @Test
    void a_body_that_is_not_json_is_a_415() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/reports"))
                        .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString("it broke")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(415);
    }

    @Test
    void beyond_the_limit_a_client_gets_a_429_until_the_window_has_passed() throws Exception {
        for (int i = 0; i < 3; i++) {
            assertThat(post(report("kind", "not-helpful")).status()).isEqualTo(201);
            clock.advance(Duration.ofMinutes(1));
        }
        long stored = reports.count();

        Reply refused = post(report("kind", "not-helpful"));

        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.body().get("status").asInt()).isEqualTo(429);
        assertThat(refused.body().get("message").asString()).contains("too many reports").contains("at most 3");
        assertThat(refused.response().headers().firstValue("Retry-After")).contains("420");
        assertThat(reports.count()).isEqualTo(stored);

        clock.advance(Duration.ofMinutes(7));
        assertThat(post(report("kind", "not-helpful")).status()).isEqualTo(201);
    }
}
