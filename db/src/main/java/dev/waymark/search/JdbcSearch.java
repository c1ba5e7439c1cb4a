package dev.waymark.search;

import dev.waymark.guide.PublishedFacets;
import dev.waymark.guide.CardType;
import dev.waymark.guide.CountryCode;
import dev.waymark.guide.GuideId;
import dev.waymark.guide.Language;
import dev.waymark.guide.OperatorCode;
import dev.waymark.guide.Slug;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Search over the {@code published_guide} rows with the GIN-indexed token vectors that
 * {@link SearchText} computes. The index narrows the candidates; an escaped {@code LIKE} per query
 * part on the normalized text decides; only the hits returned get a snippet.
 *
 * <p>Hits come in two tiers: title matches, ranked by how much of the title the query is, then body
 * matches, ranked by {@code ts_rank} over the whole text; within each, guides in the reader's language
 * first. Body matches are only looked for when the title matches cannot fill the page.
 */
@Repository
public class JdbcSearch implements Search {

    /**
     * At most this many title matches are ranked. A query whose words sit in more titles than that (a single
     * common character, say) ranks a sample of them: results stay correct, only their order among equals is
     * approximate. Title matches cost little each (the title is short and ranked by its own small vector).
     */
    static final int TITLE_CANDIDATES = 500;

    /**
     * At most this many body matches are ranked, and only when the title matches do not fill the page:
     * each costs a recheck of the whole text and a ranking over its token vector, which is stored apart (TOAST).
     */
    static final int BODY_CANDIDATES = 100;

    /**
     * Settings for the transaction of one search. A generic plan of a prepared statement cannot know how common
     * the tokens are and falls back to scanning and ranking every row; a plan made for the actual tokens uses
     * the caps. JIT compilation (where the server has it) costs more than these short queries take.
     */
    static final String SETTINGS = "select set_config('plan_cache_mode', 'force_custom_plan', true), set_config('jit', 'off', true)";

    private final JdbcClient jdbc;
    private final TransactionOperations transactions;

