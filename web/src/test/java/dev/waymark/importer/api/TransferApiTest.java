package dev.waymark.importer.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waymark.account.ApiTokenService;
import dev.waymark.account.Role;
import dev.waymark.account.TestTokens;
import dev.waymark.account.TokenScope;
import dev.waymark.account.User;
import dev.waymark.account.Users;
import dev.waymark.base.WaymarkTest;
import dev.waymark.guide.Guide;
import dev.waymark.guide.GuideId;
import dev.waymark.guide.GuideStatus;
import dev.waymark.guide.Guides;
import dev.waymark.guide.Slug;
import dev.waymark.guide.TestGuides;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
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
import tools.jackson.databind.node.ObjectNode;

/** The editors' import and export API over real HTTP, called with API tokens. */
@WaymarkTest
class TransferApiTest {

    private static final String PASSWORD = "transfer api password";

    @LocalServerPort
    int port;

    @Autowired
    Users users;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    Guides guides;

    @Autowired
    ApiTokenService tokenService;

    private final Map<String, String> tokens = new HashMap<>();

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();
    private final String suffix = UUID.randomUUID().toString().substring(0, 8);
    private final String editor = "api-editor-" + suffix;
    private final String admin = "api-admin-" + suffix;

    @BeforeEach
    void createStaff() {
        users.add(new User(editor, "API editor", Set.of(Role.EDITOR), encoder.encode(PASSWORD), true));
        users.add(new User(admin, "API admin", Set.of(Role.ADMIN), encoder.encode(PASSWORD), true));
        tokens.put(editor, TestTokens.create(tokenService, editor, Set.of(Role.EDITOR), TokenScope.IMPORT,
                TokenScope.EXPORT));
        tokens.put(admin, TestTokens.create(tokenService, admin, Set.of(Role.ADMIN), TokenScope.IMPORT,
                TokenScope.EXPORT));
    }

