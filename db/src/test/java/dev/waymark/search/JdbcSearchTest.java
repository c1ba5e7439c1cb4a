package dev.waymark.search;

import static dev.waymark.search.SearchTestGuides.guide;
import static dev.waymark.search.SearchTestGuides.only;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.waymark.base.TestDatabase;
import dev.waymark.guide.CardType;
import dev.waymark.guide.CountryCode;
import dev.waymark.guide.Guide;
import dev.waymark.guide.GuideContent;
import dev.waymark.guide.GuideId;
import dev.waymark.guide.JdbcGuides;
import dev.waymark.guide.Language;
import dev.waymark.guide.LocalizedText;
import dev.waymark.guide.OperatorCode;
import dev.waymark.guide.Slug;
import dev.waymark.guide.Step;
import dev.waymark.guide.WayKind;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

class JdbcSearchTest {

    private final JdbcGuides guides = new JdbcGuides(TestDatabase.jdbc(), TestDatabase.transactions());
    private final JdbcSearch search = new JdbcSearch(TestDatabase.jdbc(), TestDatabase.transactions());
    private final JdbcClient jdbc = TestDatabase.jdbc();

    @BeforeEach
    void clean() {
        TestDatabase.clear();
    }

    private Guide publish(String slug, GuideContent content) {
        Guide saved = guides.save(Guide.draft(GuideId.random(), new Slug(slug), content), "ana", "draft");
        return guides.save(saved.publish(), "ana", "publish");
    }

    private List<String> find(String text) {
        return find(SearchQuery.of(text, Language.ZH_CN));
    }

    private List<String> find(SearchQuery query) {
        return search.find(query).stream().map(hit -> hit.slug().value()).toList();
    }

    private static SearchQuery query(String text, Language language) {
        return SearchQuery.of(text, language);
    }

    @Test
    void published_guides_are_found_by_two_character_chinese_queries() {
        publish("serbia", guide("RS", "塞尔维亚SIM卡注销", "Cancel a SIM in Serbia", "拨打客服热线", "Call the hotline"));
        publish("belgium", guide("BE", "比利时套餐变更", "Change a plan in Belgium", "登录网上账户", "Log in"));

        assertThat(find("注销")).containsExactly("serbia");
        assertThat(find("拨打")).containsExactly("serbia");
        assertThat(find("账户")).containsExactly("belgium");
    }

    @Test
    void published_guides_are_found_by_one_character_chinese_queries() {
        publish("serbia", guide("RS", "塞尔维亚SIM卡注销", "Cancel a SIM in Serbia", "拨打客服热线", "Call the hotline"));
        publish("belgium", guide("BE", "比利时套餐变更", "Change a plan in Belgium", "登录网上账户", "Log in"));

        assertThat(find("卡")).containsExactly("serbia");
        assertThat(find("套")).containsExactly("belgium");
        assertThat(find("凜")).isEmpty();
    }

    @Test
    void three_character_queries_match_the_characters_next_to_each_other_only() {
        publish("together", guide("RS", "注销号码", "Cancel", "请联系运营商办理", "Contact the operator"));
        publish("apart", guide("BE", "注销号码", "Cancel", "运营部门说，营商环境很好", "Unrelated"));

        assertThat(find("运营商")).containsExactly("together");
        assertThat(find("联系运营商办理")).containsExactly("together");
        assertThat(find("营商")).containsExactlyInAnyOrder("together", "apart");
    }

    @Test
    void mixed_chinese_and_latin_queries_need_every_part() {
        publish("esim-card", guide("RS", "塞尔维亚eSIM卡注销", "Cancel an eSIM in Serbia", "删除eSIM", "Delete the eSIM"));
        publish("esim-only", guide("BE", "比利时eSIM注销", "Cancel an eSIM in Belgium", "删除配置", "Delete the profile"));
        publish("serbia-sim", guide("RS", "塞尔维亚实体SIM注销", "Cancel a SIM in Serbia", "交回SIM", "Hand it back"));

        assertThat(find("eSIM卡")).containsExactly("esim-card");
        assertThat(find("塞尔维亚 eSIM")).containsExactly("esim-card");
        assertThat(find("esim")).containsExactlyInAnyOrder("esim-card", "esim-only");
    }

