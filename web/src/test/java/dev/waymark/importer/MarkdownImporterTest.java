package dev.waymark.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.waymark.base.DomainJson;
import dev.waymark.guide.CardType;
import dev.waymark.guide.CountryCode;
import dev.waymark.guide.Evidence;
import dev.waymark.guide.GuideContent;
import dev.waymark.guide.Language;
import dev.waymark.guide.LocalizedText;
import dev.waymark.guide.OperatorCode;
import dev.waymark.guide.Step;
import dev.waymark.guide.Way;
import dev.waymark.guide.WayKind;
import dev.waymark.operator.FormerName;
import dev.waymark.operator.Operator;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** The importer over the five real source articles, and over small articles that pin single rules. */
class MarkdownImporterTest {

    private static final List<String> SEEDS = Seeds.ALL;
    private static final Pattern AD = Pattern.compile(
            "\\[\\[TG[^\\]]*]\\([^)]*\\)(?:\\s*!\\[[^\\]]*]\\([^)]*\\))?]");
    private static final Pattern LINE_START = Pattern.compile("^\\s*(?:[-*+]|\\d+[.)]|[QA][:：])\\s*");
    private static final List<Operator> SERBIAN_OPERATORS = List.of(
            operator("rs-mts", "mts"),
            operator("rs-yettel", "Yettel", "Telenor"),
            operator("rs-a1", "A1 Srbija", "Vip mobile"));

    private static Operator operator(String code, String name, String... formerNames) {
        OperatorCode operatorCode = new OperatorCode(code);
        return new Operator(operatorCode, operatorCode.country(), name,
                Stream.of(formerNames).map(former -> new FormerName(former, null, null)).toList(), null, List.of(),
                null, List.of());
    }

    /** Imports a seed article with what detection proposes, as an editor who accepts the form would. */
    private static ImportResult importSeed(String name) {
        String article = Seeds.read(name);
        Detection detected = Detection.of(article);
        return MarkdownImporter.importArticle(article,
                new ImportOptions(detected.country(), detected.cardTypes(), detected.language()), SERBIAN_OPERATORS);
    }

    private static String zh(LocalizedText text) {
        return text.in(Language.ZH_CN).orElse("");
    }

    private static Way way(GuideContent content, WayKind kind) {
        return content.ways().stream().filter(way -> way.kind() == kind).findFirst()
                .orElseThrow(() -> new AssertionError("no way " + kind + " in " + content.ways()));
    }

    private static List<String> steps(GuideContent content, WayKind kind) {
        return way(content, kind).steps().stream().map(step -> zh(step.text())).toList();
    }

    @Test
    void article_000s_online_cancellation_steps_become_four_online_steps_in_order() {
        GuideContent content = importSeed(Seeds.SERBIA_DATA_CARD).content();

        assertThat(zh(content.title())).isEqualTo("塞尔维亚上上网卡怎么注销？——一份超详细指南");
        assertThat(steps(content, WayKind.ONLINE_ACCOUNT)).hasSize(4)
                .satisfies(steps -> {
                    assertThat(steps.get(0)).startsWith("**登录账户**").contains("输入你的用户名和密码登录");
                    assertThat(steps.get(1)).startsWith("**找到注销选项**");
                    assertThat(steps.get(2)).startsWith("**确认注销**");
                    assertThat(steps.get(3)).startsWith("**等待审核**");
                });
        assertThat(zh(way(content, WayKind.ONLINE_ACCOUNT).title())).isEqualTo("在线注销");
        assertThat(zh(way(content, WayKind.ONLINE_ACCOUNT).summary())).contains("以下是基本步骤");
        assertThat(content.ways()).extracting(Way::kind)
                .containsExactly(WayKind.ONLINE_ACCOUNT, WayKind.HOTLINE, WayKind.STORE_VISIT);
        assertThat(steps(content, WayKind.HOTLINE)).singleElement().asString().contains("拨打运营商的客服热线");
    }

