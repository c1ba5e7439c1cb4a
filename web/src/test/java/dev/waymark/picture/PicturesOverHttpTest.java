package dev.waymark.picture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.waymark.account.ApiTokenService;
import dev.waymark.account.Role;
import dev.waymark.account.TestTokens;
import dev.waymark.account.TokenScope;
import dev.waymark.account.User;
import dev.waymark.account.Users;
import dev.waymark.audit.AuditFilter;
import dev.waymark.audit.AuditLog;
import dev.waymark.base.TestCaller;
import dev.waymark.base.WaymarkTest;
import dev.waymark.guide.Guide;
import dev.waymark.guide.GuideId;
import dev.waymark.guide.Guides;
import dev.waymark.guide.Slug;
import dev.waymark.guide.TestGuides;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Pictures over real HTTP: the upload corpus through the API (token with the import scope) and through the editors'
 * form-session endpoint (with the CSRF token), the served files and their headers, duplicates, export and import of
 * masters, and the clean-up.
 */
@WaymarkTest
class PicturesOverHttpTest {

    private static final String PASSWORD = "pictures test password";

    @LocalServerPort
    int port;

    @Autowired
    Users users;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    ApiTokenService tokenService;

    @Autowired
    PictureService pictures;

    @Autowired
    PictureCleanup cleanup;

    @Autowired
    Guides guides;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AuditLog audit;

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();
    private final String editor = "pic-editor-" + UUID.randomUUID().toString().substring(0, 8);
    private String importToken;
    private String exportOnlyToken;