    @Test
    void full_width_letters_find_half_width_ones() {
        publish("esim", guide("BE", "比利时eSIM注销", "Cancel an eSIM in Belgium", "删除配置", "Delete the profile"));

        assertThat(find("ＥＳＩＭ")).containsExactly("esim");
        assertThat(find("ｅｓｉｍ")).containsExactly("esim");
    }

    @Test
    void traditional_characters_find_simplified_text_and_the_other_way_round() {
        publish("simplified", guide("RS", "塞尔维亚号码注销", "Serbia", "去营业厅", "Go to a store"));
        publish("traditional", guide("BE", "比利時號碼註銷", "Belgium", "去營業廳", "Go to a store"));

        assertThat(find("註銷")).containsExactlyInAnyOrder("simplified", "traditional");
        assertThat(find("营业厅")).containsExactlyInAnyOrder("simplified", "traditional");
    }

    @Test
    void a_reader_of_traditional_chinese_finds_the_same_guide_by_either_script_in_their_own_language() {
        publish("serbia", guide("RS", new LocalizedText(Map.of(Language.ZH_CN, "塞尔维亚手机号码注销",
                        Language.ZH_TW, "塞爾維亞手機門號註銷", Language.EN, "Cancel a number in Serbia")),
                new LocalizedText(Map.of(Language.ZH_CN, "去营业厅", Language.ZH_TW, "去門市",
                        Language.EN, "Go to a store")), WayKind.STORE_VISIT, Set.of(CardType.PHYSICAL_SIM), List.of()));
        publish("belgium", guide("BE", "比利时套餐变更", "Change a plan in Belgium", "登录网上账户", "Log in"));

        for (String text : List.of("註銷", "注销", "門號註銷")) {
            List<SearchHit> hits = search.find(query(text, Language.ZH_TW));
            assertThat(hits).as(text).extracting(hit -> hit.slug().value()).containsExactly("serbia");
            assertThat(hits.getFirst().language()).as(text).isEqualTo(Language.ZH_TW);
            assertThat(hits.getFirst().title()).isEqualTo("塞爾維亞手機門號註銷");
        }
        assertThat(search.find(query("门市", Language.ZH_TW))).extracting(hit -> hit.language())
                .containsExactly(Language.ZH_TW);
    }

    @Test
    void russian_words_are_found_in_any_case_and_form_with_yo_and_ye_alike() {
        publish("serbia-ru", only(Language.RU, "RS", "Расторжение договора в Сербии",
                "Позвоните в контактный центр: номер будет отключён после расторжения."));
        publish("belgium", guide("BE", "比利时套餐变更", "Change a plan in Belgium", "登录网上账户", "Log in"));

        for (String text : List.of("расторжение", "Расторжения", "РАСТОРЖЕНИЕМ", "договор", "договоров", "Сербия",
                "отключен", "отключён", "ОТКЛЮЧЕННЫЙ", "контактного центра")) {
            assertThat(find(query(text, Language.RU))).as(text).containsExactly("serbia-ru");
        }
        assertThat(find(query("роуминг", Language.RU))).isEmpty();
        // A stem only ever widens a word to its forms, never to a word of two letters.
        assertThat(find(query("в", Language.RU))).containsExactly("serbia-ru");
    }

