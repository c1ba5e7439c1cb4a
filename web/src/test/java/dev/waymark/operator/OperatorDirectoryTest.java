package dev.waymark.operator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waymark.base.WaymarkTest;
import dev.waymark.guide.OperatorCode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The operator list is read once and kept; a change made in the database (by this instance or any other) reaches
 * the kept list through PostgreSQL's notice, and the published pages that name the operator are made anew.
 */
@WaymarkTest
class OperatorDirectoryTest {

    private static final String PRINT = "/guides/serbia-cancel-mobile-service/print?lang=en";

    @LocalServerPort
    int port;

    @Autowired
    Operators operators;

    @Autowired
    OperatorDirectory directory;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void a_renamed_operator_shows_in_the_published_pages_that_name_it() throws Exception {
        OperatorCode code = new OperatorCode("rs-yettel");
        Operator yettel = operators.find(code).orElseThrow();
        HttpResponse<String> before = get(PRINT);
        assertThat(before.body()).contains(yettel.name()).doesNotContain("Yettel Renamed");
        String tag = before.headers().firstValue("ETag").orElseThrow();
        try {
            operators.save(new Operator(yettel.code(), yettel.country(), "Yettel Renamed", yettel.formerNames(),
                    yettel.website(), yettel.support(), yettel.note(), yettel.sources()));

            awaitName(code, "Yettel Renamed");
            assertThat(directory.snapshot().byCode().get(code).name()).as("the kept list, after the notice")
                    .isEqualTo("Yettel Renamed");
            HttpResponse<String> after = get(PRINT);
            assertThat(after.body()).contains("Yettel Renamed");
            assertThat(after.headers().firstValue("ETag")).isPresent().get().isNotEqualTo(tag);
            assertThat(conditional(PRINT, tag).statusCode()).as("the old copy is stale").isEqualTo(200);
        } finally {
            operators.save(yettel);
            awaitName(code, yettel.name());
        }
    }

    /** Waits (at most 10 s) for the kept list to have heard of the change; the tests after this one see it too. */
    private void awaitName(OperatorCode code, String name) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(10);
        while (!directory.snapshot().byCode().get(code).name().equals(name) && Instant.now().isBefore(deadline)) {
            Thread.sleep(20);
        }
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(20)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> conditional(String path, String tag) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("If-None-Match", tag)
                .timeout(Duration.ofSeconds(20)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