    public JdbcSearch(JdbcClient jdbc, TransactionOperations transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    @Override
    public List<SearchHit> find(SearchQuery query) {
        SearchText.Plan plain = SearchText.plan(query.text());
        if (plain.isEmpty()) {
            return List.of();
        }
        List<String> russian = SearchText.cyrillicWords(query.text());
        List<SearchHit> hits = transactions.execute(status -> {
            SearchText.Plan plan = russian.isEmpty() ? plain : SearchText.plan(query.text(), stems(russian));
            Statement statement = statement(query, plan);
            jdbc.sql(SETTINGS).query().singleRow();
            return jdbc.sql(statement.sql()).params(statement.params()).query((rs, row) -> hit(rs, plan.parts())).list();
        });
        return hits == null ? List.of() : hits;
    }

    /** Russian words' stems by PostgreSQL's own Snowball stemmer; a stop word or a word it leaves whole is left out. */
    private Map<String, String> stems(List<String> words) {
        Map<String, String> stems = new HashMap<>();
        jdbc.sql("select w, (ts_lexize('russian_stem', w))[1] as stem from unnest(cast(:words as text[])) as w")
                .param("words", words.toArray(String[]::new))
                .query((rs, row) -> {
                    String stem = rs.getString("stem");
                    if (stem != null) {
                        stems.put(rs.getString("w"), stem);
                    }
                    return stem;
                }).list();
        return stems;
    }

    /** The SQL of a search and its parameters, for {@link #find} and for EXPLAIN in the benchmark. */
    record Statement(String sql, Map<String, @Nullable Object> params) {
    }

    static Statement statement(SearchQuery query, SearchText.Plan plan) {
        Map<String, @Nullable Object> params = new HashMap<>();
        StringBuilder filters = new StringBuilder();
        PublishedFacets.where(filters, params, query.country(), query.cardType(), query.operator(), query.way());
        List<String> tokens = new ArrayList<>();
        if (plan.words() != null) {
            tokens.add("search_words @@ cast(:words as tsquery)");
            params.put("words", plan.words());
        }
        if (plan.chars() != null) {
            tokens.add("search_chars @@ cast(:chars as tsquery)");
            params.put("chars", plan.chars());
        }
        params.put("title", plan.title());
        List<String> inText = new ArrayList<>();
        List<String> inTitle = new ArrayList<>();
        for (int i = 0; i < plan.parts().size(); i++) {
            inText.add("search_text like :p" + i + " escape '\\'");
            inTitle.add("search_title like :p" + i + " escape '\\'");
            params.put("p" + i, plan.parts().get(i).likePattern());
        }
        String bodyRank = plan.words() != null
                ? "ts_rank(search_words, cast(:words as tsquery), 1)"
                : "ts_rank(search_chars, cast(:chars as tsquery), 1)";
        params.put("language", query.language().tag());
        params.put("limit", query.limit());
        params.put("titleCandidates", TITLE_CANDIDATES);
        params.put("bodyCandidates", BODY_CANDIDATES);
        // Title matches: found through the title-token GIN index for rarer words, or for common ones by reading
        // the narrow published_guide_titles index until the cap, then rechecked against the title alone: it
        // contains every part, so the whole text does too. (The recheck comes after the cap: it almost never
        // drops a row, and left inside it would make the planner think title matches 10 times rarer than they
        // are.) Ranked by how much of the title the query is. A title match in another language than the
        // reader's is left out when the guide's row in the reader's language matches as well: that row is the
        // guide's hit (checked for at most the capped rows, one key lookup each). Body matches are gathered,
        // rechecked against the whole text and ranked only when the title matches cannot fill the page, since
        // they all rank below them. Each kind is capped, so a query found in most guides costs no more than one
        // found in a thousand; only the hits returned get snippets.
        String sql = """
                with title_hits as materialized (
                    select guide_id, language, search_title, ts_rank(search_title_tokens, cast(:title as tsquery), 1) as rank
                      from published_guide p
                     where search_title_tokens @@ cast(:title as tsquery) %1$s
                     limit :titleCandidates
                ), titles as materialized (
                    select guide_id, language, rank from title_hits t
                     where %3$s
                       and (language = :language
                            or (select 1 from published_guide r
                                 where r.guide_id = t.guide_id and r.language = :language and %4$s and %2$s limit 1) is null)
                ), bodies as (
                    select guide_id, language, (%3$s) as title_match,
                           case when %3$s then ts_rank(search_title_tokens, cast(:title as tsquery), 1) else %5$s end as rank
                      from published_guide p
                     where (select count(*) from titles) < :limit and %4$s and %2$s %1$s
                     limit :bodyCandidates
                ), candidates as (
                    select guide_id, language, true as title_match, rank from titles
                    union all
                    select guide_id, language, title_match, rank from bodies
                ), best as (
                    select distinct on (guide_id) guide_id, language, title_match, rank
                      from candidates
                     order by guide_id, (language = :language) desc, title_match desc, rank desc
                ), top as (
                    select * from best order by title_match desc, (language = :language) desc, rank desc limit :limit
                )
                select p.guide_id, p.slug, p.country, p.language, p.title, p.summary, p.body, p.card_types,
                       p.operators, t.title_match, t.rank
                  from top t join published_guide p on p.guide_id = t.guide_id and p.language = t.language
                 order by t.title_match desc, (t.language = :language) desc, t.rank desc, p.slug
                """.formatted(filters, String.join(" and ", tokens), String.join(" and ", inTitle),
                String.join(" and ", inText), bodyRank);
        return new Statement(sql, params);
    }

    private static SearchHit hit(ResultSet rs, List<SearchText.Part> parts) throws SQLException {
        String title = rs.getString("title");
        return new SearchHit(new GuideId(rs.getObject("guide_id", UUID.class)), new Slug(rs.getString("slug")),
                new CountryCode(rs.getString("country")), Language.of(rs.getString("language")),
                title, rs.getString("summary"), PublishedFacets.cardTypes(rs.getArray("card_types")), PublishedFacets.operators(rs.getArray("operators")),
                Snippets.of(title, rs.getString("body"), parts), rs.getBoolean("title_match"), rs.getDouble("rank"));
    }

    @Override
    public void recordMiss(String text, Language language) {
        SearchText.Plan plan = SearchText.plan(text);
        if (plan.isEmpty()) {
            return;
        }
        String normalized = String.join(" ", plan.parts().stream().map(SearchText.Part::text).toList());
        if (normalized.length() > SearchQuery.MAX_LENGTH) {
            normalized = normalized.substring(0, normalized.offsetByCodePoints(0,
                    normalized.codePointCount(0, SearchQuery.MAX_LENGTH)));
        }
        jdbc.sql("""
                insert into search_miss (query, language, count, last_seen) values (:query, :language, 1, now())
                on conflict (query, language) do update set count = search_miss.count + 1, last_seen = now()
                """)
                .param("query", normalized)
                .param("language", language.tag())
                .update();
    }

    @Override
    public List<SearchMiss> misses(int limit) {
        return jdbc.sql("select query, language, count, last_seen from search_miss order by count desc, last_seen desc limit :limit")
                .param("limit", limit)
                .query((rs, row) -> new SearchMiss(rs.getString("query"),
                        Language.of(rs.getString("language")), rs.getLong("count"),
                        rs.getTimestamp("last_seen").toInstant()))
                .list();
    }
}