    @Test
    void english_queries_find_english_guides_by_word_prefix() {
        publish("serbia", guide("RS", "塞尔维亚SIM卡注销", "Cancel a SIM in Serbia", "带护照去营业厅", "Take your passport to a store"));

        List<SearchHit> hits = search.find(query("passport", Language.EN));
        assertThat(hits).extracting(h -> h.slug().value()).containsExactly("serbia");
        assertThat(hits.getFirst().language()).isEqualTo(Language.EN);
        assertThat(find(query("Passports", Language.EN))).isEmpty();
        assertThat(find(query("pass", Language.EN))).containsExactly("serbia");
        assertThat(find(query("CANCEL serbia", Language.EN))).containsExactly("serbia");
        assertThat(find(query("assport", Language.EN))).isEmpty();
    }

    @Test
    void words_in_the_middle_of_a_sentence_are_found() {
        publish("long", guide("RS", "注销", "Cancel",
                "我们建议您在离境之前先到最近的营业厅办理销户手续并索取书面确认单据以免日后产生费用",
                "We suggest that before departure you visit the nearest store to close the account"));

        for (String word : List.of("离境", "营业厅", "销户", "书面确认", "确认单", "产生费用", "厅", "以免日后")) {
            assertThat(find(word)).as(word).containsExactly("long");
        }
        assertThat(find(query("nearest store", Language.EN))).containsExactly("long");
    }

    @Test
    void filters_narrow_by_country_card_type_operator_and_way() {
        publish("rs-hotline", guide("RS", LocalizedText.of("塞尔维亚注销", "Serbia"), LocalizedText.of("拨打热线", "Call"),
                WayKind.HOTLINE, Set.of(CardType.ESIM), List.of(new OperatorCode("rs-mts"))));
        publish("rs-store", guide("RS", LocalizedText.of("塞尔维亚注销", "Serbia"), LocalizedText.of("去营业厅", "Store"),
                WayKind.STORE_VISIT, Set.of(CardType.PHYSICAL_SIM), List.of(new OperatorCode("rs-yettel"))));
        publish("be-hotline", guide("BE", LocalizedText.of("比利时注销", "Belgium"), LocalizedText.of("拨打热线", "Call"),
                WayKind.HOTLINE, Set.of(CardType.ESIM), List.of()));

        assertThat(find("注销")).hasSize(3);
        assertThat(find(filtered(new CountryCode("RS"), null, null, null))).containsExactlyInAnyOrder("rs-hotline", "rs-store");
        assertThat(find(filtered(null, CardType.ESIM, null, null))).containsExactlyInAnyOrder("rs-hotline", "be-hotline");
        assertThat(find(filtered(null, null, new OperatorCode("rs-yettel"), null))).containsExactly("rs-store");
        assertThat(find(filtered(null, null, null, WayKind.HOTLINE))).containsExactlyInAnyOrder("rs-hotline", "be-hotline");
        assertThat(find(filtered(new CountryCode("BE"), null, null, WayKind.STORE_VISIT))).isEmpty();
    }

    private static SearchQuery filtered(CountryCode country, CardType cardType, OperatorCode operator, WayKind way) {
        return new SearchQuery("注销", Language.ZH_CN, country, cardType, operator, way, 20);
    }

    @Test
    void title_matches_rank_above_body_matches() {
        publish("body", guide("RS", "塞尔维亚号码", "Serbia", "最后一步：注销号码，注销后不能恢复，注销注销", "Cancel"));
        publish("title", guide("BE", "比利时号码注销", "Belgium", "去营业厅", "Store"));

        List<SearchHit> hits = search.find(query("注销", Language.ZH_CN));
        assertThat(hits).extracting(h -> h.slug().value()).containsExactly("title", "body");
        assertThat(hits).extracting(SearchHit::titleMatch).containsExactly(true, false);
    }

