package dev.waymark.search;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.waymark.base.TestDatabase;
import dev.waymark.guide.Language;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Supplier;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The search benchmark (not a timed test): 100,000 generated guide texts of realistic length, mixed
 * Chinese and English, then p50/p95 of {@link JdbcSearch} (top 20 ranked) for 1-, 2- and 3-character
 * Chinese queries and Latin queries, side by side with a plain ILIKE and a pg_trgm GIN baseline, and
 * EXPLAIN ANALYZE of the real search. Skipped unless {@code -Dwaymark.benchmark=true}:
 *
 * <pre>./mvnw -B -pl db -am test -Dtest=SearchBenchmark -Dsurefire.failIfNoSpecifiedTests=false -Dwaymark.benchmark=true</pre>
 *
 * Optional: {@code -Dwaymark.benchmark.rows=20000} for a quicker run. For iterating on the search
 * itself: {@code -Dwaymark.benchmark.data=/some/dir} keeps the database in that folder and reuses its rows
 * when it already holds the same number (migrations still run), and {@code -Dwaymark.benchmark.baselines=false}
 * skips the ILIKE and pg_trgm baselines. The documented command sets neither and generates from scratch.
 */
class SearchBenchmark {

    private static final int ROWS = Integer.getInteger("waymark.benchmark.rows", 100_000);
    private static final int RUNS = 25;
    private static final int WARM_UP = 3;
    /** The baselines take seconds per query at 100,000 rows: fewer runs, so the benchmark ends in minutes. */
    private static final int BASELINE_RUNS = 5;
    /** A folder that keeps the generated database between runs; null: the tests' throwaway database. */
    private static final String DATA = System.getProperty("waymark.benchmark.data");
    private static final boolean BASELINES = Boolean.parseBoolean(System.getProperty("waymark.benchmark.baselines", "true"));

    private static final Map<String, List<String>> QUERIES = new LinkedHashMap<>();

    static {
        QUERIES.put("1 character", List.of("卡", "费", "销", "凭", "鑫", "律"));
        QUERIES.put("2 characters", List.of("注销", "运营", "护照", "余额", "漫游"));
        QUERIES.put("3 characters", List.of("运营商", "营业厅", "身份证", "预付费", "确认函"));
        QUERIES.put("Latin", List.of("esim", "passport", "hotline", "contract", "roaming"));
    }

