package dev.waymark.importer;

import dev.waymark.guide.CardType;
import dev.waymark.guide.WayKind;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * What a heading (or the bold label of a list item) announces, from the words of Chinese and English
 * how-to articles. The first matching rule wins, in the order of {@link Kind}: "注销完成后需要注意什么" is about
 * after-checks before it is a caution, "在线客服" is an online way before it is a hotline.
 */
final class Headings {

    /** What a section holds. */
    enum Kind {
        FAQ, CHECKS, REQUIREMENTS, DOCUMENTS, CAUTIONS,
        /** Background, motivation, summaries, anecdotes: nothing a traveler follows; goes to unsorted. */
        BACKGROUND,
        /** One way to do it; {@link Classified#way()} says which. */
        WAY,
        /** A container of ways and steps ("如何注销", "具体步骤"). */
        PROCEDURE,
        /** Nothing recognised. */
        OTHER
    }

    record Classified(Kind kind, @Nullable WayKind way) {
    }

    private static final Map<Kind, Pattern> KINDS = new LinkedHashMap<>();
    private static final Map<WayKind, Pattern> WAYS = new LinkedHashMap<>();
    private static final Map<WayKind, Pattern> WAY_WORDS = new LinkedHashMap<>();

    static {
        KINDS.put(Kind.FAQ, words("常见问题|问答|问题解答|疑问|\\bfaq\\b|q\\s*&\\s*a|questions"));
        KINDS.put(Kind.CHECKS, words("完成后|注销后|办理后|之后|注销成功|检查.{0,8}状态|确认.{0,8}状态|\\bafter\\b|afterwards"));
        KINDS.put(Kind.REQUIREMENTS, words("条件|前提|特殊情况|欠费|欠款|requirement|condition|before you start|prerequisite"));
        KINDS.put(Kind.DOCUMENTS, words("材料|证件|资料|所需|documents?\\b|what you need|bring"));
        KINDS.put(Kind.CAUTIONS, words("注意|小贴士|提示|提醒|警告|警惕|困难|技巧|建议|避免|caution|warning|\\btips?\\b|\\bnotes?\\b"));
        KINDS.put(Kind.BACKGROUND, words("什么是|优势|好处|必要性|为什么|总结|结语|结论|案例|基本信息|了解|简介|介绍|背景"
                + "|what is|\\bwhy\\b|summary|conclusion|background|introduction|\\babout\\b"));
        WAYS.put(WayKind.DEVICE_SETTINGS, words("设置|解除绑定|settings"));
        WAYS.put(WayKind.OPERATOR_APP, words("\\bapp\\b|应用"));
        WAYS.put(WayKind.EMAIL_OR_LETTER, words("邮件|邮寄|信函|书面|e-?mail|letter|\\bpost\\b"));
        WAYS.put(WayKind.STORE_VISIT, words("营业厅|门店|线下|现场|store|shop|in person"));
        WAYS.put(WayKind.ONLINE_ACCOUNT, words("在线|网上|线上|官网|网站|online|website"));
        WAYS.put(WayKind.HOTLINE, words("电话|热线|客服|hotline|phone|\\bcall\\b"));
        WAYS.put(WayKind.LET_LAPSE, words("停止充值|自然失效|不再充值|lapse"));
        // Words in running text that point at a way; weaker than a heading, so counted, not first-match.
        WAY_WORDS.put(WayKind.ONLINE_ACCOUNT, words("官网|官方网站|网站|在线|网上|线上|登录|online|website|log in"));
        WAY_WORDS.put(WayKind.OPERATOR_APP, words("\\bapp\\b|应用程序|客户端"));
        WAY_WORDS.put(WayKind.HOTLINE, words("热线|拨打|电话|hotline|\\bcall\\b"));
        WAY_WORDS.put(WayKind.STORE_VISIT, words("营业厅|门店|线下|store|shop"));
        WAY_WORDS.put(WayKind.EMAIL_OR_LETTER, words("邮件|邮箱|邮寄|信函|e-?mail|letter"));
        WAY_WORDS.put(WayKind.DEVICE_SETTINGS, words("设置|蜂窝|移除号码|settings"));
        WAY_WORDS.put(WayKind.LET_LAPSE, words("停止充值|自然失效|不再充值|lapse"));
    }