    @Test
    void article_000s_special_cases_after_checks_and_tips_land_in_their_parts() {
        ImportResult result = importSeed(Seeds.SERBIA_DATA_CARD);
        GuideContent content = result.content();

        assertThat(content.requirements()).extracting(r -> zh(r.condition())).containsExactly("欠费问题", "合同未到期");
        assertThat(zh(content.requirements().getFirst().whenNotMet())).isEqualTo("先缴纳欠款，然后重新发起注销申请。");
        assertThat(content.checks()).extracting(c -> zh(c.text()))
                .containsExactly("**检查账单记录**：确认所有费用是否已经结清，避免未来出现纠纷。",
                        "**备份重要数据**：如果你之前保存了一些与该账户相关的资料，建议提前备份。",
                        "**关闭自动续费**：如果有开通自动扣款功能，记得及时关闭，以免产生不必要的支出。");
        // The hotline's "注意事项" and the closing tips are cautions.
        assertThat(content.cautions()).extracting(c -> zh(c.text()))
                .contains("如果语言不通，可以尝试找会说英语的朋友帮忙，或者使用翻译软件。", "记录每次操作的时间节点，便于日后查询。")
                .hasSize(5);
        assertThat(zh(content.summary())).startsWith("在塞尔维亚旅行或者长期居住的朋友");
        assertThat(content.unsorted()).contains("## 什么是上上网卡？", "### 上上网卡的优势", "## 注销上上网卡的必要性", "## 总结",
                "欢迎继续探讨哦~");
        assertThat(result.count(ImportPart.STEPS)).isEqualTo(6);
        assertThat(result.count(ImportPart.WAYS)).isEqualTo(3);
        assertThat(result.count(ImportPart.REQUIREMENTS)).isEqualTo(2);
        assertThat(result.count(ImportPart.CHECKS)).isEqualTo(3);
        assertThat(result.count(ImportPart.CAUTIONS)).isEqualTo(5);
        assertThat(result.count(ImportPart.UNSORTED)).isPositive();
    }

    @Test
    void article_001s_numbered_procedure_is_split_by_the_labels_of_its_entries() {
        ImportResult result = importSeed(Seeds.SERBIA_ESIM);
        GuideContent content = result.content();

        assertThat(steps(content, WayKind.HOTLINE)).singleElement().asString().startsWith("**联系运营商客服**");
        assertThat(steps(content, WayKind.ONLINE_ACCOUNT)).hasSize(2)
                .satisfies(steps -> assertThat(steps.getFirst()).startsWith("**提交注销申请**"));
        assertThat(content.requirements()).extracting(r -> zh(r.condition())).containsExactly("确认注销条件");
        assertThat(content.checks()).extracting(c -> zh(c.text())).anySatisfy(text -> assertThat(text).startsWith("**检查设备状态**"));
        assertThat(content.cautions()).extracting(c -> zh(c.text()))
                .anySatisfy(text -> assertThat(text).startsWith("**查找客服电话**"));
        assertThat(content.unsorted()).contains("## 实际案例分享", "小李是一位经常往返于塞尔维亚和中国之间的商人");
        assertThat(result.hints()).contains(new ImportHint(ImportHint.Kind.WAY_GUESSED, "提交注销申请", "online-account"));
    }

    @Test
    void article_002s_channels_become_ways_and_the_information_to_give_becomes_documents() {
        ImportResult result = importSeed(Seeds.SERBIA_4G);
        GuideContent content = result.content();

        assertThat(zh(content.title())).isEqualTo("塞尔维亚4G卡怎么注销？详细步骤和注意事项");
        assertThat(content.requirements()).extracting(r -> zh(r.condition())).containsExactly("欠费状态", "合约未到期", "账户异常");
        assertThat(content.documents()).extracting(d -> zh(d.name())).containsExactly("SIM卡号码", "姓名", "身份证件号码", "注销原因");
        assertThat(steps(content, WayKind.HOTLINE)).singleElement().asString().startsWith("**电话客服**");
        assertThat(steps(content, WayKind.ONLINE_ACCOUNT)).singleElement().asString().startsWith("**在线客服**");
        assertThat(steps(content, WayKind.STORE_VISIT)).singleElement().asString().startsWith("**实体营业厅**");
        assertThat(steps(content, WayKind.EMAIL_OR_LETTER)).hasSize(2);
        assertThat(content.checks()).singleElement().extracting(c -> zh(c.text())).asString().startsWith("**检查SIM卡状态**");
        assertThat(content.cautions()).hasSize(4);
        assertThat(content.unsorted()).contains("### 一、了解塞尔维亚SIM卡的基本信息", "Telenor、A1 Serbia 和 MTEL");
    }

