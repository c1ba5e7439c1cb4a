package dev.waymark.base.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;

class CachedResponsesTest {

    private static final Instant PUBLISHED = Instant.parse("2026-11-20T10:15:30.250Z");
    private static final Representation PAGE = Representation.of(
            "<p>Cancel the eSIM at the counter</p>".repeat(40).getBytes(StandardCharsets.UTF_8), MediaType.TEXT_HTML,
            PUBLISHED);

    @Test
    void gzip_goes_to_clients_that_take_it_with_a_tag_of_its_own() throws IOException {
        ResponseEntity<byte[]> zipped = respond(request("gzip, deflate, br"));
        ResponseEntity<byte[]> plain = respond(request(null));

        assertThat(zipped.getHeaders().getFirst("Content-Encoding")).isEqualTo("gzip");
        assertThat(new GZIPInputStream(new ByteArrayInputStream(zipped.getBody())).readAllBytes()).isEqualTo(PAGE.body());
        assertThat(zipped.getBody().length).isLessThan(PAGE.body().length / 5);
        assertThat(plain.getHeaders().getFirst("Content-Encoding")).isNull();
        assertThat(plain.getBody()).isEqualTo(PAGE.body());
        assertThat(zipped.getHeaders().getETag()).isEqualTo("\"" + PAGE.tag() + "-gz\"");
        assertThat(plain.getHeaders().getETag()).isEqualTo("\"" + PAGE.tag() + "\"");
        assertThat(zipped.getHeaders().getVary()).containsExactly("Accept-Encoding");
    }

    @Test
    void gzip_refused_with_zero_quality_is_not_sent() {
        assertThat(respond(request("gzip;q=0, identity")).getHeaders().getFirst("Content-Encoding")).isNull();
    }

    @Test
    void a_current_copy_in_either_encoding_revalidates_as_304_without_a_body() {
        for (String tag : new String[] {"\"" + PAGE.tag() + "\"", "\"" + PAGE.tag() + "-gz\"", "W/\"" + PAGE.tag() + "-gz\"",
                "\"other\", \"" + PAGE.tag() + "\"", "*"}) {
            MockHttpServletRequest request = request("gzip");
            request.addHeader("If-None-Match", tag);
            ResponseEntity<byte[]> response = respond(request);
            assertThat(response.getStatusCode().value()).as(tag).isEqualTo(304);
            assertThat(response.getBody()).as(tag).isNull();
            assertThat(response.getHeaders().getETag()).isEqualTo("\"" + PAGE.tag() + "-gz\"");
            assertThat(response.getHeaders().getCacheControl()).contains("max-age=60");
        }
    }

    @Test
    void another_tag_gets_the_whole_page_even_when_the_date_would_match() {
        MockHttpServletRequest request = request(null);
        request.addHeader("If-None-Match", "\"an-older-revision\"");
        request.addHeader("If-Modified-Since", PUBLISHED.plusSeconds(3600).toEpochMilli());
        assertThat(respond(request).getStatusCode().value()).isEqualTo(200);
    }

    @Test
    void the_date_alone_revalidates_to_the_second() {
        MockHttpServletRequest current = request(null);
        current.addHeader("If-Modified-Since", PUBLISHED.toEpochMilli() / 1000 * 1000);
        assertThat(respond(current).getStatusCode().value()).isEqualTo(304);

        MockHttpServletRequest older = request(null);
        older.addHeader("If-Modified-Since", PUBLISHED.minusSeconds(1).toEpochMilli());
        assertThat(respond(older).getStatusCode().value()).isEqualTo(200);

        MockHttpServletRequest unreadable = request(null);
        unreadable.addHeader("If-Modified-Since", "yesterday");
        assertThat(respond(unreadable).getStatusCode().value()).isEqualTo(200);
    }

    @Test
    void a_negotiated_language_varies_by_the_headers_it_came_from() {
        ResponseEntity<byte[]> response = CachedResponses.respond(request("gzip"), PAGE, CachedResponses.PUBLISHED, true);
        assertThat(response.getHeaders().getVary()).containsExactly("Accept-Encoding", "Accept-Language", "Cookie");
    }

    @Test
    void the_same_bytes_get_the_same_tag_and_other_bytes_another() {
        Representation again = Representation.of(PAGE.body(), MediaType.TEXT_HTML, PUBLISHED);
        Representation changed = Representation.of("<p>Cancel the eSIM online</p>".getBytes(StandardCharsets.UTF_8),
                MediaType.TEXT_HTML, PUBLISHED);
        assertThat(again.tag()).isEqualTo(PAGE.tag());
        assertThat(changed.tag()).isNotEqualTo(PAGE.tag());
    }

    private static ResponseEntity<byte[]> respond(MockHttpServletRequest request) {
        return CachedResponses.respond(request, PAGE, CachedResponses.PUBLISHED, false);
    }

    private static MockHttpServletRequest request(String acceptEncoding) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/guides/serbia/print");
        if (acceptEncoding != null) {
            request.addHeader("Accept-Encoding", acceptEncoding);
        }
        return request;
    }
}