    @Test
    void guides_in_the_readers_language_come_first_one_hit_per_guide() {
        publish("both", guide("RS", "塞尔维亚eSIM注销", "Cancel an eSIM in Serbia", "删除eSIM", "Delete the eSIM"));
        publish("english", only(Language.EN, "BE", "Cancel an eSIM in Belgium", "Delete the eSIM"));

        List<SearchHit> zh = search.find(query("esim", Language.ZH_CN));
        assertThat(zh).extracting(h -> h.slug().value(), SearchHit::language)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("both", Language.ZH_CN),
                        org.assertj.core.groups.Tuple.tuple("english", Language.EN));
        List<SearchHit> en = search.find(query("esim", Language.EN));
        assertThat(en).extracting(SearchHit::language).containsOnly(Language.EN);
        assertThat(en).extracting(h -> h.slug().value()).containsExactlyInAnyOrder("both", "english");
    }

    @Test
    void a_title_match_in_another_language_gives_way_to_the_guides_body_match_in_the_readers_language() {
        publish("both", guide("RS", "塞尔维亚号码注销", "Cancel an eSIM in Serbia", "删除eSIM", "Delete the profile"));
        publish("english", only(Language.EN, "BE", "Cancel an eSIM in Belgium", "Delete the eSIM"));

        List<SearchHit> hits = search.find(query("esim", Language.ZH_CN));
        assertThat(hits).extracting(h -> h.slug().value(), SearchHit::language, SearchHit::titleMatch)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("english", Language.EN, true),
                        org.assertj.core.groups.Tuple.tuple("both", Language.ZH_CN, false));
    }

    @Test
    void body_matches_fill_the_page_only_after_every_title_match() {
        publish("title-1", guide("RS", "塞尔维亚号码注销", "Serbia", "去营业厅", "Store"));
        publish("title-2", guide("BE", "比利时号码注销", "Belgium", "去营业厅", "Store"));
        publish("title-3", guide("RU", "俄罗斯号码注销", "Russia", "去营业厅", "Store"));
        publish("body", guide("DE", "德国号码", "Germany", "注销注销注销", "Cancel"));

        assertThat(find(new SearchQuery("注销", Language.ZH_CN, null, null, null, null, 2)))
                .hasSize(2).allMatch(slug -> slug.startsWith("title-"));
        assertThat(find(new SearchQuery("注销", Language.ZH_CN, null, null, null, null, 3)))
                .containsExactlyInAnyOrder("title-1", "title-2", "title-3");
        assertThat(find(new SearchQuery("注销", Language.ZH_CN, null, null, null, null, 4)))
                .hasSize(4).endsWith("body");
    }

    @Test
    void among_title_matches_the_title_most_about_the_query_comes_first() {
        publish("long", guide("RS", "塞尔维亚移动电话号码与流量套餐的注销手续", "Serbia", "去营业厅", "Store"));
        publish("short", guide("BE", "号码注销", "Belgium", "去营业厅", "Store"));

        assertThat(find("注销")).containsExactly("short", "long");
    }

    @Test
    void a_very_long_guide_is_found_by_a_word_at_its_end() {
        StringBuilder filler = new StringBuilder();
        for (int i = 0; filler.length() < Step.TEXT_MAX_LENGTH - 10; i++) {
            filler.appendCodePoint(0x4E00 + (i * 7919) % 20_000);
        }
        publish("long", guide("RS", "塞尔维亚", "Serbia", filler + "确认函", "Ask for a confirmation letter"));

        assertThat(find("确认函")).containsExactly("long");
        assertThat(find(query("confirmation", Language.EN))).containsExactly("long");
    }

    @Test
    void a_guide_matching_only_in_another_language_is_returned_in_that_language() {
        publish("serbia", guide("RS", "塞尔维亚SIM卡注销", "Cancel a SIM in Serbia", "拨打热线", "Call the hotline"));

        List<SearchHit> hits = search.find(query("hotline", Language.ZH_CN));
        assertThat(hits).extracting(SearchHit::language).containsExactly(Language.EN);
    }

    @Test
    void hits_carry_a_snippet_with_the_matched_words_flagged() {
        publish("serbia", guide("RS", "塞尔维亚SIM卡注销", "Cancel a SIM in Serbia", "带护照去营业厅办理", "Take your passport to a store"));

        SearchHit hit = search.find(query("营业厅", Language.ZH_CN)).getFirst();
        assertThat(hit.snippet()).filteredOn(SnippetPart::matched).extracting(SnippetPart::text).containsExactly("营业厅");
        assertThat(String.join("", hit.snippet().stream().map(SnippetPart::text).toList())).contains("带护照去营业厅办理");
        assertThat(hit.title()).isEqualTo("塞尔维亚SIM卡注销");
        assertThat(hit.country()).isEqualTo(new CountryCode("RS"));
    }

    @Test
    void hostile_queries_find_nothing_and_never_fail() {
        publish("serbia", guide("RS", "塞尔维亚SIM卡注销 100%_\\", "Cancel a SIM in Serbia", "拨打热线", "Call the hotline"));

        for (String text : List.of("%", "_", "\\", "%%", "_%", "", " ", "😀", "\u0000", "'; drop table guide; --",
                "注销\u0000", "x".repeat(200), "(注销) & !", "a:* | b", "<->", "'")) {
            assertThatCode(() -> search.find(query(text, Language.ZH_CN))).as(text).doesNotThrowAnyException();
        }
        assertThat(find("%")).isEmpty();
        assertThat(find("_")).isEmpty();
        assertThat(find("😀注销")).containsExactly("serbia");
        assertThat(find("(注销) & !")).containsExactly("serbia");
        assertThat(find("100")).containsExactly("serbia");
        assertThat(jdbc.sql("select count(*) from guide").query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void drafts_and_archived_guides_are_never_found() {
        guides.save(Guide.draft(GuideId.random(), new Slug("draft"),
                guide("RS", "草稿注销", "Draft", "拨打热线", "Call")), "ana", "draft");
        Guide archived = publish("archived", guide("BE", "存档注销", "Archived", "拨打热线", "Call"));
        guides.save(archived.archive(), "ana", "archive");
        Guide edited = publish("edited", guide("RU", "已发布注销", "Published", "拨打热线", "Call"));
        guides.save(edited.edit(guide("RU", "新草稿变更", "New draft", "拨打热线", "Call")), "ana", "edit");

        assertThat(find("注销")).containsExactly("edited");
        assertThat(find("草稿")).isEmpty();
    }

    @Test
    void misses_are_counted_by_normalized_text_without_personal_data() {
        search.recordMiss("註銷 ＥＳＩＭ", Language.ZH_CN);
        search.recordMiss("注销  esim", Language.ZH_CN);
        search.recordMiss("%", Language.ZH_CN);
        search.recordMiss("roaming", Language.EN);

        assertThat(search.misses(10)).extracting(SearchMiss::text, SearchMiss::language, SearchMiss::count)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("注销 esim", Language.ZH_CN, 2L),
                        org.assertj.core.groups.Tuple.tuple("roaming", Language.EN, 1L));
        assertThat(jdbc.sql("select column_name from information_schema.columns where table_name = 'search_miss'")
                .query(String.class).list()).containsExactlyInAnyOrder("query", "language", "count", "last_seen");
    }

    @Test
    void guides_published_before_the_search_columns_existed_are_filled_by_a_migration() {
        assertThat(jdbc.sql("select success from flyway_schema_history where version = '4.1'").query(Boolean.class).single())
                .isTrue();
    }

    @Test
    void the_search_uses_the_gin_indexes() {
        publish("serbia", guide("RS", "塞尔维亚SIM卡注销", "Cancel a SIM in Serbia", "拨打热线", "Call the hotline"));
        // One transaction, so that the setting and the EXPLAIN use the same connection.
        String plan = TestDatabase.transactions().execute(status -> {
            jdbc.sql("set local enable_seqscan = off").update();
            return String.join("\n", jdbc.sql("""
                    explain select guide_id from published_guide
                     where search_words @@ cast('''注销''' as tsquery) and search_text like '%注销%'
                    """).query(String.class).list());
        });
        assertThat(plan).contains("published_guide_search_words");
    }
}
