package dev.waymark.guide;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waymark.base.WaymarkTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A repeated published read is answered by the short way exactly as the controller answered it the first time. */
@WaymarkTest
class PublishedShortcutsTest {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void the_short_way_answers_as_the_controller_did() throws Exception {
        for (String path : List.of("/guides/serbia-cancel-mobile-service/print?lang=en&card=esim&shortcut-test",
                "/api/guides/serbia-cancel-mobile-service?lang=zh-CN&cardType=esim&shortcut-test=1")) {
            for (String encoding : List.of("gzip", "identity")) {
                HttpResponse<byte[]> first = get(path, encoding, null);
                HttpResponse<byte[]> second = get(path, encoding, null);
                assertThat(first.statusCode()).as(path).isEqualTo(200);
                assertThat(second.statusCode()).as(path).isEqualTo(200);
                assertThat(second.body()).as(path + ", " + encoding).isEqualTo(first.body());
                assertThat(headers(second)).as(path + ", " + encoding).isEqualTo(headers(first));

                String tag = first.headers().firstValue("ETag").orElseThrow();
                HttpResponse<byte[]> revalidated = get(path, encoding, tag);
                assertThat(revalidated.statusCode()).isEqualTo(304);
                assertThat(revalidated.body()).isEmpty();
                assertThat(revalidated.headers().firstValue("ETag")).contains(tag);
            }
        }
    }

    @Test
    void an_unknown_guide_is_never_short_cut() throws Exception {
        String path = "/api/guides/no-such-guide-for-shortcuts?lang=en";
        assertThat(get(path, "gzip", null).statusCode()).isEqualTo(404);
        assertThat(get(path, "gzip", null).statusCode()).isEqualTo(404);
    }

    /** The headers a client acts on, without the date. */
    private static Map<String, List<String>> headers(HttpResponse<?> response) {
        Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        response.headers().map().forEach((name, values) -> {
            if (!name.equalsIgnoreCase("date") && !name.equalsIgnoreCase("keep-alive")
                    && !name.equalsIgnoreCase("connection")) {
                headers.put(name, values);
            }
        });
        return headers;
    }

    private HttpResponse<byte[]> get(String path, String encoding, String ifNoneMatch) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept-Encoding", encoding).timeout(Duration.ofSeconds(20)).GET();
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
