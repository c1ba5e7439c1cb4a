package dev.waymark.operator.api;

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
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The registry's JSON API over real HTTP: reads for anyone, changes with an API token of the operators scope. */
@WaymarkTest
class OperatorApiTest {

    @LocalServerPort
    int port;

    @Autowired
    Users users;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    ApiTokenService tokenService;

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();
    private final String suffix = UUID.randomUUID().toString().substring(0, 6);
    private String token = "";
    private String importOnly = "";

    @BeforeEach
    void createEditor() {
        String editor = "operator-api-" + suffix;
        users.add(new User(editor, "Operator API editor", Set.of(Role.EDITOR), encoder.encode("operator api password"),
                true));
        token = TestTokens.create(tokenService, editor, Set.of(Role.EDITOR), TokenScope.OPERATORS);
        importOnly = TestTokens.create(tokenService, editor, Set.of(Role.EDITOR), TokenScope.IMPORT);
    }

    private HttpResponse<String> send(String method, String path, @Nullable String bearer, String body)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, body.isEmpty() ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        if (!body.isEmpty()) {
            request.header("Content-Type", "application/json");
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String operator(String code, String name, @Nullable Integer revision) {
        return """
                {"code": "%s", "country": "%s", "name": "%s", "brandOwner": "Example Group",
                 "website": "https://example.com",
                 "formerNames": [{"name": "Old %s", "renamedOn": "2020-05-01", "note": {"en": "renamed in 2020"}}],
                 "contacts": [{"kind": "phone", "value": "+49 800 330 1000", "reach": "from_abroad",
                               "label": {"en": "hotline", "zh-CN": "客服热线"}, "hours": {"en": "Mon-Fri 8-20"},
                               "sources": ["help"], "unverified": false},
                              {"kind": "store_finder", "value": "https://example.com/shops", "unverified": true}],
                 "sources": [{"key": "help", "url": "https://example.com/help", "title": "Help", "official": true,
                              "readOn": "2026-12-01"}],
                 "status": "active", "reviewDue": "2027-06-01"%s}
                """.formatted(code, code.substring(0, 2).toUpperCase(), name, name,
                revision == null ? "" : ", \"revision\": " + revision);
    }

    private String code(String prefix) {
        return prefix + suffix.replaceAll("[^a-z0-9]", "");
    }

    @Test
    void an_editor_adds_and_renames_an_operator_which_anyone_then_reads() throws Exception {
        String code = code("de-api");

        HttpResponse<String> created = send("POST", "/api/editor/operators?message=first", token,
                operator(code, "Api Mobile", null));

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(created.headers().firstValue("Location")).contains("/api/operators/" + code);
        JsonNode body = json.readTree(created.body());
        assertThat(body.get("revision").asInt()).isEqualTo(1);
        assertThat(body.get("contacts").get(0).get("href").asString()).isEqualTo("tel:+498003301000");
        assertThat(body.get("contacts").get(0).get("reach").asString()).isEqualTo("from_abroad");
        assertThat(body.get("contacts").get(1).get("kind").asString()).isEqualTo("store_finder");

        HttpResponse<String> renamed = send("PUT", "/api/editor/operators/" + code, token,
                operator(code, "Api Renamed", 1));
        assertThat(renamed.statusCode()).as(renamed.body()).isEqualTo(200);
        assertThat(json.readTree(renamed.body()).get("revision").asInt()).isEqualTo(2);

        HttpResponse<String> stale = send("PUT", "/api/editor/operators/" + code, token, operator(code, "Api Late", 1));
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(json.readTree(stale.body()).get("message").asString()).contains("nothing was saved");

        HttpResponse<String> read = send("GET", "/api/operators/" + code, null, "");
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(json.readTree(read.body()).get("name").asString()).isEqualTo("Api Renamed");
        assertThat(json.readTree(read.body()).get("brandOwner").asString()).isEqualTo("Example Group");
        HttpResponse<String> country = send("GET", "/api/operators?country=de", null, "");
        assertThat(country.body()).contains(code).doesNotContain("rs-yettel");
        HttpResponse<String> history = send("GET", "/api/editor/operators/" + code + "/revisions", token, "");
        assertThat(history.statusCode()).isEqualTo(200);
        assertThat(json.readTree(history.body()).findValuesAsString("message")).contains("first");
    }

    @Test
    void the_model_refuses_what_is_not_an_operator_with_its_own_message() throws Exception {
        String code = code("de-bad");
        String badFax = operator(code, "Bad", null).replace("\"kind\": \"phone\"", "\"kind\": \"fax\"")
                .replace("+49 800 330 1000", "call us");
        HttpResponse<String> refused = send("POST", "/api/editor/operators", token, badFax);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(json.readTree(refused.body()).get("message").asString())
                .isEqualTo("a fax number may hold only digits, spaces, +, *, #, (, ), /, . and - (was 'call us')");

        HttpResponse<String> verifiedWithoutSource = send("POST", "/api/editor/operators", token,
                operator(code, "Bad", null).replace("\"sources\": [\"help\"], ", ""));
        assertThat(verifiedWithoutSource.statusCode()).isEqualTo(400);
        assertThat(json.readTree(verifiedWithoutSource.body()).get("message").asString())
                .contains("cannot be marked verified without a source");
        assertThat(send("POST", "/api/editor/operators", token, operator(code, "Bad", null)
                .replace("\"active\"", "\"sleeping\"")).body()).contains("unknown status 'sleeping'");
        assertThat(send("GET", "/api/operators/" + code, null, "").statusCode()).isEqualTo(404);
    }

    @Test
    void changes_need_a_token_with_the_operators_scope() throws Exception {
        String code = code("de-no");
        assertThat(send("POST", "/api/editor/operators", null, operator(code, "No", null)).statusCode()).isEqualTo(401);
        assertThat(send("POST", "/api/editor/operators", importOnly, operator(code, "No", null)).statusCode())
                .isEqualTo(403);
        assertThat(send("PUT", "/api/editor/operators/rs-yettel", importOnly, "{}").statusCode()).isEqualTo(403);
        assertThat(send("GET", "/api/operators/" + code, null, "").statusCode()).isEqualTo(404);
    }
}
