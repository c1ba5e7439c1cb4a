package dev.waymark.guide.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waymark.base.WaymarkTest;
import dev.waymark.guide.Guide;
import dev.waymark.guide.GuideId;
import dev.waymark.guide.Guides;
import dev.waymark.guide.Slug;
import dev.waymark.guide.TestGuides;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@WaymarkTest
class GuideApiTest {

    private static final String SERBIA = "serbia-cancel-mobile-service";

    @LocalServerPort
    int port;

    @Autowired
    Guides guides;

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();

    private record Reply(int status, String contentType, JsonNode body) {
    }

    private Reply get(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        return new Reply(response.statusCode(), response.headers().firstValue("content-type").orElse(""),
                json.readTree(response.body()));
    }

    private static List<String> texts(JsonNode array, String field) {
        return array.valueStream().map(node -> node.get(field).asString()).toList();
    }

    @Test
    void lists_the_published_seed_guides_of_every_country() throws Exception {
        Reply reply = get("/api/guides?lang=en");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.contentType()).startsWith("application/json");
        assertThat(texts(reply.body(), "country")).contains("RS", "RU", "BE");
        JsonNode serbia = reply.body().valueStream().filter(node -> node.get("slug").asString().equals(SERBIA))
                .findFirst().orElseThrow();
        assertThat(serbia.get("language").asString()).isEqualTo("en");
        assertThat(serbia.get("cardTypes").valueStream().map(JsonNode::asString).toList())
                .containsExactlyInAnyOrder("physical-sim", "esim", "prepaid-data");
        assertThat(texts(serbia.get("operators"), "name")).containsExactly("mts", "Yettel", "A1 Srbija");
        assertThat(serbia.get("url").asString()).startsWith("/guides/" + SERBIA);
    }

    @Test
    void filters_by_country_card_type_and_operator() throws Exception {
        // Other tests publish guides of their own into the shared database: look at what the filter keeps.
        JsonNode serbian = get("/api/guides?country=rs").body();
        assertThat(texts(serbian, "slug")).contains(SERBIA).doesNotContain("russia-cancel-mobile-service");
        assertThat(texts(serbian, "country")).containsOnly("RS");
        assertThat(texts(get("/api/guides?country=BE&cardType=esim").body(), "country")).containsOnly("BE");
        JsonNode yettel = get("/api/guides?operator=rs-yettel").body();
        assertThat(texts(yettel, "slug")).contains(SERBIA);
        assertThat(yettel.valueStream()).allMatch(guide -> texts(guide.get("operators"), "code").contains("rs-yettel"));
        assertThat(get("/api/guides?operator=rs-mtel").body().size()).isZero();
        assertThat(get("/api/guides?country=CN").body().size()).isZero();
    }

    @Test
    void returns_a_whole_guide_in_the_language_asked_for() throws Exception {
        JsonNode en = get("/api/guides/" + SERBIA + "?lang=en").body();
        JsonNode zh = get("/api/guides/" + SERBIA + "?lang=zh-CN").body();

        assertThat(en.get("language").asString()).isEqualTo("en");
        assertThat(zh.get("language").asString()).isEqualTo("zh-CN");
        assertThat(en.get("title").asString()).isNotEqualTo(zh.get("title").asString());
        assertThat(zh.get("title").asString()).contains("塞尔维亚");
        for (String part : List.of("requirements", "documents", "ways", "checks", "cautions", "faq", "phrases", "sources")) {
            assertThat(en.get(part).size()).as(part).isPositive();
        }
        JsonNode firstStep = en.get("ways").get(0).get("steps").get(0);
        assertThat(firstStep.get("number").asInt()).isEqualTo(1);
        assertThat(firstStep.get("html").asString()).startsWith("<");
    }

    @Test
    void narrows_a_guide_to_the_readers_situation() throws Exception {
        JsonNode esim = get("/api/guides/" + SERBIA + "?lang=en&cardType=esim").body();

        List<List<String>> limits = esim.get("ways").valueStream()
                .flatMap(way -> way.get("steps").valueStream())
                .map(step -> step.get("appliesTo").get("cardTypes").valueStream().map(JsonNode::asString).toList())
                .toList();
        assertThat(limits).isNotEmpty().allSatisfy(cards -> {
            if (!cards.isEmpty()) {
                assertThat(cards).contains("esim");
            }
        });
        JsonNode all = get("/api/guides/" + SERBIA + "?lang=en").body();
        assertThat(steps(esim)).isLessThan(steps(all));
        assertThat(texts(esim.get("ways"), "kind")).contains("device-settings");
    }

    private static long steps(JsonNode guide) {
        return guide.get("ways").valueStream().mapToLong(way -> way.get("steps").size()).sum();
    }

    @Test
    void an_unknown_slug_is_a_404_with_a_json_error() throws Exception {
        Reply reply = get("/api/guides/no-such-guide");

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.body().get("status").asInt()).isEqualTo(404);
        assertThat(reply.body().get("message").asString()).contains("no-such-guide");
        assertThat(get("/api/guides/Not%20A%20Slug").status()).isEqualTo(404);
    }

    @Test
    void bad_parameters_are_a_400_that_says_what_was_wrong() throws Exception {
        Reply country = get("/api/guides?country=Serbia");
        assertThat(country.status()).isEqualTo(400);
        assertThat(country.body().get("message").asString()).contains("country").contains("Serbia");

        assertThat(get("/api/guides?cardType=nano").body().get("message").asString()).contains("cardType");
        assertThat(get("/api/guides?lang=fr").body().get("message").asString()).contains("lang");
        assertThat(get("/api/guides?operator=Yettel!").body().get("message").asString()).contains("operator");
        assertThat(get("/api/guides/" + SERBIA + "?platform=windows").status()).isEqualTo(400);
        assertThat(get("/api/guides/" + SERBIA + "?way=pigeon").status()).isEqualTo(400);
    }

    @Test
    void drafts_are_never_returned() throws Exception {
        String slug = "draft-only-" + System.nanoTime();
        guides.save(Guide.draft(GuideId.random(), new Slug(slug), TestGuides.serbia()), "test", "draft");

        assertThat(get("/api/guides/" + slug).status()).isEqualTo(404);
        assertThat(texts(get("/api/guides").body(), "slug")).doesNotContain(slug);
    }
}
