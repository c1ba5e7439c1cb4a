package dev.waymark.search;

import dev.waymark.guide.CardType;
import dev.waymark.guide.CountryCode;
import dev.waymark.guide.GuideId;
import dev.waymark.guide.Language;
import dev.waymark.guide.OperatorCode;
import dev.waymark.guide.Slug;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Search over the {@code published_guide} rows with the GIN-indexed token vectors that
 * {@link SearchText} computes. The index narrows the candidates; an escaped {@code LIKE} per query
 * part on the normalized text decides; only the hits returned get a snippet.
 */
@Repository
public class JdbcSearch implements Search {

    private final JdbcClient jdbc;

    public JdbcSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<SearchHit> find(SearchQuery query) {
        SearchText.Plan plan = SearchText.plan(query.text());
        if (plan.isEmpty()) {
            return List.of();
        }
        Map<String, @Nullable Object> params = new HashMap<>();
        StringBuilder where = new StringBuilder("true");
        if (plan.words() != null) {
            where.append(" and search_words @@ cast(:words as tsquery)");
            params.put("words", plan.words());
        }
        if (plan.chars() != null) {
            where.append(" and search_chars @@ cast(:chars as tsquery)");
            params.put("chars", plan.chars());
        }
        List<String> inTitle = new ArrayList<>();
        for (int i = 0; i < plan.parts().size(); i++) {
            where.append(" and search_text like :p").append(i).append(" escape '\\'");
            inTitle.add("search_title like :p" + i + " escape '\\'");
            params.put("p" + i, plan.parts().get(i).likePattern());
        }
        if (query.country() != null) {
            where.append(" and country = :country");
            params.put("country", query.country().value());
        }
        if (query.cardType() != null) {
            where.append(" and card_types @> array[cast(:cardType as text)]");
            params.put("cardType", query.cardType().key());
        }
        if (query.operator() != null) {
            where.append(" and operators @> array[cast(:operator as text)]");
            params.put("operator", query.operator().value());
        }
        if (query.way() != null) {
            where.append(" and ways @> array[cast(:way as text)]");
            params.put("way", query.way().key());
        }
        String rank = plan.words() != null
                ? "ts_rank(search_words, cast(:words as tsquery), 1)"
                : "ts_rank(search_chars, cast(:chars as tsquery), 1)";
        params.put("language", query.language().tag());
        params.put("limit", query.limit());
        String sql = """
                with matched as (
                    select guide_id, language, (%s) as title_match, %s as rank
                      from published_guide
                     where %s
                ), best as (
                    select distinct on (guide_id) guide_id, language, title_match, rank
                      from matched
                     order by guide_id, (language = :language) desc, title_match desc, rank desc
                )
                select p.guide_id, p.slug, p.country, p.language, p.title, p.summary, p.body, p.card_types,
                       p.operators, b.title_match, b.rank
                  from best b join published_guide p on p.guide_id = b.guide_id and p.language = b.language
                 order by b.title_match desc, (b.language = :language) desc, b.rank desc, p.slug
                 limit :limit
                """.formatted(String.join(" and ", inTitle), rank, where);
        return jdbc.sql(sql).params(params).query((rs, row) -> hit(rs, plan.parts())).list();
    }

    private static SearchHit hit(ResultSet rs, List<SearchText.Part> parts) throws SQLException {
        String title = rs.getString("title");
        return new SearchHit(new GuideId(rs.getObject("guide_id", UUID.class)), new Slug(rs.getString("slug")),
                new CountryCode(rs.getString("country")), Language.fromTag(rs.getString("language")).orElseThrow(),
                title, rs.getString("summary"), cardTypes(rs.getArray("card_types")), operators(rs.getArray("operators")),
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
                        Language.fromTag(rs.getString("language")).orElseThrow(), rs.getLong("count"),
                        rs.getTimestamp("last_seen").toInstant()))
                .list();
    }

    private static Set<CardType> cardTypes(Array array) throws SQLException {
        Set<CardType> types = EnumSet.noneOf(CardType.class);
        for (String key : (String[]) array.getArray()) {
            CardType.fromKey(key).ifPresent(types::add);
        }
        return types;
    }

    private static List<OperatorCode> operators(Array array) throws SQLException {
        return Arrays.stream((String[]) array.getArray()).map(OperatorCode::new).toList();
    }
}