    @Test
    void article_003s_steps_are_limited_to_the_card_type_their_heading_names() {
        GuideContent content = importSeed(Seeds.RUSSIA).content();

        assertThat(content.country()).isEqualTo(new CountryCode("RU"));
        assertThat(content.cardTypes()).containsExactlyInAnyOrder(CardType.PHYSICAL_SIM, CardType.ESIM, CardType.PREPAID_DATA);
        assertThat(way(content, WayKind.HOTLINE).steps()).hasSize(2)
                .allSatisfy(step -> assertThat(step.appliesTo().cardTypes()).containsExactly(CardType.PHYSICAL_SIM));
        assertThat(way(content, WayKind.STORE_VISIT).steps()).hasSize(2);
        assertThat(way(content, WayKind.DEVICE_SETTINGS).steps()).singleElement()
                .satisfies(step -> assertThat(step.appliesTo().cardTypes()).containsExactly(CardType.ESIM));
        List<Step> online = way(content, WayKind.ONLINE_ACCOUNT).steps();
        assertThat(online).hasSize(3);
        assertThat(online.getLast().appliesTo().cardTypes()).containsExactly(CardType.ESIM);
        assertThat(zh(online.getLast().text())).startsWith("**取消账户关联**");
        assertThat(content.checks()).singleElement().satisfies(check -> {
            assertThat(zh(check.text())).startsWith("**确认注销成功**");
            assertThat(check.appliesTo().cardTypes()).containsExactly(CardType.ESIM);
        });
        assertThat(content.cautions()).hasSize(3);
    }

    @Test
    void article_004s_questions_and_answers_become_the_faq() {
        GuideContent content = importSeed(Seeds.BELGIUM).content();

        assertThat(content.faq()).extracting(f -> zh(f.question()))
                .containsExactly("注销上上网卡会影响我的信用记录吗？", "注销后能否重新激活？", "注销后能否转移到其他运营商？");
        assertThat(zh(content.faq().getFirst().answer())).startsWith("不会。");
        assertThat(steps(content, WayKind.DEVICE_SETTINGS)).singleElement().asString().contains("蜂窝移动网络");
        assertThat(steps(content, WayKind.STORE_VISIT)).hasSize(2);
        assertThat(steps(content, WayKind.HOTLINE)).hasSize(2);
        assertThat(content.requirements()).extracting(r -> zh(r.condition())).containsExactly("检查账单并结清欠款");
        assertThat(content.checks()).extracting(c -> zh(c.text())).singleElement().asString().startsWith("**检查eSIM卡状态**");
        assertThat(content.cautions()).hasSize(4);
        assertThat(content.unsorted()).contains("### 一、确认你的上上网卡类型", "### 六、总结");
    }

    @ParameterizedTest
    @FieldSource("SEEDS")
    void no_messaging_link_or_promotion_survives_anywhere_in_the_content(String seed) {
        ImportResult result = importSeed(seed);
        String json = DomainJson.mapper().writeValueAsString(result.content());

        assertThat(json).doesNotContain("t.me", "promo-channel", "TG💪", "images.example", "Image");
        assertThat(Promotions.promotes(json)).isFalse();
    }

    @ParameterizedTest
    @FieldSource("SEEDS")
    void the_promotion_is_reported_line_by_line_as_dropped(String seed) {
        String article = Seeds.read(seed);
        ImportResult result = importSeed(seed);
        int lastLine = (int) article.lines().count();

        assertThat(result.dropped()).hasSize(2);
        DroppedLine title = result.dropped().getFirst();
        assertThat(title.line()).isEqualTo(1);
        assertThat(title.text()).isEqualTo("[[TG💪+ @promo-channel](https://t.me/s/promo-channel)]");
        assertThat(title.wholeLine()).isFalse();
        DroppedLine closing = result.dropped().getLast();
        assertThat(closing.line()).isEqualTo(lastLine);
        assertThat(closing.text()).contains("https://t.me/s/promo-channel", "![Image](https://images.example/");
        assertThat(article.lines().toList().get(closing.line() - 1)).contains(closing.text());
    }

