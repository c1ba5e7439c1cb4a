package dev.waymark.importer;

import dev.waymark.guide.CardType;
import dev.waymark.guide.Platform;
import dev.waymark.guide.WayKind;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * What a heading (or the bold label of a list item) announces, from the words of Chinese, English, Russian and
 * Serbian (Latin and Cyrillic) how-to articles. The first matching rule wins, in the order of {@link Kind}: "注销完成后需要注意什么" is about
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
        KINDS.put(Kind.FAQ, words("常见问题|问答|问题解答|\\bfaq\\b|q\\s*&\\s*a|\\bquestions\\b|frequently asked"
                + "|частые вопросы|вопросы и ответы|česta pitanja|često postavljana pitanja|pitanja i odgovori"
                + "|честа питања|често постављана питања|питања и одговори"));
        KINDS.put(Kind.CHECKS, words("完成后|注销后|办理后|之后|注销成功|检查.{0,8}状态|确认.{0,8}状态|\\bafter\\b|afterwards"
                + "|после (?:отключения|расторжения|отмены|закрытия|того)|nakon (?:otkaz|raskid|gašenj)|posle (?:otkaz|raskid)"
                + "|након (?:отказ|раскид)|после (?:отказ|раскид)"));
        KINDS.put(Kind.REQUIREMENTS, words("条件|前提|特殊情况|欠费|欠款|requirement|condition|before you start|prerequisite"
                + "|услови|условия|перед тем|прежде чем|uslovi|pre nego|пре него|предуслов|preduslov"));
        KINDS.put(Kind.DOCUMENTS, words("材料|证件|资料|所需|documents?\\b|what you need|what to bring|bring"
                + "|документ|понадобится|что взять|dokument|šta vam treba|шта вам треба|šta poneti|шта понети"));
        KINDS.put(Kind.CAUTIONS, words("注意|小贴士|提示|提醒|警告|警惕|困难|技巧|建议|避免|caution|warning|\\btips?\\b|\\bnotes?\\b"
                + "|good to know|важно|внимание|предупрежд|совет|napomen|važno|upozoren|savet|напомен|упозорењ|савет"));
        KINDS.put(Kind.BACKGROUND, words("什么是|优势|好处|必要性|为什么|总结|结语|结论|案例|基本信息|了解|简介|介绍|背景|相关"
                + "|what is|\\bwhy\\b|summary|conclusion|background|introduction|\\babout\\b|related|see also"
                + "|checkable facts|\\bfacts\\b|helpful|была ли .{0,20}полезн|pomoglo|помогло|有帮助|\\bauthor\\b|comments|updates?\\b"
                + "|что такое|почему|итог|заключение|вывод|об авторе|см\\. также|похож|связан|факты|комментари"
                + "|šta je|zašto|zaključak|ukratko|povezan|pogledajte|o autoru|komentar|činjenic"
                + "|шта је|зашто|закључак|укратко|повезан|погледајте|о аутору|коментар|чињениц"));
        WAYS.put(WayKind.DEVICE_SETTINGS, words("设置|解除绑定|删除esim|移除esim|settings|(?:remove|delete|erase) (?:the |your )?esim"
                + "|esim profile|настройк|удал\\w* esim|podešavanj|(?:obri|izbri)\\w* esim|подешавањ|(?:обри|избри)\\w* esim"));
        WAYS.put(WayKind.OPERATOR_APP, words("\\bapp\\b|应用|приложени|aplikacij|апликациј"));
        WAYS.put(WayKind.EMAIL_OR_LETTER, words("邮件|邮寄|信函|书面|e-?mail|letter|\\bpost\\b|\\bby mail\\b"
                + "|письм|почтой|pismo|pismen|poštom|mejl|писм|поштом|писмен|мејл"));
        WAYS.put(WayKind.STORE_VISIT, words("(?<!网上|掌上)营业厅|门店|线下|现场|store|shop|in person|branch"
                + "|салон|офис|отделени|лично(?!\\p{L})|магазин|prodavnic|poslovnic|lično(?!\\p{L})|продавниц|пословниц"));
        WAYS.put(WayKind.ONLINE_ACCOUNT, words("在线|网上|掌上营业厅|线上|官网|网站|online|website|web form|my account"
                + "|онлайн|личн\\w* кабинет|сайт|интернет|onlajn|internet|sajt|nalog|портал|portal|сајт|налог"));
        WAYS.put(WayKind.HOTLINE, words("电话|热线|客服|hotline|(?<![a-z])phone|\\bcall\\b|call cent"
                + "|телефон|звонок|позвон|горяч\\w* лини|telefon|pozivom|pozovite|kontakt centar|korisničk\\w* (?:servis|centar)"
                + "|позивом|позовите|контакт центар|корисничк\\w* (?:сервис|центар)"));
        WAYS.put(WayKind.LET_LAPSE, words("停止充值|自然失效|不再充值|lapse|let it expire"
                + "|не пополня|истечени|bez dopune|ne dopunjava|isteknu|без допуне|не допуњава|истекну"));
        // Words in running text that point at a way; weaker than a heading, so counted, not first-match.
        WAY_WORDS.put(WayKind.ONLINE_ACCOUNT, words("官网|官方网站|网站|在线|网上|线上|登录|online|website|log in|sign in"
                + "|личн\\w* кабинет|на сайте|войдите|onlajn|na sajtu|prijavite se|на сајту|пријавите се"));
        WAY_WORDS.put(WayKind.OPERATOR_APP, words("\\bapp\\b|应用程序|客户端|приложени|aplikacij|апликациј"));
        WAY_WORDS.put(WayKind.HOTLINE, words("热线|拨打|电话|hotline|\\bcall\\b|позвоните|звонок|pozovite|позовите"));
        WAY_WORDS.put(WayKind.STORE_VISIT, words("(?<!网上|掌上)营业厅|门店|线下|store|shop|салон|офис|prodavnic|poslovnic|продавниц|пословниц"));
        WAY_WORDS.put(WayKind.EMAIL_OR_LETTER, words("邮件|邮箱|邮寄|信函|写信|e-?mail|letter|write to|напишите|pišite|пишите|письм|pismo|mejl|писм|мејл"));
        WAY_WORDS.put(WayKind.DEVICE_SETTINGS, words("设置|蜂窝|移除号码|settings|настройк|podešavanj|подешавањ"));
        WAY_WORDS.put(WayKind.LET_LAPSE, words("停止充值|自然失效|不再充值|lapse"));
    }

    private static final Pattern PROCEDURE = words("如何|怎么|怎样|流程|步骤|方法|方式|办理|how to|how do|steps|procedure|\\bways\\b"
            + "|what to do|what i did|how i did|my steps|как это было|как я |kako sam|како сам|我的做法|我是怎么|cancel|terminat|как |порядок|шаги|инструкц|отключ|расторж|kako|koraci|postupak|uputstvo|otkaz"
            + "|raskid|како|кораци|поступак|упутство|отказ|раскид");
    private static final Pattern STEP = Pattern.compile("(?iu)^\\s*(?:第[一二三四五六七八九十百\\d]+步|步骤\\s*[一二三四五六七八九十\\d]+"
            + "|step\\s*\\d+|шаг\\s*\\d+|korak\\s*\\d+|корак\\s*\\d+)");
    private static final Pattern ORDINAL = Pattern.compile("(?iu)^\\s*(?:"
            + "第[一二三四五六七八九十百\\d]+[步章节部分][：:、.．\\s]*"
            + "|步骤\\s*[一二三四五六七八九十\\d]+[：:、.．\\s]*"
            + "|(?:step|part|шаг|korak|корак)\\s*\\d+\\s*[：:.)]?\\s*"
            + "|[（(]?\\d{1,3}[)）.．、]\\s*"
            + "|(?:方法|方式|途径)[一二三四五六七八九十\\d]{1,3}[：:、.．\\s]*"
            + "|[一二三四五六七八九十]{1,3}[、.．]\\s*)");
    private static final Pattern QUESTION = Pattern.compile("(?u)[?？]\\s*$|^\\s*(?:Q\\d*|问|问题\\d*)\\s*[:：]");
    private static final Pattern STORE_ONLY = words("(?:\\bonly\\b|только|(?<!\\p{L})samo(?!\\p{L})|(?<!\\p{L})само(?!\\p{L})|isključivo|искључиво|仅|只能|只可)"
            + "[^.。!?！？\\n]{0,40}?(?:store|shop|branch|in person|салон|офис|отделени|лично|poslovnic|prodavnic|lično"
            + "|пословниц|продавниц|营业厅|门店|线下|本人)"
            + "|in person only|in a store only|не\\s+(?:по телефону|онлайн)[^.\\n]{0,30}только");
    private static final Pattern IPHONE = words("iphone|ipad|\\bios\\b|\\bapple\\b|айфон");
    private static final Pattern ANDROID = words("samsung|galaxy|pixel|android|самсунг|андроид|xiaomi|huawei|小米|华为|三星|安卓");
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

    /** True for a heading shaped as a question: it ends with a question mark, or starts with "Q:" or "问：". */
    static boolean isQuestion(String heading) {
        return QUESTION.matcher(heading.strip()).find();
    }

    /** True when the text says the thing can only be done in person, at a store or branch. */
    static boolean storeOnly(String text) {
        return STORE_ONLY.matcher(text).find();
    }

    /** The first sentence of the text that says it can only be done in person; empty when none does. */
    static Optional<String> storeOnlyStatement(String text) {
        Matcher matcher = STORE_ONLY.matcher(text);
        if (!matcher.find()) {
            return Optional.empty();
        }
        int start = matcher.start();
        while (start > 0 && ".。!?！？\n".indexOf(text.charAt(start - 1)) < 0) {
            start--;
        }
        int end = matcher.end();
        while (end < text.length() && ".。!?！？\n".indexOf(text.charAt(end)) < 0) {
            end++;
        }
        return Optional.of(text.substring(start, Math.min(text.length(), end + 1)).replaceFirst("^[#\\s]+", "").strip());
    }

    /** The device platforms a heading names: iPhone is iOS; Samsung, Pixel and other Android phones are Android. */
    static Set<Platform> platforms(String heading) {
        Set<Platform> platforms = EnumSet.noneOf(Platform.class);
        if (IPHONE.matcher(heading).find()) {
            platforms.add(Platform.IOS);
        }
        if (ANDROID.matcher(heading).find()) {
            platforms.add(Platform.ANDROID);
        }
        return platforms;
    }
}
