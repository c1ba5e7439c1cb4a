package dev.waymark.base.api;

import dev.waymark.account.ApiTokenService;
import dev.waymark.account.TestTokens;
import dev.waymark.account.TokenScope;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waymark.account.Role;
import dev.waymark.account.User;
import dev.waymark.account.Users;
import dev.waymark.base.TestDatabase;
import dev.waymark.base.WaymarkTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every endpoint of the JSON API against a corpus of bad requests, over real HTTP (and a raw socket where an HTTP
 * client would refuse to send the request): each answer is a 4xx with the API's {@code {status, error, message}} JSON
 * body, whatever the request accepts, and never names Java, Jackson, Tomcat or Spring. The editors' endpoints are
 * called signed in, so that the bad input reaches the endpoint instead of stopping at the sign-in.
 */
@WaymarkTest
class BadInputSweepTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String PASSWORD = "sweep test password";
    private static final String LONG = "a".repeat(20_000);

    @LocalServerPort
    int port;

    @Autowired
    Users users;

    @Autowired
    PasswordEncoder encoder;

    private final HttpClient http = HttpClient.newHttpClient();
    private final String editor = "sweep-" + UUID.randomUUID().toString().substring(0, 8);
    private String slug;
    private String token;

    @Autowired
    ApiTokenService tokens;

    @BeforeEach
    void setUp() throws Exception {
        users.add(new User(editor, "Sweep", Set.of(Role.EDITOR), encoder.encode(PASSWORD), true));
        token = TestTokens.create(tokens, editor, Set.of(Role.EDITOR), TokenScope.IMPORT, TokenScope.EXPORT,
                TokenScope.READ_DRAFTS);
        slug = JSON.readTree(http.send(HttpRequest.newBuilder(uri("/api/guides")).build(),
                HttpResponse.BodyHandlers.ofString()).body()).get(0).get("slug").asString();
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private List<String> endpoints() {
        return List.of("/api/guides", "/api/guides/" + slug, "/api/search", "/api/reports", "/api/editor/guides/export",
                "/api/editor/guides/" + slug + "/export", "/api/editor/guides/import",
                "/api/editor/import/markdown?country=RS&cardTypes=esim");
    }

    private String credentials() {
        return "Bearer " + token;
    }

    /** A bad request: its name and how to make it for an endpoint. */
    private record Bad(String name, Function<String, HttpRequest.Builder> request) {
    }

    private HttpRequest.Builder post(String path, String contentType, byte[] body) {
        return HttpRequest.newBuilder(uri(path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String withQuery(String path, String query) {
        return path + (path.contains("?") ? "&" : "?") + query;
    }

    private static String pathOnly(String path) {
        return path.replaceFirst("\\?.*", "");
    }

    private List<Bad> corpus() {
        String deep = "[".repeat(3000) + "]".repeat(3000);
        String multipart = "--xx\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.md\"\r\n\r\nbroken";
        return List.of(
                new Bad("malformed multipart", path -> post(path, "multipart/form-data; boundary=xx", utf8(multipart))),
                new Bad("multipart without boundary", path -> post(path, "multipart/form-data", utf8("x"))),
                new Bad("JSON with a NUL", path -> post(path, "application/json",
                        utf8("{\"format\":\"waymark-guides\",\"slug\":\"a\\u0000b\",\"revision\":1,\"kind\":\"helpful\"}"))),
                new Bad("JSON with a lone surrogate", path -> post(path, "application/json",
                        utf8("{\"slug\":\"" + slug + "\",\"revision\":1,\"kind\":\"helpful\",\"comment\":\"\\ud800\"}"))),
                new Bad("JSON nested 3000 deep", path -> post(path, "application/json", utf8(deep))),
                new Bad("JSON cut short", path -> post(path, "application/json", utf8("{\"slug\":"))),
                new Bad("JSON that is not UTF-8", path -> post(path, "application/json", new byte[] {'{', '"', (byte) 0xC3,
                        (byte) 0x28, '"', ':', '1', '}'})),
                new Bad("Markdown with a NUL", path -> post(path, "text/markdown", utf8("# Title\n\nstep\u0000one\n"))),
                new Bad("Markdown in an unknown charset", path -> post(path, "text/markdown; charset=nonsense",
                        utf8("# x"))),
                new Bad("text/plain", path -> post(path, "text/plain", utf8("# x"))),
                new Bad("a form", path -> post(path, "application/x-www-form-urlencoded", utf8("a=b"))),
                new Bad("an unknown content type", path -> post(path, "application/x-nonsense", utf8("x"))),
                new Bad("DELETE", path -> HttpRequest.newBuilder(uri(path)).DELETE()),
                new Bad("PUT", path -> HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                        .PUT(HttpRequest.BodyPublishers.ofString("{}"))),
                new Bad("PATCH", path -> HttpRequest.newBuilder(uri(path)).method("PATCH",
                        HttpRequest.BodyPublishers.ofString("{}"))),
                new Bad("Accept: text/html", path -> HttpRequest.newBuilder(uri(withQuery(path, "q=esim")))
                        .header("Accept", "text/html")),
                new Bad("Accept: application/xml", path -> HttpRequest.newBuilder(uri(withQuery(path, "q=esim")))
                        .header("Accept", "application/xml")),
                new Bad("a NUL in a parameter", path -> HttpRequest.newBuilder(uri(withQuery(path,
                        "q=%00&country=%00&lang=%00")))),
                new Bad("a lone surrogate in a parameter", path -> HttpRequest.newBuilder(uri(withQuery(path,
                        "q=%ED%A0%80&country=%ED%A0%80")))),
                new Bad("a parameter of 20,000 characters", path -> HttpRequest.newBuilder(uri(withQuery(path,
                        "q=" + LONG)))),
                new Bad("a header of 20,000 characters", path -> HttpRequest.newBuilder(uri(path)).header("X-Big", LONG)),
                new Bad("a NUL in the path", path -> HttpRequest.newBuilder(uri(pathOnly(path) + "/%00"))),
                new Bad("a dot-dot segment", path -> HttpRequest.newBuilder(uri(pathOnly(path) + "/%2e%2e/%2e%2e/etc"))),
                new Bad("an overlong UTF-8 path", path -> HttpRequest.newBuilder(uri(pathOnly(path) + "/%C0%AF"))),
                new Bad("a path below the endpoint", path -> HttpRequest.newBuilder(uri(pathOnly(path) + "/no/such"))));
    }

    private static void assertApiError(String what, int status, String contentType, String body) {
        assertThat(status).as(what + ": status (body " + body + ")").isBetween(400, 499);
        assertThat(contentType).as(what + ": content type").startsWith("application/json");
        JsonNode error = JSON.readTree(body);
        assertThat(error.propertyNames()).as(what + ": body " + body).containsExactlyInAnyOrder("status", "error",
                "message");
        assertThat(error.get("status").asInt()).as(what).isEqualTo(status);
        assertThat(error.get("message").asString()).as(what).isNotBlank();
        assertThat(body).as(what + ": no internals").doesNotContainIgnoringCase("exception")
                .doesNotContainIgnoringCase("jackson").doesNotContain("java.").doesNotContain("tools.")
                .doesNotContain("org.").doesNotContainIgnoringCase("tomcat").doesNotContain("StreamReadConstraints");
    }

    @Test
    void every_bad_request_to_every_endpoint_gets_a_4xx_with_the_api_error_body() throws Exception {
        List<String> failures = new ArrayList<>();
        int sent = 0;
        for (String endpoint : endpoints()) {
            for (Bad bad : corpus()) {
                HttpRequest.Builder request = bad.request().apply(endpoint);
                if (endpoint.startsWith("/api/editor")) {
                    request.header("Authorization", credentials());
                }
                String what = bad.name() + " to " + endpoint;
                HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
                sent++;
                try {
                    assertApiError(what, response.statusCode(),
                            response.headers().firstValue("Content-Type").orElse(""), response.body());
                } catch (AssertionError | RuntimeException e) {
                    failures.add(what + ": " + String.join(" ", e.getMessage().lines().limit(4).toList()));
                }
            }
        }
        assertThat(sent).isEqualTo(endpoints().size() * corpus().size());
        assertThat(failures).isEmpty();
    }

    @Test
    void requests_tomcat_refuses_itself_get_the_api_error_body_on_the_api_and_a_page_elsewhere() throws Exception {
        for (String target : List.of("/api/guides/%2e%2e/%00", "/api/guides/a%2fb", "/api/search?q=" + LONG,
                "/api/guides/" + "x".repeat(70_000), "/api/guides/\u0001", "/api/guides/a b")) {
            RawResponse response = raw("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
            String what = "raw " + target.substring(0, Math.min(40, target.length()));
            assertApiError(what, response.status(), response.header("content-type"), response.body());
            assertThat(response.header("x-content-type-options")).as(what).isEqualTo("nosniff");
        }
        for (String target : List.of("/%2e%2e/%00", "/?q=" + LONG, "/guides/%00/print")) {
            RawResponse response = raw("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
            assertThat(response.status()).isBetween(400, 499);
            assertThat(response.header("content-type")).startsWith("text/html");
            assertThat(response.body()).contains("Waymark").doesNotContainIgnoringCase("tomcat")
                    .doesNotContainIgnoringCase("exception");
        }
    }

    @Test
    void a_malformed_multipart_body_to_the_anonymous_report_endpoint_is_a_400_that_says_so() throws Exception {
        HttpResponse<String> multipart = http.send(post("/api/reports", "multipart/form-data; boundary=xx",
                utf8("--xx\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nbroken")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(multipart.statusCode()).isEqualTo(400);
        assertThat(multipart.body()).contains("not a well-formed multipart body");
    }

    @Test
    void text_postgresql_cannot_store_is_refused_with_the_field_name_and_nothing_is_stored() throws Exception {
        int reports = TestDatabase.jdbc().sql("select count(*) from reader_report").query(Integer.class).single();
        HttpResponse<String> report = http.send(post("/api/reports", "application/json", utf8("{\"slug\":\"" + slug
                + "\",\"revision\":1,\"kind\":\"helpful\",\"comment\":\"ok \\ud800\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(report.statusCode()).isEqualTo(400);
        assertThat(report.body()).contains("comment contains a lone UTF-16 surrogate");
        assertThat(TestDatabase.jdbc().sql("select count(*) from reader_report").query(Integer.class).single())
                .isEqualTo(reports);

        HttpResponse<String> markdown = http.send(post("/api/editor/import/markdown?country=RS&cardTypes=esim",
                "text/markdown", utf8("# Title\n\n1. Call\u0000 now\n")).header("Authorization", credentials()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(markdown.statusCode()).isEqualTo(400);
        assertThat(markdown.body()).contains("the article contains a NUL character");

        String bundle = http.send(HttpRequest.newBuilder(uri("/api/editor/guides/" + slug + "/export"))
                .header("Authorization", credentials()).build(), HttpResponse.BodyHandlers.ofString()).body();
        String broken = bundle.replaceFirst("\"title\"\\s*:\\s*\\{\\s*\"([^\"]+)\"\\s*:\\s*\"",
                "\"title\":{\"$1\":\"\\\\ud800");
        assertThat(broken).isNotEqualTo(bundle);
        HttpResponse<String> json = http.send(post("/api/editor/guides/import", "application/json", utf8(broken))
                .header("Authorization", credentials()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(json.statusCode()).isEqualTo(400);
        assertThat(json.body()).contains("guides[0].content.title.").contains("lone UTF-16 surrogate");
    }

    private record RawResponse(int status, String head, String body) {
        String header(String name) {
            return head.lines().filter(line -> line.toLowerCase(Locale.ROOT).startsWith(name + ":"))
                    .map(line -> line.substring(line.indexOf(':') + 1).strip()).findFirst().orElse("");
        }
    }

    /** Sends the bytes as they are, for requests an HTTP client would not send. */
    private RawResponse raw(String request) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.UTF_8));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            in.transferTo(all);
            String text = all.toString(StandardCharsets.UTF_8);
            int split = text.indexOf("\r\n\r\n");
            String head = text.substring(0, split);
            String body = text.substring(split + 4);
            if (head.toLowerCase(Locale.ROOT).contains("transfer-encoding: chunked")) {
                body = body.substring(body.indexOf("\r\n") + 2, body.lastIndexOf("\r\n0\r\n"));
            }
            return new RawResponse(Integer.parseInt(head.substring(9, 12)), head, body);
        }
    }
}