    @Test
    void search_latency_at_100_000_guides() throws Exception {
        assumeTrue(Boolean.getBoolean("waymark.benchmark"), "run with -Dwaymark.benchmark=true");
        EmbeddedPostgres kept = DATA == null ? null
                : EmbeddedPostgres.builder().setDataDirectory(DATA).setCleanDataDirectory(false).start();
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(kept == null ? TestDatabase.jdbcUrl() : kept.getJdbcUrl("postgres", "postgres"));
        config.setUsername("postgres");
        config.setPassword("postgres");
        config.setMaximumPoolSize(2);
        try (kept; HikariDataSource dataSource = new HikariDataSource(config)) {
            JdbcClient jdbc = JdbcClient.create(dataSource);
            if (kept != null) {
                Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
            }
            if (kept != null && jdbc.sql("select count(*) from published_guide where slug like 'benchmark-%'")
                    .query(Integer.class).single() == ROWS) {
                System.out.printf("reusing the %,d rows kept in %s%n", ROWS, DATA);
            } else {
                clear(jdbc);
                long start = System.nanoTime();
                generate(dataSource);
                System.out.printf("generated %,d rows in %.1f s%n", ROWS, (System.nanoTime() - start) / 1e9);
            }
            long start = System.nanoTime();
            jdbc.sql("create extension if not exists pg_trgm").update();
            // On an expression of the column, so that only the baseline's query can use it, not the real search's
            // (production has no trigram index, and the planner would otherwise combine it into Waymark's plans).
            jdbc.sql("create index if not exists benchmark_trgm on published_guide using gin ((search_text || '') gin_trgm_ops)").update();
            System.out.printf("pg_trgm index built in %.1f s%n", (System.nanoTime() - start) / 1e9);
            try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
                statement.execute("vacuum analyze published_guide");
            }
            printSizes(jdbc);

            JdbcSearch search = new JdbcSearch(jdbc,
                    new TransactionTemplate(new DataSourceTransactionManager(dataSource)));
            NamedParameterJdbcTemplate named = new NamedParameterJdbcTemplate(dataSource);
            StringBuilder table = new StringBuilder("""
                    | queries | matching rows (median) | Waymark search p50 / p95 | ILIKE p50 / p95 | pg_trgm GIN p50 / p95 |
                    | --- | ---: | ---: | ---: | ---: |
                    """);
            StringBuilder perQuery = new StringBuilder("""
                    | query | matching rows | Waymark search p50 / p95 | ILIKE p50 / p95 | pg_trgm GIN p50 / p95 |
                    | --- | ---: | ---: | ---: | ---: |
                    """);
            for (Map.Entry<String, List<String>> kind : QUERIES.entrySet()) {
                List<Double> real = new ArrayList<>();
                List<Double> ilike = new ArrayList<>();
                List<Double> trgm = new ArrayList<>();
                List<Integer> counts = new ArrayList<>();
                for (String q : kind.getValue()) {
                    SearchQuery query = new SearchQuery(q, Language.ZH_CN, null, null, null, null, 20);
                    String pattern = "%" + SearchText.escapeLike(SearchText.normalize(q)) + "%";
                    Map<String, Object> params = Map.of("p", pattern, "raw", "%" + SearchText.escapeLike(q) + "%");
                    int count = jdbc.sql("select count(*) from published_guide where search_text like :p")
                            .param("p", pattern).query(Integer.class).single();
                    counts.add(count);
                    List<Double> r = time(() -> search.find(query).size());
                    List<Double> i = !BASELINES ? List.of(Double.NaN) : baseline(() -> named.queryForList("""
                            select guide_id, slug, title from published_guide where body ilike :raw
                             order by (title ilike :raw) desc, slug limit 20
                            """, params).size());
                    List<Double> t = !BASELINES ? List.of(Double.NaN) : baseline(() -> named.queryForList("""
                            select guide_id, slug, title from published_guide where (search_text || '') like :p
                             order by (search_title like :p) desc, slug limit 20
                            """, params).size());
                    perQuery.append("| ").append(q).append(" | ").append(count).append(" | ").append(pp(r))
                            .append(" | ").append(pp(i)).append(" | ").append(pp(t)).append(" |\n");
                    real.addAll(r);
                    ilike.addAll(i);
                    trgm.addAll(t);
                }
                counts.sort(null);
                table.append("| ").append(kind.getKey()).append(": ").append(String.join(" ", kind.getValue()))
                        .append(" | ").append(counts.get(counts.size() / 2)).append(" | ").append(pp(real))
                        .append(" | ").append(pp(ilike)).append(" | ").append(pp(trgm)).append(" |\n");
            }
            System.out.println("\n## Search benchmark: " + ROWS + " rows, top 20 ranked, ms; " + RUNS
                    + " runs per query for Waymark search, " + BASELINE_RUNS + " for the baselines\n");
            System.out.println(table);
            System.out.println(perQuery);
            System.out.println(whereTheTimeGoes(jdbc, new TransactionTemplate(new DataSourceTransactionManager(dataSource)),
                    search));
            // A common title word (narrow index), a rarer one (title-token GIN index), a word in no title but in
            // a fifth of the bodies (body scan stopping at the cap) and one in no guide (the characters' GIN index).
            for (String q : List.of("注销", "运营商", "律", "鑫")) {
                explain(dataSource, q);
            }
        }
    }

    /** Empties the tables the benchmark writes, as {@link TestDatabase#clear()} does, in whichever database it uses. */
    private static void clear(JdbcClient jdbc) {
        jdbc.sql("alter table guide_revision disable trigger guide_revision_immutable").update();
        jdbc.sql("truncate published_guide, guide_revision, guide cascade").update();
        jdbc.sql("alter table guide_revision enable trigger guide_revision_immutable").update();
    }

    /**
     * The whole search against its SQL alone (same transaction settings, same statement, rows read but no
     * hits or snippets built): what is left is the JVM's share.
     */
    private static String whereTheTimeGoes(JdbcClient jdbc, TransactionTemplate transactions, JdbcSearch search) {
        StringBuilder table = new StringBuilder("""
                | query | whole search p50 / p95 | its SQL alone p50 / p95 |
                | --- | ---: | ---: |
                """);
        for (String q : List.of("注销", "运营商", "卡", "律", "esim")) {
            SearchQuery query = new SearchQuery(q, Language.ZH_CN, null, null, null, null, 20);
            JdbcSearch.Statement statement = JdbcSearch.statement(query, SearchText.plan(q));
            List<Double> whole = new ArrayList<>();
            List<Double> sql = new ArrayList<>();
            for (int round = 0; round < 4; round++) { // interleaved, so that load from elsewhere hits both alike
                whole.addAll(time(() -> search.find(query).size()));
                sql.addAll(time(() -> transactions.execute(status -> {
                    jdbc.sql(JdbcSearch.SETTINGS).query().singleRow();
                    return jdbc.sql(statement.sql()).params(statement.params()).query().listOfRows().size();
                })));
            }
            table.append("| ").append(q).append(" | ").append(pp(whole)).append(" | ").append(pp(sql)).append(" |\n");
        }
        return "\nWhere the time goes (" + 4 * RUNS + " runs each, interleaved), ms:\n\n" + table;
    }

    private static List<Double> time(Supplier<Integer> run) {
        return time(run, WARM_UP, RUNS);
    }

    private static List<Double> baseline(Supplier<Integer> run) {
        return time(run, 1, BASELINE_RUNS);
    }

    private static List<Double> time(Supplier<Integer> run, int warmUp, int runs) {
        for (int i = 0; i < warmUp; i++) {
            run.get();
        }
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            run.get();
            millis.add((System.nanoTime() - start) / 1e6);
        }
        return millis;
    }

    private static String pp(List<Double> millis) {
        double[] sorted = millis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return String.format("%.1f / %.1f", percentile(sorted, 50), percentile(sorted, 95));
    }

    private static double percentile(double[] sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static void explain(HikariDataSource dataSource, String q) throws SQLException {
        SearchQuery query = new SearchQuery(q, Language.ZH_CN, null, null, null, null, 20);
        JdbcSearch.Statement statement = JdbcSearch.statement(query, SearchText.plan(q));
        List<String> lines = new NamedParameterJdbcTemplate(dataSource).queryForList(
                "explain (analyze, buffers) " + statement.sql(), statement.params(), String.class);
        System.out.println("\nEXPLAIN (ANALYZE, BUFFERS) of the search for " + q + ":\n");
        lines.forEach(line -> System.out.println("    " + line));
    }

    private static void printSizes(JdbcClient jdbc) {
        jdbc.sql("""
                select c.relname, pg_size_pretty(pg_total_relation_size(c.oid)) as size
                  from pg_class c
                 where c.relname in ('published_guide', 'published_guide_search_words', 'published_guide_search_chars',
                                     'benchmark_trgm')
                """).query().listOfRows().forEach(row -> System.out.println(row.get("relname") + ": " + row.get("size")));
        System.out.println("average body length: " + jdbc.sql("select round(avg(length(body)))::int from published_guide")
                .query(Integer.class).single() + " characters");
    }

    // ---- the generated corpus ----

    /** Words of guides about cancelling mobile service, frequent ones first (picked with a Zipf-like skew). */
    private static final String[] ZH = ("""
            注销 号码 办理 运营商 营业厅 护照 客服 账单 合同 余额 手机 套餐 流量 话费 确认 提交 需要 如果 可以 我们 您的
            之前 之后 离境 出国 回国 身份证 预付费 后付费 充值 停机 销户 申请 表格 签名 邮件 信函 网站 登录 账户 密码
            验证码 短信 拨打 热线 人工 服务 工作日 营业时间 地址 排队 取号 柜台 店员 说明 原因 搬家 离开 国家 塞尔维亚
            比利时 俄罗斯 德国 法国 意大利 西班牙 提前 解约 违约金 费用 退款 押金 设备 分期 付款 银行卡 自动扣款 取消
            授权 委托 亲友 代办 原件 复印件 照片 签证 居留 许可 地址证明 住址 邮编 城市 中心 分店 官网 应用 下载 安装
            删除 配置 文件 设置 网络 蜂窝 移动 数据 漫游 国际 长途 通话 接听 开通 关闭 暂停 恢复 保留 转移 携号转网
            新号 旧号 实体卡 上网卡 确认函 凭证 收据 发票 截图 保存 打印 带上 准备 检查 最后 一个月 天内 立即 生效
            次月 结算 周期 未付 欠费 结清 余额退还 不退 规定 条款 政策 常见问题 注意 警告 提示 步骤 方法 途径 方式
            """).strip().split("\\s+");
    private static final String[] EN = ("""
            the to and a of your you SIM eSIM card number cancel cancellation contract store passport hotline app account
            operator prepaid postpaid bill balance refund fee form signature email letter website login password code
            call agent service hours address queue counter reason moving leaving country data roaming profile settings
            delete network mobile plan transfer port confirmation receipt invoice screenshot save print bring check last
            month days immediately effective next billing cycle unpaid debt settle policy terms warning step way method
            """).strip().split("\\s+");
    /** Everyday characters, from which a larger general vocabulary is made, as in any real text. */
    private static final String COMMON = """
            的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定
            行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些
            然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公
            无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将
            组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金
            增争济阶油思术极交受联什认六共权收证改清美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八
            离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验
            """.replaceAll("\\s+", "");

    private static String generic(Random random) {
        // A pseudo-word of two everyday characters, skewed so some recur often and most rarely.
        int a = (int) Math.floor(Math.pow(random.nextDouble(), 1.5) * COMMON.length());
        int b = (int) Math.floor(Math.pow(random.nextDouble(), 1.5) * COMMON.length());
        return "" + COMMON.charAt(a) + COMMON.charAt(b);
    }

    private static final String[] PUNCTUATION = {"，", "，", "。", "、", "；", "："};
    private static final String[] COUNTRIES = {"RS", "BE", "RU", "DE", "FR", "IT", "ES", "NL", "AT", "PL"};

    private static String zipf(Random random, String[] words) {
        // Frequent words first: the index is skewed towards 0, as real vocabulary is.
        double u = random.nextDouble();
        int index = (int) Math.floor(Math.pow(u, 2.2) * words.length);
        return words[Math.min(index, words.length - 1)];
    }

    private static String chineseText(Random random, int length) {
        StringBuilder text = new StringBuilder(length + 40);
        while (text.length() < length) {
            int words = 4 + random.nextInt(8);
            for (int w = 0; w < words; w++) {
                if (random.nextInt(9) == 0) {
                    text.append(' ').append(zipf(random, EN)).append(' ');
                } else if (random.nextInt(40) == 0) {
                    text.append(' ').append(String.format("%04d %03d %03d", random.nextInt(10_000), random.nextInt(1000),
                            random.nextInt(1000))).append(' ');
                } else if (random.nextInt(3) == 0) {
                    text.append(zipf(random, ZH));
                } else {
                    text.append(generic(random));
                }
            }
            text.append(PUNCTUATION[random.nextInt(PUNCTUATION.length)]);
        }
        return text.toString();
    }

    private static String englishText(Random random, int length) {
        StringBuilder text = new StringBuilder(length + 40);
        while (text.length() < length) {
            int words = 6 + random.nextInt(10);
            for (int w = 0; w < words; w++) {
                text.append(random.nextInt(15) == 0 ? zipf(random, ZH) : zipf(random, EN)).append(' ');
            }
            text.setLength(text.length() - 1);
            text.append(". ");
        }
        return text.toString();
    }

    private static void generate(HikariDataSource dataSource) throws SQLException {
        Random random = new Random(20_260_101L);
        Timestamp now = Timestamp.from(Instant.parse("2026-01-01T00:00:00Z"));
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement guide = connection.prepareStatement("""
                    insert into guide (id, slug, country, topic, status, card_types, operators, title, saved_revision,
                                       published_revision, published_at, version)
                    values (?, ?, ?, 'cancel-mobile-service', 'PUBLISHED', '{physical-sim}', '{}', '{}'::jsonb, 1, 1, ?, 1)
                    """);
                 PreparedStatement revision = connection.prepareStatement("""
                    insert into guide_revision (guide_id, number, slug, content, author) values (?, 1, ?, '{}'::jsonb, 'benchmark')
                    """);
                 PreparedStatement published = connection.prepareStatement("""
                    insert into published_guide (guide_id, language, slug, country, topic, card_types, operators, title,
                                                 summary, body, revision, published_at, ways, search_title, search_text,
                                                 search_words, search_chars, search_title_tokens)
                    values (?, ?, ?, ?, 'cancel-mobile-service', ?::text[], '{}', ?, '', ?, 1, ?, ?::text[], ?, ?,
                            ?::tsvector, ?::tsvector, ?::tsvector)
                    """)) {
                for (int i = 0; i < ROWS; i++) {
                    UUID id = new UUID(0x5EA2C4L, i);
                    String slug = "benchmark-" + i;
                    String country = COUNTRIES[random.nextInt(COUNTRIES.length)];
                    boolean english = random.nextInt(5) == 0;
                    Language language = english ? Language.EN : Language.ZH_CN;
                    String title = english
                            ? "Cancel " + zipf(random, EN) + " " + zipf(random, EN) + " in " + country
                            : zipf(random, ZH) + zipf(random, ZH) + (random.nextBoolean() ? "SIM卡" : "eSIM") + zipf(random, ZH);
                    int length = 380 + random.nextInt(220);
                    String body = title + "\n" + (english ? englishText(random, length) : chineseText(random, length));
                    SearchText.Document document = SearchText.document(title, body);
                    guide.setObject(1, id);
                    guide.setString(2, slug);
                    guide.setString(3, country);
                    guide.setTimestamp(4, now);
                    guide.addBatch();
                    revision.setObject(1, id);
                    revision.setString(2, slug);
                    revision.addBatch();
                    published.setObject(1, id);
                    published.setString(2, language.tag());
                    published.setString(3, slug);
                    published.setString(4, country);
                    published.setString(5, random.nextBoolean() ? "{physical-sim,esim}" : "{prepaid-data}");
                    published.setString(6, title);
                    published.setString(7, body);
                    published.setTimestamp(8, now);
                    published.setString(9, random.nextBoolean() ? "{hotline,store-visit}" : "{online-account}");
                    published.setString(10, document.title());
                    published.setString(11, document.text());
                    published.setString(12, document.words());
                    published.setString(13, document.chars());
                    published.setString(14, document.titleTokens());
                    published.addBatch();
                    if (i % 1000 == 999 || i == ROWS - 1) {
                        guide.executeBatch();
                        revision.executeBatch();
                        published.executeBatch();
                        connection.commit();
                    }
                }
            }
        }
    }

}
