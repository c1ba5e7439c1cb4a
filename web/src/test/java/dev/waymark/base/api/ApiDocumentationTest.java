package dev.waymark.base.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waymark.account.ApiTokenService;
import dev.waymark.account.Role;
import dev.waymark.account.TestTokens;
import dev.waymark.account.TokenScope;
import dev.waymark.account.User;
import dev.waymark.account.Users;
import dev.waymark.base.WaymarkTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The OpenAPI document against the application itself: every {@code /api} endpoint Spring MVC knows is in it with its
 * methods, and what real calls answer (status, content type, error body) is what it says.
 */
@WaymarkTest
class ApiDocumentationTest {

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    Users users;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    ApiTokenService tokens;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();
    private final JsonMapper json = JsonMapper.builder().build();

    private HttpResponse<String> send(String method, String path, @Nullable String token, @Nullable String contentType,
                                      String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, body.isEmpty() ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private JsonNode document() throws Exception {
        HttpResponse<String> response = send("GET", "/api/openapi.json", null, null, "");
        assertThat(response.statusCode()).isEqualTo(200);
        return json.readTree(response.body());
    }

    @Test
    void the_document_and_swagger_ui_are_public() throws Exception {
        HttpResponse<String> document = send("GET", "/api/openapi.json", null, null, "");
        HttpResponse<String> ui = send("GET", "/api/docs", null, null, "");

        assertThat(document.statusCode()).isEqualTo(200);
        assertThat(document.headers().firstValue("Content-Type")).hasValueSatisfying(
                value -> assertThat(value).startsWith("application/json"));
        assertThat(json.readTree(document.body()).get("openapi").asString()).startsWith("3.");
        assertThat(ui.statusCode()).isEqualTo(200);
        HttpClient noRedirects = HttpClient.newHttpClient();
        String hops = "";
        URI at = URI.create("http://localhost:" + port + "/api/docs");
        for (int i = 0; i < 4; i++) {
            HttpResponse<String> hop = noRedirects.send(HttpRequest.newBuilder(at).build(),
                    HttpResponse.BodyHandlers.ofString());
            hops += " -> " + at.getPath() + " " + hop.statusCode();
            if (hop.headers().firstValue("Location").isEmpty()) {
                break;
            }
            at = at.resolve(hop.headers().firstValue("Location").get());
        }
        assertThat(ui.uri().getPath()).as("where /api/docs leads" + hops).endsWith("/swagger-ui/index.html");
        assertThat(ui.body()).contains("swagger-ui").doesNotContain("Vaadin");
        HttpResponse<String> script = send("GET", "/api/swagger-ui/swagger-initializer.js", null, null, "");
        assertThat(script.statusCode()).isEqualTo(200);
        assertThat(script.body()).contains("/api/openapi.json");
        HttpResponse<String> config = send("GET", "/api/openapi.json/swagger-config", null, null, "");
        assertThat(config.statusCode()).isEqualTo(200);
        assertThat(config.body()).contains("/api/openapi.json");
    }

    @Test
    void every_api_endpoint_of_the_application_is_in_the_document_with_its_methods() throws Exception {
        JsonNode paths = document().get("paths");
        Set<String> endpoints = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            if (method.getBeanType().getPackageName().startsWith("dev.waymark")) {
                for (String pattern : info.getPatternValues()) {
                    if (pattern.startsWith("/api/")) {
                        Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
                        for (RequestMethod verb : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
                            endpoints.add(verb.name().toLowerCase(Locale.ROOT) + " " + pattern);
                        }
                    }
                }
            }
        });

        assertThat(endpoints).as("the application's API endpoints").hasSizeGreaterThanOrEqualTo(9)
                .contains("get /api/guides/{slug}", "post /api/reports", "get /api/editor/guides");
        for (String endpoint : endpoints) {
            String verb = endpoint.substring(0, endpoint.indexOf(' '));
            String path = endpoint.substring(endpoint.indexOf(' ') + 1);
            JsonNode operation = paths.path(path).path(verb);
            assertThat(operation.isMissingNode()).as(endpoint + " is documented").isFalse();
            assertThat(operation.path("summary").asString("")).as(endpoint + " has a summary").isNotBlank();
            assertThat(operation.path("responses").path("500").path("content").path("application/json")
                    .path("schema").path("$ref").asString("")).as(endpoint + " documents the error body")
                    .isEqualTo("#/components/schemas/ApiError");
        }
        assertThat(document().path("components").path("schemas").path("ApiError").path("required").valueStream()
                .map(JsonNode::asString)).containsExactlyInAnyOrder("status", "error", "message");
    }

    /** The documented response of {@code verb path} for the status the call answered, checked against the answer. */
    private void assertDocumented(JsonNode document, String verb, String path, HttpResponse<String> answer) {
        String status = String.valueOf(answer.statusCode());
        JsonNode response = document.path("paths").path(path).path(verb).path("responses").path(status);
        assertThat(response.isMissingNode()).as(verb + " " + path + " documents " + status).isFalse();
        String contentType = answer.headers().firstValue("Content-Type").orElse("");
        if (!answer.body().isEmpty()) {
            assertThat(response.path("content").propertyNames().stream()
                    .anyMatch(documented -> contentType.startsWith(documented) || documented.equals("*/*")))
                    .as(verb + " " + path + " " + status + " documents " + contentType + ": " + response)
                    .isTrue();
        }
        if (answer.statusCode() >= 400) {
            JsonNode body = json.readTree(answer.body());
            assertThat(body.get("status").asInt()).isEqualTo(answer.statusCode());
            assertThat(body.has("error")).isTrue();
            assertThat(body.has("message")).isTrue();
            assertThat(response.path("content").path("application/json").path("schema").path("$ref").asString(""))
                    .isEqualTo("#/components/schemas/ApiError");
        }
    }

    @Test
    void what_real_calls_answer_is_what_the_document_says() throws Exception {
        JsonNode document = document();
        String editor = "docs-editor-" + UUID.randomUUID().toString().substring(0, 8);
        users.add(new User(editor, "Docs editor", Set.of(Role.EDITOR), encoder.encode("x".repeat(12)), true));
        String exporter = TestTokens.create(tokens, editor, Set.of(Role.EDITOR), TokenScope.EXPORT);

        assertDocumented(document, "get", "/api/guides", send("GET", "/api/guides?country=RS", null, null, ""));
        assertDocumented(document, "get", "/api/guides", send("GET", "/api/guides?country=Serbia", null, null, ""));
        assertDocumented(document, "get", "/api/guides/{slug}",
                send("GET", "/api/guides/serbia-cancel-mobile-service?lang=en", null, null, ""));
        assertDocumented(document, "get", "/api/guides/{slug}", send("GET", "/api/guides/atlantis", null, null, ""));
        assertDocumented(document, "get", "/api/search", send("GET", "/api/search?q=esim", null, null, ""));
        assertDocumented(document, "post", "/api/reports",
                send("POST", "/api/reports", null, "application/json", "{\"slug\": \"\"}"));
        assertDocumented(document, "get", "/api/editor/guides/export",
                send("GET", "/api/editor/guides/export", null, null, ""));
        assertDocumented(document, "get", "/api/editor/guides/export",
                send("GET", "/api/editor/guides/export", exporter, null, ""));
        assertDocumented(document, "get", "/api/editor/guides", send("GET", "/api/editor/guides", exporter, null, ""));
        assertDocumented(document, "post", "/api/editor/import/markdown", send("POST",
                "/api/editor/import/markdown", exporter, "text/markdown", "# x"));
    }
}