    /**
     * Nothing but the promotion is lost: every line of the article that is not a heading, with its promotion
     * taken out, is found word for word (Markdown marks and punctuation aside) in some part of the guide.
     */
    @ParameterizedTest
    @FieldSource("SEEDS")
    void every_line_of_text_ends_up_somewhere_in_the_guide(String seed) {
        GuideContent content = importSeed(seed).content();
        String corpus = String.join("\u0000", texts(content).stream().map(MarkdownImporterTest::normalized).toList());

        List<String> lost = new ArrayList<>();
        int checked = 0;
        for (String line : Seeds.read(seed).lines().toList()) {
            if (line.strip().startsWith("#")) {
                continue;
            }
            String text = normalized(LINE_START.matcher(AD.matcher(line).replaceAll("")).replaceFirst(""));
            if (!text.isEmpty()) {
                checked++;
                if (!corpus.contains(text)) {
                    lost.add(line);
                }
            }
        }
        assertThat(checked).isGreaterThan(15);
        assertThat(lost).isEmpty();
    }

    private static String normalized(String text) {
        return text.codePoints().filter(Character::isLetterOrDigit)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }

    /** Every text of the guide, each item's fields joined in order. */
    private static List<String> texts(GuideContent content) {
        List<String> texts = new ArrayList<>(List.of(zh(content.title()), zh(content.summary()), content.unsorted()));
        content.requirements().forEach(r -> texts.add(zh(r.condition()) + zh(r.whenNotMet())));
        content.documents().forEach(d -> texts.add(zh(d.name()) + zh(d.note())));
        for (Way way : content.ways()) {
            texts.add(zh(way.title()));
            texts.add(zh(way.summary()));
            way.steps().forEach(step -> texts.add(zh(step.text()) + zh(step.expected()) + zh(step.warning())));
        }
        content.checks().forEach(c -> texts.add(zh(c.text())));
        content.cautions().forEach(c -> texts.add(zh(c.text())));
        content.faq().forEach(f -> texts.add(zh(f.question()) + zh(f.answer())));
        return texts;
    }

    @ParameterizedTest
    @FieldSource("SEEDS")
    void every_statement_taken_from_an_article_is_marked_unverified_and_no_operator_is_added(String seed) {
        GuideContent content = importSeed(seed).content();

        List<Evidence> evidence = new ArrayList<>();
        content.requirements().forEach(r -> evidence.add(r.evidence()));
        content.documents().forEach(d -> evidence.add(d.evidence()));
        content.ways().forEach(way -> {
            evidence.add(way.evidence());
            way.steps().forEach(step -> evidence.add(step.evidence()));
        });
        content.checks().forEach(c -> evidence.add(c.evidence()));
        content.cautions().forEach(c -> evidence.add(c.evidence()));
        content.faq().forEach(f -> evidence.add(f.evidence()));
        assertThat(evidence).isNotEmpty().allMatch(Evidence::unverified);
        assertThat(content.operators()).isEmpty();
        assertThat(content.isPublishable()).as("the unsorted part blocks publishing").isFalse();
    }

    @Test
    void operators_the_text_names_are_hints_by_current_or_former_name() {
        assertThat(importSeed(Seeds.SERBIA_4G).hints()).contains(
                new ImportHint(ImportHint.Kind.OPERATOR, "Telenor", "rs-yettel"),
                new ImportHint(ImportHint.Kind.OPERATOR, "A1", "rs-a1"));
        assertThat(importSeed(Seeds.SERBIA_DATA_CARD).hints())
                .contains(new ImportHint(ImportHint.Kind.OPERATOR, "Vip", "rs-a1"))
                .noneMatch(hint -> hint.detail().equals("rs-mts"));
    }

    @Test
    void detection_proposes_country_card_types_and_language_for_each_article() {
        assertThat(Detection.of(Seeds.read(Seeds.SERBIA_DATA_CARD)))
                .isEqualTo(new Detection(new CountryCode("RS"), Set.of(CardType.PREPAID_DATA), Language.ZH_CN));
        assertThat(Detection.of(Seeds.read(Seeds.SERBIA_ESIM)).cardTypes()).containsExactly(CardType.ESIM);
        assertThat(Detection.of(Seeds.read(Seeds.SERBIA_4G)).cardTypes()).containsExactly(CardType.PHYSICAL_SIM);
        assertThat(Detection.of(Seeds.read(Seeds.RUSSIA)).country()).isEqualTo(new CountryCode("RU"));
        assertThat(Detection.of(Seeds.read(Seeds.BELGIUM)))
                .isEqualTo(new Detection(new CountryCode("BE"), Set.of(CardType.values()), Language.ZH_CN));
        assertThat(Detection.of("# Cancelling an eSIM in Belgium\n\nCall the hotline.")).isEqualTo(
                new Detection(new CountryCode("BE"), Set.of(CardType.ESIM), Language.EN));
        assertThat(Detection.of("Just some text.").country()).isNull();
    }