    private static final Pattern PROCEDURE = words("如何|怎么|怎样|流程|步骤|方法|方式|办理|how to|steps|procedure|\\bways\\b");
    private static final Pattern STEP = Pattern.compile("(?i)^\\s*(?:第[一二三四五六七八九十百\\d]+步|步骤\\s*[一二三四五六七八九十\\d]+|step\\s*\\d+)");
    private static final Pattern ORDINAL = Pattern.compile("(?i)^\\s*(?:"
            + "第[一二三四五六七八九十百\\d]+[步章节部分][：:、.．\\s]*"
            + "|步骤\\s*[一二三四五六七八九十\\d]+[：:、.．\\s]*"
            + "|(?:step|part)\\s*\\d+\\s*[：:.)]?\\s*"
            + "|[（(]?\\d{1,3}[)）.．、]\\s*"
            + "|[一二三四五六七八九十]{1,3}[、.．]\\s*)");
    private static final Pattern ESIM = words("esim");
    private static final Pattern PHYSICAL = words("实体sim|物理sim|实体卡|(?<!e)sim卡|4g卡|physical sim|(?<!e)sim card");
    private static final Pattern PREPAID = words("上网卡|预付费|流量卡|prepaid|data card|data sim");

    private Headings() {
    }

    private static Pattern words(String regex) {
        return Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    static Classified classify(String heading) {
        String text = withoutOrdinal(heading);
        for (Map.Entry<Kind, Pattern> rule : KINDS.entrySet()) {
            if (rule.getValue().matcher(text).find()) {
                return new Classified(rule.getKey(), null);
            }
        }
        for (Map.Entry<WayKind, Pattern> rule : WAYS.entrySet()) {
            if (rule.getValue().matcher(text).find()) {
                return new Classified(Kind.WAY, rule.getKey());
            }
        }
        return new Classified(PROCEDURE.matcher(text).find() ? Kind.PROCEDURE : Kind.OTHER, null);
    }

    /** True for headings such as "第一步：登录账户" or "Step 2": one step of the way they are under. */
    static boolean isStep(String heading) {
        return STEP.matcher(heading).find();
    }

    /** The heading without its numbering: "第一步：登录账户" is "登录账户", "### 2. 电话注销" is "电话注销". */
    static String withoutOrdinal(String heading) {
        String text = heading.strip();
        String stripped = ORDINAL.matcher(text).replaceFirst("").strip();
        return stripped.isEmpty() ? text : stripped;
    }

    /**
     * The way that running text most points at, by counting its words; empty when it names none. Ties go to the
     * way listed first (online before app before hotline...).
     */
    static Optional<WayKind> guessWay(String text) {
        Map<WayKind, Integer> counts = new EnumMap<>(WayKind.class);
        WAY_WORDS.forEach((way, pattern) -> counts.put(way, (int) pattern.matcher(text).results().count()));
        WayKind best = null;
        int most = 0;
        for (WayKind way : WAY_WORDS.keySet()) {
            if (counts.get(way) > most) {
                best = way;
                most = counts.get(way);
            }
        }
        return Optional.ofNullable(best);
    }

    /** The card types a piece of text names, in enum order. */
    static List<CardType> cardTypes(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return java.util.stream.Stream.of(
                        PHYSICAL.matcher(lower).find() ? CardType.PHYSICAL_SIM : null,
                        ESIM.matcher(lower).find() ? CardType.ESIM : null,
                        PREPAID.matcher(lower).find() ? CardType.PREPAID_DATA : null)
                .filter(java.util.Objects::nonNull).toList();
    }
}