    private HttpResponse<String> send(String method, String path, @Nullable String user, @Nullable String contentType,
                                      String body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, body.isEmpty() ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (user != null) {
            request.header("Authorization", "Bearer " + tokens.getOrDefault(user, "wmk_unknown-" + user));
        }
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> get(String path, @Nullable String user) throws IOException, InterruptedException {
        return send("GET", path, user, null, "");
    }

    private HttpResponse<String> post(String path, @Nullable String user, String contentType, String body)
            throws IOException, InterruptedException {
        return send("POST", path, user, contentType, body);
    }

    private Guide storedGuide(String name) {
        return guides.save(Guide.draft(GuideId.random(), new Slug(name + "-" + suffix), TestGuides.serbia()), "tester",
                "test guide");
    }

    private static String seed(String name) throws IOException {
        try (InputStream in = TransferApiTest.class.getResourceAsStream("/seeds/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void anonymous_callers_get_a_401_json_error_with_a_bearer_challenge_and_no_session() throws Exception {
        for (HttpResponse<String> response : new HttpResponse[] {
                get("/api/editor/guides/export", null),
                get("/api/editor/guides/serbia-cancel-mobile-service/export", null),
                post("/api/editor/guides/import", null, "application/json", "{}"),
                post("/api/editor/import/markdown", null, "text/markdown", "# 塞尔维亚")}) {
            assertThat(response.statusCode()).as(response.uri().toString()).isEqualTo(401);
            assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                    value -> assertThat(value).startsWith("Bearer"));
            assertThat(json.readTree(response.body()).get("status").asInt()).isEqualTo(401);
            assertThat(response.headers().firstValue("Set-Cookie")).isEmpty();
        }
        HttpResponse<String> unknownToken = send("GET", "/api/editor/guides/export", "nobody-" + suffix, null, "");
        assertThat(unknownToken.statusCode()).isEqualTo(401);
    }

    @Test
    void an_editor_exports_one_guide_and_all_guides() throws Exception {
        Guide guide = storedGuide("api-export");

        HttpResponse<String> one = get("/api/editor/guides/" + guide.slug() + "/export", editor);
        HttpResponse<String> all = get("/api/editor/guides/export", admin);

        assertThat(one.statusCode()).isEqualTo(200);
        assertThat(one.headers().firstValue("Content-Type")).hasValueSatisfying(
                value -> assertThat(value).startsWith("application/json"));
        JsonNode file = json.readTree(one.body());
        assertThat(file.get("format").asString()).isEqualTo("waymark-guides");
        assertThat(file.get("guides").get(0).get("slug").asString()).isEqualTo(guide.slug().value());
        assertThat(all.statusCode()).isEqualTo(200);
        assertThat(all.headers().firstValue("Content-Disposition")).hasValueSatisfying(
                value -> assertThat(value).contains("attachment").contains("waymark-guides.json"));
        assertThat(json.readTree(all.body()).get("guides").valueStream().map(entry -> entry.get("slug").asString()))
                .contains(guide.slug().value(), "serbia-cancel-mobile-service");
        assertThat(get("/api/editor/guides/no-such-guide-" + suffix + "/export", editor).statusCode()).isEqualTo(404);
    }

    @Test
    void an_editor_imports_an_exported_guide_back_as_a_new_draft_revision() throws Exception {
        Guide guide = guides.save(storedGuide("api-import").publish(), "publisher", "publish");
        String file = get("/api/editor/guides/" + guide.slug() + "/export", editor).body();

        HttpResponse<String> response = post("/api/editor/guides/import", editor, "application/json", file);

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode imported = json.readTree(response.body()).get("guides").get(0);
        assertThat(imported.get("slug").asString()).isEqualTo(guide.slug().value());
        assertThat(imported.get("revision").asInt()).isEqualTo(2);
        assertThat(imported.get("created").asBoolean()).isFalse();
        Guide after = guides.find(guide.id()).orElseThrow();
        assertThat(after.status()).isEqualTo(GuideStatus.DRAFT);
        assertThat(after.publishedRevision()).isEqualTo(1);
    }

    @Test
    void a_failing_import_changes_nothing_and_says_which_guide_broke_which_rule() throws Exception {
        Guide existing = storedGuide("api-untouched");
        String newSlug = "api-would-be-new-" + suffix;
        ObjectNode file = (ObjectNode) json.readTree(get("/api/editor/guides/" + existing.slug() + "/export", editor).body());
        ObjectNode fresh = (ObjectNode) file.get("guides").get(0).deepCopy();
        fresh.put("slug", newSlug);
        ((ObjectNode) file.get("guides").get(0).get("content")).put("country", "XX");
        file.withArray("guides").insert(0, fresh);
        long before = guides.count();

        HttpResponse<String> response = post("/api/editor/guides/import", editor, "application/json", file.toString());

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode error = json.readTree(response.body());
        assertThat(error.get("status").asInt()).isEqualTo(400);
        assertThat(error.get("message").asString()).startsWith("nothing was imported")
                .contains("guide 2 (" + existing.slug() + ")").contains("country code must be an ISO 3166-1")
                .doesNotContain("guide 1");
        assertThat(guides.count()).isEqualTo(before);
        assertThat(guides.findBySlug(new Slug(newSlug))).isEmpty();
        assertThat(guides.find(existing.id())).contains(existing);

        HttpResponse<String> notJson = post("/api/editor/guides/import", editor, "application/json", "{\"format\":");
        assertThat(notJson.statusCode()).isEqualTo(400);
        assertThat(json.readTree(notJson.body()).get("message").asString()).contains("not valid JSON");
    }

    @Test
    void an_editor_imports_a_markdown_article_as_a_draft_and_gets_the_report() throws Exception {
        HttpResponse<String> response = post("/api/editor/import/markdown?cardTypes=prepaid-data", editor,
                "text/markdown", "source: https://blog.example.cn/serbia\n\n" + seed("000_d92cf9b622fd807c.txt"));

        assertThat(response.statusCode()).isEqualTo(201);
        JsonNode reply = json.readTree(response.body());
        assertThat(reply.get("country").asString()).isEqualTo("RS");
        assertThat(reply.get("language").asString()).isEqualTo("zh-CN");
        assertThat(reply.get("cardTypes").get(0).asString()).isEqualTo("prepaid-data");
        assertThat(reply.get("counts").get("steps").asInt()).isEqualTo(6);
        assertThat(reply.get("dropped").size()).isEqualTo(2);
        assertThat(reply.get("dropped").get(0).get("text").asString()).contains("t.me");
        assertThat(reply.get("hints").valueStream().map(hint -> hint.get("detail").asString())).contains("rs-a1");
        assertThat(reply.get("sources").get(0).asString()).isEqualTo("https://blog.example.cn/serbia");
        JsonNode unsorted = reply.get("unsorted").get(0);
        assertThat(unsorted.get("line").asInt()).isPositive();
        assertThat(unsorted.get("reason").asString()).isEqualTo("background");
        assertThat(reply.get("editUrl").asString()).isEqualTo("/editor/guides/" + reply.get("id").asString());
        Guide draft = guides.find(GuideId.parse(reply.get("id").asString())).orElseThrow();
        assertThat(draft.status()).isEqualTo(GuideStatus.DRAFT);
        assertThat(draft.content().title().values().values()).containsExactly("塞尔维亚上上网卡怎么注销？——一份超详细指南");
    }

    @Test
    void markdown_import_parameters_that_are_wrong_are_a_400_that_says_why() throws Exception {
        String article = "# Cancelling\n\n## Online\n\n1. Log in.";

        HttpResponse<String> noCountry = post("/api/editor/import/markdown", editor, "text/markdown", article);
        HttpResponse<String> badType = post("/api/editor/import/markdown?country=RS&cardTypes=pager", editor,
                "text/markdown", article);
        HttpResponse<String> takenSlug = post("/api/editor/import/markdown?country=RS&slug="
                + URLEncoder.encode("serbia-cancel-mobile-service", StandardCharsets.UTF_8), editor, "text/markdown", article);

        assertThat(noCountry.statusCode()).isEqualTo(400);
        assertThat(json.readTree(noCountry.body()).get("message").asString()).contains("?country=RS");
        assertThat(badType.statusCode()).isEqualTo(400);
        assertThat(json.readTree(badType.body()).get("message").asString()).contains("pager").contains("esim");
        assertThat(takenSlug.statusCode()).isEqualTo(409);
        assertThat(json.readTree(takenSlug.body()).get("message").asString()).contains("serbia-cancel-mobile-service");
    }
}
