package dev.waymark.search.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waymark.base.WaymarkTest;
import dev.waymark.guide.CardType;
import dev.waymark.guide.Guide;
import dev.waymark.guide.GuideId;
import dev.waymark.guide.Guides;
import dev.waymark.guide.Language;
import dev.waymark.guide.LocalizedText;
import dev.waymark.guide.Slug;
import dev.waymark.guide.WayKind;
import dev.waymark.search.SearchService;
import dev.waymark.search.SearchTestGuides;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The search API over real HTTP. Its guides are in Iceland, which no other test uses, and are archived afterwards. */
@WaymarkTest
class SearchApiTest {

    @LocalServerPort
    int port;

    @Autowired
    Guides guides;

    @Autowired
    SearchService search;

    @Autowired
    JdbcClient jdbc;

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();
    private final List<Guide> published = new ArrayList<>();

    private record Reply(int status, String contentType, JsonNode body) {
    }

    @BeforeEach
    void publish() {
        published.add(publish("iceland-esim-search", SearchTestGuides.guide("IS",
                LocalizedText.of("冰岛eSIM卡注销", "Cancel an eSIM in Iceland"),
                LocalizedText.of("打开设置，在冰岛运营商的营业厅办理注销", "Open the settings and ask the operator's store"),
                WayKind.DEVICE_SETTINGS, Set.of(CardType.ESIM), List.of())));
        published.add(publish("iceland-prepaid-search", SearchTestGuides.guide("IS",
                LocalizedText.of("冰岛预付费上网卡", "Let an Icelandic prepaid card lapse"),
                LocalizedText.of("停止充值即可", "Stop topping it up"),
                WayKind.LET_LAPSE, Set.of(CardType.PREPAID_DATA), List.of())));
    }

    @AfterEach
    void archive() {
        for (Guide guide : published) {
            guides.save(guides.find(guide.id()).orElseThrow().archive(), "test", "archive");
        }
        published.clear();
    }

    private Guide publish(String slug, dev.waymark.guide.GuideContent content) {
        Guide saved = guides.findBySlug(new Slug(slug))
                .map(existing -> guides.save(existing.unarchive().edit(content), "test", "again"))
                .orElseGet(() -> guides.save(Guide.draft(GuideId.random(), new Slug(slug), content), "test", "draft"));
        return guides.save(saved.publish(), "test", "publish");
    }

    private Reply get(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        return new Reply(response.statusCode(), response.headers().firstValue("content-type").orElse(""),
                json.readTree(response.body()));
    }

    private Reply search(String query) throws IOException, InterruptedException {
        return get("/api/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
    }

    private static List<String> slugs(Reply reply) {
        return reply.body().valueStream().map(node -> node.get("slug").asString()).toList();
    }

    @Test
    void finds_published_guides_with_the_matched_words_flagged_in_the_snippet() throws Exception {
        // The seed guides mention 营业厅 too: look only at this test's country.
        Reply reply = get("/api/search?q=%E8%90%A5%E4%B8%9A%E5%8E%85&lang=zh-CN&country=is");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.contentType()).startsWith("application/json");
        assertThat(slugs(reply)).containsExactly("iceland-esim-search");
        JsonNode hit = reply.body().get(0);
        assertThat(hit.get("title").asString()).isEqualTo("冰岛eSIM卡注销");
        assertThat(hit.get("country").asString()).isEqualTo("IS");
        assertThat(hit.get("countryName").asString()).isEqualTo("冰岛");
        assertThat(hit.get("language").asString()).isEqualTo("zh-CN");
        assertThat(hit.get("cardTypes").valueStream().map(JsonNode::asString).toList()).containsExactly("esim");
        assertThat(hit.get("url").asString()).isEqualTo("/guides/iceland-esim-search?lang=zh-CN");
        List<String> marked = hit.get("snippet").valueStream().filter(part -> part.get("matched").asBoolean())
                .map(part -> part.get("text").asString()).toList();
        assertThat(marked).containsExactly("营业厅");
    }