    @BeforeEach
    void createEditor() {
        users.add(new User(editor, "Picture editor", Set.of(Role.EDITOR), encoder.encode(PASSWORD), true));
        importToken = TestTokens.create(tokenService, editor, Set.of(Role.EDITOR), TokenScope.IMPORT);
        exportOnlyToken = TestTokens.create(tokenService, editor, Set.of(Role.EDITOR), TokenScope.EXPORT);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private HttpResponse<String> apiUpload(byte[] body, String contentType, String token) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url("/api/editor/pictures")))
                .header("Authorization", "Bearer " + token).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<byte[]> get(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path))).GET();
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** The corpus: each upload with the status and reason it must get (null reason: accepted). */
    private static Map<String, Object[]> corpus() {
        Map<String, Object[]> corpus = new LinkedHashMap<>();
        corpus.put("photo-with-gps.jpg", new Object[] {PictureCorpus.photoWithGps(), 200, null});
        corpus.put("rotated.jpg", new Object[] {PictureCorpus.rotatedPhoto(), 200, null});
        corpus.put("screen.png", new Object[] {PictureCorpus.png(), 200, null});
        corpus.put("photo.webp", new Object[] {PictureCorpus.webp(), 200, null});
        corpus.put("drawing.svg", new Object[] {PictureCorpus.svgWithScript(), 415, "markup"});
        corpus.put("page.jpg", new Object[] {PictureCorpus.htmlNamedJpg(), 415, "markup"});
        corpus.put("jpeg-header-html.jpg", new Object[] {PictureCorpus.htmlWithJpegHeader(), 415, "markup"});
        corpus.put("polyglot-html.jpg", new Object[] {PictureCorpus.jpegThenHtml(), 422, "trailing_data"});
        corpus.put("polyglot-zip.jpg", new Object[] {PictureCorpus.jpegThenZip(), 422, "trailing_data"});
        corpus.put("bomb.png", new Object[] {PictureCorpus.pngBomb(), 422, "too_many_pixels"});
        corpus.put("cut-off.jpg", new Object[] {PictureCorpus.truncated(), 422, "truncated"});
        corpus.put("empty.jpg", new Object[] {new byte[0], 415, "empty"});
        corpus.put("eleven-megabytes.jpg", new Object[] {PictureCorpus.elevenMegabytes(), 413, "too_large"});
        return corpus;
    }

    @Test
    void the_corpus_through_the_api_is_accepted_or_refused_as_it_should_and_never_with_a_5xx() throws Exception {
        for (Map.Entry<String, Object[]> upload : corpus().entrySet()) {
            byte[] bytes = (byte[]) upload.getValue()[0];
            HttpResponse<String> response = apiUpload(bytes, "image/jpeg", importToken);
            assertThat(response.statusCode()).as(upload.getKey() + ": " + response.body())
                    .isEqualTo(upload.getValue()[1]);
            JsonNode body = json.readTree(response.body());
            if (upload.getValue()[2] == null) {
                assertServed(body, bytes);
            } else {
                assertThat(body.get("reason").asString()).as(upload.getKey()).isEqualTo(upload.getValue()[2]);
                assertThat(body.get("message").asString()).as(upload.getKey()).isNotBlank().doesNotContain("{0}");
            }
        }
    }

    @Test
    void the_corpus_through_the_editors_session_endpoint_with_the_csrf_token() throws Exception {
        CookieManager cookies = new CookieManager();
        HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).build();
        HttpResponse<String> login = browser.send(HttpRequest.newBuilder(URI.create(url("/login"))).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> signedIn = browser.send(HttpRequest.newBuilder(URI.create(url("/login")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + editor + "&password="
                        + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8) + "&_csrf=" + csrf(login.body())))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.statusCode()).isEqualTo(302);
        String token = csrf(browser.send(HttpRequest.newBuilder(URI.create(url("/staff"))).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body());

        HttpResponse<String> withoutToken = browser.send(multipart(PictureCorpus.png(), "screen.png").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(withoutToken.statusCode()).as("no CSRF token").isEqualTo(403);

        for (Map.Entry<String, Object[]> upload : corpus().entrySet()) {
            byte[] bytes = (byte[]) upload.getValue()[0];
            HttpResponse<String> response = browser.send(multipart(bytes, upload.getKey())
                    .header("X-CSRF-TOKEN", token).header("Accept-Language", "zh-CN").build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(upload.getKey() + ": " + response.body())
                    .isEqualTo(upload.getValue()[1]);
            JsonNode body = json.readTree(response.body());
            if (upload.getValue()[2] == null) {
                assertServed(body, bytes);
            } else {
                assertThat(body.get("reason").asString()).isEqualTo(upload.getValue()[2]);
                assertThat(body.get("message").asString()).as("in the reader's language").containsPattern("\\p{IsHan}");
            }
        }

        // The body itself (as a paste would send it) works as well.
        HttpResponse<String> raw = browser.send(HttpRequest.newBuilder(URI.create(url("/editor/pictures")))
                .header("Content-Type", "application/octet-stream").header("X-CSRF-TOKEN", token)
                .POST(HttpRequest.BodyPublishers.ofByteArray(PictureCorpus.webp())).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(raw.statusCode()).as(raw.body()).isEqualTo(200);

        HttpResponse<String> anonymous = http.send(multipart(PictureCorpus.png(), "screen.png").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(anonymous.statusCode()).as("nobody signed in").isBetween(300, 499);
    }

    private HttpRequest.Builder multipart(byte[] bytes, String filename) {
        String boundary = "----waymark" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
                + "\"\r\nContent-Type: image/jpeg\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(bytes);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(URI.create(url("/editor/pictures")))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
    }

    private static String csrf(String page) {
        Matcher token = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"").matcher(page);
        assertThat(token.find()).as("a CSRF token in the page").isTrue();
        return token.group(1);
    }

    /** Every width in both formats is served with the right size and headers, never the uploaded bytes. */
    private void assertServed(JsonNode body, byte[] uploaded) throws Exception {
        PictureHash hash = new PictureHash(body.get("hash").asString());
        StoredPicture picture = new StoredPicture(hash, body.get("width").asInt(), body.get("height").asInt());
        assertThat(body.get("src").asString()).startsWith("/pictures/" + hash + "-").endsWith(".jpg");
        for (int width : PictureUrls.widths(picture)) {
            for (PictureFormat format : PictureFormat.values()) {
                HttpResponse<byte[]> served = get(PictureUrls.src(picture, width, format));
                assertThat(served.statusCode()).isEqualTo(200);
                assertThat(served.headers().firstValue("Cache-Control")).contains("public, max-age=31536000, immutable");
                assertThat(served.headers().firstValue("Content-Type")).contains(format.mediaType());
                assertThat(served.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
                assertThat(served.headers().allValues("Content-Security-Policy")).singleElement().asString()
                        .startsWith("default-src 'none'").contains("sandbox");
                assertThat(served.headers().firstValue("Set-Cookie")).as("no session").isEmpty();
                assertThat(served.body()).isNotEqualTo(uploaded);
                PictureCodecTest.assertNoMetadata(served.body());
                BufferedImage image = ImageIO.read(new ByteArrayInputStream(served.body()));
                assertThat(image.getWidth()).isEqualTo(width);
                assertThat(image.getHeight()).isEqualTo(PictureUrls.heightFor(picture, width));
                String etag = served.headers().firstValue("ETag").orElseThrow();
                HttpResponse<byte[]> again = get(PictureUrls.src(picture, width, format), "If-None-Match", etag);
                assertThat(again.statusCode()).isEqualTo(304);
                assertThat(again.body()).isEmpty();
            }
        }
    }

    @Test
    void the_api_needs_a_token_with_the_import_scope() throws Exception {
        assertThat(apiUpload(PictureCorpus.png(), "image/png", "wmk_not-a-token").statusCode()).isEqualTo(401);
        assertThat(apiUpload(PictureCorpus.png(), "image/png", exportOnlyToken).statusCode()).isEqualTo(403);
        // A type a cross-site form could send is not taken.
        HttpResponse<String> form = apiUpload(PictureCorpus.png(), "text/plain", importToken);
        assertThat(form.statusCode()).isEqualTo(415);
    }

    @Test
    void the_service_lets_only_editors_upload_and_export_and_anyone_find() {
        TestCaller.ANONYMOUS.signIn("x");
        assertThatThrownBy(() -> pictures.upload(PictureCorpus.png())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> pictures.importMaster(PictureCorpus.png())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> pictures.master(PictureHash.of(new byte[] {1})))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(pictures.find(PictureHash.of(new byte[] {1}))).isEmpty();
    }

    @Test
    void a_duplicate_is_stored_once_and_an_exported_master_imports_byte_for_byte_as_the_same_picture() {
        TestCaller.EDITOR.signIn(editor);
        byte[] photo = PictureCorpus.jpeg(PictureCorpus.photo(900, 700));
        StoredPicture first = pictures.upload(photo);
        StoredPicture second = pictures.upload(photo);
        assertThat(second).isEqualTo(first);
        assertThat(jdbc.sql("select count(*) from picture where hash = :hash").param("hash", first.hash().value())
                .query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from picture_variant where hash = :hash")
                .param("hash", first.hash().value()).query(Long.class).single()).isEqualTo(4);

        byte[] exported = pictures.master(first.hash());
        jdbc.sql("delete from picture where hash = :hash").param("hash", first.hash().value()).update();
        StoredPicture imported = pictures.importMaster(exported);

        assertThat(imported).isEqualTo(first);
        assertThat(pictures.master(imported.hash())).isEqualTo(exported);
    }

    @Test
    void unknown_addresses_are_404_and_never_5xx() throws Exception {
        TestCaller.EDITOR.signIn(editor);
        StoredPicture picture = pictures.upload(PictureCorpus.jpeg(PictureCorpus.photo(800, 600)));
        String hash = picture.hash().value();
        for (String path : List.of("/pictures/" + PictureHash.of(new byte[] {7}) + "-360.webp",
                "/pictures/" + hash + "-361.webp", "/pictures/" + hash + "-1080.webp", "/pictures/" + hash + "-360.png",
                "/pictures/" + hash + "-360.JPG", "/pictures/" + hash + "-360.jpeg", "/pictures/" + hash + "-0360.jpg",
                "/pictures/" + hash + "-99999999999.jpg", "/pictures/" + hash.toUpperCase() + "-360.jpg",
                "/pictures/x", "/pictures/" + hash + "-360.webp.html")) {
            HttpResponse<byte[]> response = get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(404);
        }
        // Encoded slashes are refused before any controller sees them.
        assertThat(get("/pictures/..%2f..%2fetc%2fpasswd").statusCode()).isBetween(400, 404);
        assertThat(get("/pictures/" + hash + "-720.webp").statusCode()).isEqualTo(200);
        HttpResponse<Void> head = http.send(HttpRequest.newBuilder(URI.create(url("/pictures/" + hash + "-360.jpg")))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.discarding());
        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.headers().firstValue("Content-Type")).contains("image/jpeg");
    }

    @Test
    void clean_up_removes_old_pictures_no_revision_references_logs_and_audits_it() {
        TestCaller.EDITOR.signIn(editor);
        StoredPicture kept = pictures.upload(PictureCorpus.jpeg(PictureCorpus.photo(640, 480)));
        StoredPicture dropped = pictures.upload(PictureCorpus.jpeg(PictureCorpus.photo(641, 480)));
        StoredPicture fresh = pictures.upload(PictureCorpus.jpeg(PictureCorpus.photo(642, 480)));
        jdbc.sql("update picture set created_at = now() - interval '3 days', last_uploaded_at = now() - interval '3 days'"
                + " where hash in (:hashes)").param("hashes", List.of(kept.hash().value(), dropped.hash().value()))
                .update();
        Guide guide = guides.save(Guide.draft(GuideId.random(), new Slug("pictured-" + editor), TestGuides.serbia()),
                editor, "first");
        // A revision referencing the picture as the guide model does: a member "picture" holding the hash.
        jdbc.sql("""
                insert into guide_revision (guide_id, number, slug, content, author, message)
                select guide_id, 2, slug, jsonb_set(content, '{ways,0,steps,0,pictures}',
                       jsonb_build_array(jsonb_build_object('picture', cast(:hash as text)))), author, 'with a picture'
                  from guide_revision where guide_id = :id and number = 1
                """).param("hash", kept.hash().value()).param("id", guide.id().value()).update();

        List<PictureHash> removed = cleanup.removeUnreferenced();

        assertThat(removed).contains(dropped.hash()).doesNotContain(kept.hash(), fresh.hash());
        assertThat(pictures.find(dropped.hash())).isEmpty();
        assertThat(pictures.find(kept.hash())).isPresent();
        assertThat(pictures.find(fresh.hash())).isPresent();
        assertThat(audit.find(new AuditFilter(null, PictureCleanup.AUDIT_ACTION, null, null, null), 0, 10))
                .anySatisfy(event -> assertThat(event.detail()).contains(dropped.hash().value()));
    }
}
