package dev.waymark.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waymark.account.ApiTokenService;
import dev.waymark.account.Role;
import dev.waymark.account.TestTokens;
import dev.waymark.account.TokenScope;
import dev.waymark.account.User;
import dev.waymark.account.Users;
import dev.waymark.base.TestCaller;
import dev.waymark.base.TestScreenshots;
import dev.waymark.base.WaymarkTest;
import dev.waymark.guide.Guide;
import dev.waymark.guide.GuideContent;
import dev.waymark.guide.GuideId;
import dev.waymark.guide.Guides;
import dev.waymark.guide.Illustration;
import dev.waymark.guide.LocalizedText;
import dev.waymark.guide.Slug;
import dev.waymark.guide.TestGuides;
import dev.waymark.guide.WayKind;
import dev.waymark.picture.PictureService;
import dev.waymark.picture.StoredPicture;
import java.awt.Color;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Export bundles carry the masters of the pictures their guides reference; importing keeps them byte for byte. */
@WaymarkTest
class PictureBundleTest {

    @LocalServerPort
    int port;

    @Autowired
    Guides guides;

    @Autowired
    Users users;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    ApiTokenService tokenService;

    @Autowired
    PictureService pictures;

    @Autowired
    JdbcTemplate jdbc;

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();
    private final String suffix = UUID.randomUUID().toString().substring(0, 8);

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private HttpResponse<byte[]> send(String method, String path, String token, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, body.isEmpty() ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .header("Content-Type", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void an_exported_guide_brings_its_pictures_and_imports_them_byte_identical_on_an_instance_without_them()
            throws Exception {
        String editor = "bundle-editor-" + suffix;
        users.add(new User(editor, "Bundle editor", Set.of(Role.EDITOR), encoder.encode("bundle password"), true));
        String token = TestTokens.create(tokenService, editor, Set.of(Role.EDITOR), TokenScope.IMPORT,
                TokenScope.EXPORT);
        TestCaller.signIn(editor, "ROLE_EDITOR");
        StoredPicture stored = pictures.upload(TestScreenshots.png(800, 1600, new Color(0x0B57D0)));
        byte[] master = pictures.master(stored.hash());
        GuideContent serbia = TestGuides.serbia();
        Illustration picture = new Illustration(stored.hash(), stored.width(), stored.height(), null,
                LocalizedText.of("删除eSIM", "Delete eSIM"), LocalizedText.of("设置页面", "The settings screen"));
        serbia = serbia.withWays(serbia.ways().stream().map(way -> way.kind() != WayKind.HOTLINE ? way
                : way.withPictures(List.of(picture))).toList());
        Guide guide = guides.save(Guide.draft(GuideId.random(), new Slug("bundle-" + suffix), serbia), editor, "pictured");

        HttpResponse<byte[]> exported = send("GET", "/api/editor/guides/" + guide.slug() + "/export", token, "");
        assertThat(exported.statusCode()).isEqualTo(200);
        ObjectNode file = (ObjectNode) json.readTree(exported.body());
        assertThat(file.get("version").asInt()).isEqualTo(1);
        assertThat(file.get("pictures").propertyNames()).containsExactly(stored.hash().value());
        assertThat(Base64.getDecoder().decode(file.get("pictures").get(stored.hash().value()).asString()))
                .isEqualTo(master);

        // Another instance, as it were: the picture is gone here, and the guide comes in under a new slug.
        jdbc.update("delete from picture where hash = ?", stored.hash().value());
        assertThat(pictures.find(stored.hash())).isEmpty();
        ((ObjectNode) file.get("guides").get(0)).put("slug", "bundle-copy-" + suffix);

        HttpResponse<byte[]> imported = send("POST", "/api/editor/guides/import", token, file.toString());
        assertThat(imported.statusCode()).as(new String(imported.body(), StandardCharsets.UTF_8)).isEqualTo(200);
        TestCaller.signIn(editor, "ROLE_EDITOR");
        assertThat(pictures.find(stored.hash())).contains(stored);
        assertThat(pictures.master(stored.hash())).isEqualTo(master);
        Guide copy = guides.findBySlug(new Slug("bundle-copy-" + suffix)).orElseThrow();
        assertThat(copy.content().pictures()).containsExactly(picture);
        HttpResponse<byte[]> served = send("GET", "/pictures/" + stored.hash().value() + "-720.webp", null, "");
        assertThat(served.statusCode()).isEqualTo(200);
    }

    @Test
    void a_bundle_whose_picture_was_altered_or_is_missing_imports_nothing_and_says_which() throws Exception {
        String editor = "bundle-checker-" + suffix;
        users.add(new User(editor, "Bundle checker", Set.of(Role.EDITOR), encoder.encode("bundle password"), true));
        String token = TestTokens.create(tokenService, editor, Set.of(Role.EDITOR), TokenScope.IMPORT,
                TokenScope.EXPORT);
        TestCaller.signIn(editor, "ROLE_EDITOR");
        StoredPicture stored = pictures.upload(TestScreenshots.png(640, 1280, new Color(0x8A4B00)));
        GuideContent content = TestGuides.serbia();
        content = content.withWays(content.ways().stream().map(way -> way.kind() != WayKind.HOTLINE ? way
                : way.withPictures(List.of(new Illustration(stored.hash(), stored.width(), stored.height(), null, null,
                        LocalizedText.of("图", "A picture"))))).toList());
        Guide guide = guides.save(Guide.draft(GuideId.random(), new Slug("bundle-bad-" + suffix), content), editor, "x");
        ObjectNode file = (ObjectNode) json.readTree(send("GET", "/api/editor/guides/" + guide.slug() + "/export",
                token, "").body());
        ((ObjectNode) file.get("guides").get(0)).put("slug", "bundle-bad-copy-" + suffix);

        ObjectNode altered = file.deepCopy();
        byte[] bytes = pictures.master(stored.hash());
        bytes[bytes.length / 2] ^= 1;
        ((ObjectNode) altered.get("pictures")).put(stored.hash().value(), Base64.getEncoder().encodeToString(bytes));
        HttpResponse<byte[]> refused = send("POST", "/api/editor/guides/import", token, altered.toString());
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(new String(refused.body(), StandardCharsets.UTF_8)).contains("do not match its name");

        jdbc.update("delete from picture where hash = ?", stored.hash().value());
        ObjectNode without = file.deepCopy();
        without.remove("pictures");
        HttpResponse<byte[]> missing = send("POST", "/api/editor/guides/import", token, without.toString());
        assertThat(missing.statusCode()).isEqualTo(400);
        JsonNode body = json.readTree(missing.body());
        assertThat(body.toString()).contains("is neither in the file nor on this instance");
        assertThat(guides.findBySlug(new Slug("bundle-bad-copy-" + suffix))).isEmpty();
    }
}