    @Test
    void chinese_queries_of_every_shape_find_the_guide() throws Exception {
        for (String query : List.of("卡", "注销", "运营商", "eSIM卡", "冰岛 eSIM", "ＥＳＩＭ", "註銷", "營業廳")) {
            assertThat(slugs(search(query))).as(query).contains("iceland-esim-search");
        }
        assertThat(slugs(get("/api/search?q=store&lang=en&country=is"))).containsExactly("iceland-esim-search");
        assertThat(get("/api/search?q=store&lang=en&country=is").body().get(0).get("language").asString())
                .isEqualTo("en");
    }

    @Test
    void filters_narrow_the_results() throws Exception {
        assertThat(slugs(get("/api/search?q=%E5%86%B0%E5%B2%9B&country=is"))).containsExactlyInAnyOrder(
                "iceland-esim-search", "iceland-prepaid-search");
        assertThat(slugs(get("/api/search?q=%E5%86%B0%E5%B2%9B&cardType=prepaid-data"))).containsExactly("iceland-prepaid-search");
        assertThat(slugs(get("/api/search?q=%E5%86%B0%E5%B2%9B&way=device-settings"))).containsExactly("iceland-esim-search");
        assertThat(slugs(get("/api/search?q=%E5%86%B0%E5%B2%9B&country=RS"))).isEmpty();
        assertThat(slugs(get("/api/search?q=%E5%86%B0%E5%B2%9B&operator=is-siminn"))).isEmpty();
    }

    @Test
    void bad_filter_values_give_400_with_a_message() throws Exception {
        for (String parameter : List.of("country=XX", "cardType=floppy", "operator=NOT_A_CODE", "way=pigeon", "lang=fr")) {
            Reply reply = get("/api/search?q=esim&" + parameter);
            assertThat(reply.status()).as(parameter).isEqualTo(400);
            assertThat(reply.body().get("message").asString()).as(parameter).isNotBlank();
        }
    }

    @Test
    void hostile_text_never_gives_an_error() throws Exception {
        List<String> paths = List.of("/api/search", "/api/search?q=", "/api/search?q=%25", "/api/search?q=_",
                "/api/search?q=%5C", "/api/search?q=%00", "/api/search?q=%E6%B3%A8%E9%94%80%00",
                "/api/search?q=%F0%9F%98%80", "/api/search?q=%27%3B%20drop%20table%20guide%3B%20--",
                "/api/search?q=" + "x".repeat(5_000));
        for (String path : paths) {
            Reply reply = get(path);
            assertThat(reply.status()).as(path).isEqualTo(200);
            assertThat(reply.body().isArray()).as(path).isTrue();
        }
        Reply undecodable = get("/api/search?q=%ED%A0%80");
        assertThat(undecodable.status()).isEqualTo(400);
        assertThat(undecodable.body().get("message").asString()).contains("UTF-8");
        assertThat(slugs(get("/api/search?q=%E6%B3%A8%E9%94%80%00"))).contains("iceland-esim-search");
        assertThat(search.search("注".repeat(10_000), Language.ZH_CN)).isEmpty();
        assertThat(search.search("😀\u0000%_\\", Language.ZH_CN)).isEmpty();
    }

    @Test
    void drafts_are_never_found() throws Exception {
        guides.findBySlug(new Slug("iceland-draft-search")).orElseGet(() -> guides.save(Guide.draft(GuideId.random(),
                new Slug("iceland-draft-search"), SearchTestGuides.guide("IS", "冰岛草稿指南", "Draft", "草稿步骤", "Draft step")),
                "test", "draft"));

        assertThat(slugs(search("草稿"))).isEmpty();
    }

    @Test
    void searches_that_find_nothing_are_counted_without_personal_data() throws Exception {
        Long before = jdbc.sql("select coalesce(sum(count), 0) from search_miss where query = '鑫鑫鑫'")
                .query(Long.class).single();

        search("鑫鑫鑫");
        search("鑫鑫鑫");
        search("%");

        assertThat(jdbc.sql("select count from search_miss where query = '鑫鑫鑫' and language = 'zh-CN'")
                .query(Long.class).single()).isEqualTo(before + 2);
        assertThat(jdbc.sql("select count(*) from search_miss where query like '%\\%%'").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select column_name from information_schema.columns where table_name = 'search_miss'")
                .query(String.class).list()).containsExactlyInAnyOrder("query", "language", "count", "last_seen");
    }
}