    @Test
    void an_english_article_is_read_with_the_same_rules() {
        String article = """
                # How to cancel your SIM in Serbia

                Leaving Serbia? Cancel first.

                ## Before you start

                - **No unpaid bills**: pay the final bill first.

                ## Online

                1. Log in to your account.
                2. Choose *Cancel service*.

                ## Questions

                Q: Can I get my credit back?

                A: Usually not.

                ## About the author

                I travel a lot.
                """;
        ImportResult result = MarkdownImporter.importArticle(article,
                new ImportOptions(new CountryCode("RS"), Set.of(CardType.PHYSICAL_SIM), Language.EN), List.of());
        GuideContent content = result.content();

        assertThat(content.title().in(Language.EN)).contains("How to cancel your SIM in Serbia");
        assertThat(content.requirements()).singleElement().satisfies(r -> {
            assertThat(r.condition().in(Language.EN)).contains("No unpaid bills");
            assertThat(r.whenNotMet().in(Language.EN)).contains("pay the final bill first.");
        });
        assertThat(way(content, WayKind.ONLINE_ACCOUNT).steps()).extracting(step -> step.text().in(Language.EN).orElse(""))
                .containsExactly("Log in to your account.", "Choose *Cancel service*.");
        assertThat(content.faq()).singleElement().satisfies(f -> {
            assertThat(f.question().in(Language.EN)).contains("Can I get my credit back?");
            assertThat(f.answer().in(Language.EN)).contains("Usually not.");
        });
        assertThat(content.unsorted()).isEqualTo("## About the author\n\nI travel a lot.");
        assertThat(result.dropped()).isEmpty();
    }

    @Test
    void messaging_handles_channel_links_and_image_only_lines_are_dropped_but_other_links_stay() {
        String article = """
                # Cancel a SIM

                ## Store visit

                1. Go to a store, see [mts](https://mts.rs/Privatni) for addresses.
                2. Bring your passport.

                Join us on https://t.me/somechannel for deals
                微信：esimdeals88
                ![banner](https://example.com/banner.png)
                Contact WhatsApp: +38160123456 [chat](https://wa.me/38160123456)
                """;
        ImportResult result = MarkdownImporter.importArticle(article,
                new ImportOptions(new CountryCode("RS"), Set.of(CardType.PHYSICAL_SIM), Language.EN), List.of());

        assertThat(result.dropped()).extracting(DroppedLine::line, DroppedLine::wholeLine).containsExactly(
                org.assertj.core.groups.Tuple.tuple(8, false), org.assertj.core.groups.Tuple.tuple(9, true),
                org.assertj.core.groups.Tuple.tuple(10, true), org.assertj.core.groups.Tuple.tuple(11, false));
        assertThat(result.dropped().getFirst().text()).isEqualTo("https://t.me/somechannel");
        String json = DomainJson.mapper().writeValueAsString(result.content());
        assertThat(json).contains("https://mts.rs/Privatni").doesNotContain("t.me", "esimdeals88", "banner.png", "wa.me");
        // A phone number is not a handle: it stays for the editor to judge.
        assertThat(result.content().unsorted()).contains("Join us on", "for deals", "Contact WhatsApp: +38160123456");
    }

    @Test
    void empty_oversized_and_promotion_only_articles_are_refused_with_a_reason() {
        ImportOptions options = new ImportOptions(new CountryCode("RS"), Set.of(CardType.ESIM), Language.ZH_CN);

        assertThatThrownBy(() -> MarkdownImporter.importArticle("  \n", options, List.of()))
                .hasMessageContaining("empty");
        assertThatThrownBy(() -> MarkdownImporter.importArticle("字".repeat(MarkdownImporter.MAX_LENGTH + 1), options,
                List.of())).hasMessageContaining("too long");
        assertThatThrownBy(() -> MarkdownImporter.importArticle("[[TG💪+ @promo-channel](https://t.me/s/promo-channel)]", options,
                List.of())).hasMessageContaining("nothing but promotion");
    }
}
