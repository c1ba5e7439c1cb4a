package dev.waymark.guide;

import dev.waymark.base.DomainJson;
import dev.waymark.search.SearchText;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionOperations;
import tools.jackson.databind.json.JsonMapper;

/**
 * Guides in PostgreSQL. Every save runs in one transaction: the version check, the new revision, the
 * guide row and the published rows are written together or not at all.
 */
@Repository
public class JdbcGuides implements Guides {

    private static final String GUIDE_COLUMNS = """
            g.id, g.slug, g.status, g.saved_revision, g.published_revision, g.version, r.content
            """;

    private final JdbcClient jdbc;
    private final TransactionOperations transactions;
    private final JsonMapper json = DomainJson.mapper();

    public JdbcGuides(JdbcClient jdbc, TransactionOperations transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    @Override
    public Guide save(Guide guide, String author, String message) {
        Guide saved = transactions.execute(status -> guide.version() == 0
                ? insert(guide, author, message)
                : update(guide, author, message));
        if (saved == null) {
            throw new IllegalStateException("the transaction returned no guide");
        }
        return saved;
    }

    private Guide insert(Guide guide, String author, String message) {
        if (guide.publishedRevision() != null) {
            throw new IllegalArgumentException("a new guide is saved as a draft first, then published");
        }
        Instant now = Instant.now();
        Guide stored = new Guide(guide.id(), guide.slug(), guide.content(), guide.status(), 1,
                guide.publishedRevision(), 1);
        try {
            jdbc.sql("""
                    insert into guide (id, slug, country, topic, status, card_types, operators, title, review_due,
                                       saved_revision, published_revision, published_at, version, created_at, updated_at)
                    values (:id, :slug, :country, :topic, :status, :cardTypes::text[], :operators::text[],
                            :title::jsonb, :reviewDue, 1, :published, :publishedAt, 1, :now, :now)
                    """)
                    .params(rowParams(stored, now))
                    .param("now", Timestamp.from(now))
                    .update();
        } catch (DuplicateKeyException e) {
            throw duplicate(guide, e);
        }
        insertRevision(stored, 1, author, message, now);
        rebuildPublished(stored, now);
        return stored;
    }

    private Guide update(Guide guide, String author, String message) {
        record Stored(int revision, @Nullable Integer published) {
        }
        Stored row = jdbc.sql("""
                select saved_revision, published_revision from guide where id = :id and version = :version for update
                """)
                .param("id", guide.id().value())
                .param("version", guide.version())
                .query((rs, n) -> new Stored(rs.getInt(1), (Integer) rs.getObject(2)))
                .optional()
                .orElseThrow(() -> new StaleGuideException(guide.id(), guide.version()));
        int revision = guide.hasUnsavedChanges() ? row.revision() + 1 : row.revision();
        if (!guide.hasUnsavedChanges() && guide.savedRevision() != row.revision()) {
            throw new StaleGuideException(guide.id(), guide.version());
        }
        Guide stored = new Guide(guide.id(), guide.slug(), guide.content(), guide.status(), revision,
                guide.publishedRevision(), guide.version() + 1);
        Instant now = Instant.now();
        if (guide.hasUnsavedChanges()) {
            insertRevision(stored, revision, author, message, now);
        }
        Integer previouslyPublished = row.published();
        boolean newlyPublished = stored.publishedRevision() != null
                && !stored.publishedRevision().equals(previouslyPublished);
        try {
            jdbc.sql("""
                    update guide set slug = :slug, country = :country, topic = :topic, status = :status,
                           card_types = :cardTypes::text[], operators = :operators::text[], title = :title::jsonb,
                           review_due = :reviewDue, saved_revision = :revision, published_revision = :published,
                           published_at = case when :newlyPublished then :now else published_at end,
                           version = version + 1, updated_at = :now
                     where id = :id and version = :version
                    """)
                    .params(rowParams(stored, now))
                    .param("revision", revision)
                    .param("newlyPublished", newlyPublished)
                    .param("now", Timestamp.from(now))
                    .param("version", guide.version())
                    .update();
        } catch (DuplicateKeyException e) {
            throw duplicate(guide, e);
        }
        rebuildPublished(stored, now);
        return stored;
    }

    private java.util.Map<String, @Nullable Object> rowParams(Guide guide, Instant now) {
        GuideContent content = guide.content();
        java.util.Map<String, @Nullable Object> params = new java.util.HashMap<>();
        params.put("id", guide.id().value());
        params.put("slug", guide.slug().value());
        params.put("country", content.country().value());
        params.put("topic", content.topic().value());
        params.put("status", guide.status().name());
        params.put("cardTypes", PublishedFacets.textArray(content.cardTypes().stream().map(CardType::key).sorted().toList()));
        params.put("operators", PublishedFacets.textArray(content.operators().stream().map(OperatorCode::value).toList()));
        params.put("title", json.writeValueAsString(content.title()));
        params.put("reviewDue", content.provenance().reviewDue());
        params.put("published", guide.publishedRevision());
        params.put("publishedAt", guide.publishedRevision() == null ? null : Timestamp.from(now));
        return params;
    }

    private void insertRevision(Guide guide, int number, String author, String message, Instant now) {
        Revision revision = new Revision(guide.id(), number, guide.slug(), guide.content(), author, now, message);
        jdbc.sql("""
                insert into guide_revision (guide_id, number, slug, content, author, message, created_at)
                values (:id, :number, :slug, :content::jsonb, :author, :message, :now)
                """)
                .param("id", guide.id().value())
                .param("number", number)
                .param("slug", guide.slug().value())
                .param("content", json.writeValueAsString(guide.content()))
                .param("author", revision.author())
                .param("message", revision.message())
                .param("now", Timestamp.from(now))
                .update();
    }

    /** Replaces the guide's reader rows with those of its published revision, if readers may see it. */
    private void rebuildPublished(Guide guide, Instant now) {
        jdbc.sql("delete from published_guide where guide_id = :id").param("id", guide.id().value()).update();
        if (!guide.visibleToReaders() || guide.publishedRevision() == null) {
            return;
        }
        int number = guide.publishedRevision();
        GuideContent content = number == guide.savedRevision()
                ? guide.content()
                : revision(guide.id(), number).map(Revision::content).orElseThrow();
        Timestamp publishedAt = jdbc.sql("select coalesce(published_at, :now) from guide where id = :id")
                .param("now", Timestamp.from(now)).param("id", guide.id().value())
                .query(Timestamp.class).single();
        for (Language language : content.languages()) {
            // search: the ways and the search columns (V4) are derived here too; see dev.waymark.search.SearchText
            String title = content.text(content.title(), language);
            String body = ReaderText.of(content, language);
            SearchText.Document search = SearchText.document(title, body);
            jdbc.sql("""
                    insert into published_guide (guide_id, language, slug, country, topic, card_types, operators,
                                                 title, summary, body, revision, published_at,
                                                 ways, search_title, search_text, search_words, search_chars,
                                                 search_title_tokens)
                    values (:id, :language, :slug, :country, :topic, :cardTypes::text[], :operators::text[],
                            :title, :summary, :body, :revision, :publishedAt,
                            :ways::text[], :searchTitle, :searchText, :searchWords::tsvector, :searchChars::tsvector,
                            :searchTitleTokens::tsvector)
                    """)
                    .param("id", guide.id().value())
                    .param("language", language.tag())
                    .param("slug", guide.slug().value())
                    .param("country", content.country().value())
                    .param("topic", content.topic().value())
                    .param("cardTypes", PublishedFacets.textArray(content.cardTypes().stream().map(CardType::key).sorted().toList()))
                    .param("operators", PublishedFacets.textArray(content.operators().stream().map(OperatorCode::value).toList()))
                    .param("title", title)
                    .param("summary", content.text(content.summary(), language))
                    .param("body", body)
                    .param("revision", number)
                    .param("publishedAt", publishedAt)
                    .param("ways", PublishedFacets.textArray(content.ways().stream().map(way -> way.kind().key()).toList()))
                    .param("searchTitle", search.title())
                    .param("searchText", search.text())
                    .param("searchWords", search.words())
                    .param("searchChars", search.chars())
                    .param("searchTitleTokens", search.titleTokens())
                    .update();
        }
    }

    private RuntimeException duplicate(Guide guide, DuplicateKeyException e) {
        String text = String.valueOf(e.getMessage());
        if (text.contains("guide_slug_unique")) {
            return new SlugTakenException(guide.slug());
        }
        return new StaleGuideException(guide.id(), guide.version());
    }

    @Override
    public Optional<Guide> find(GuideId id) {
        return findWhere("g.id = :key", id.value());
    }

    @Override
    public Optional<Guide> findBySlug(Slug slug) {
        return findWhere("g.slug = :key", slug.value());
    }

    private Optional<Guide> findWhere(String condition, Object key) {
        return jdbc.sql("select " + GUIDE_COLUMNS + """
                  from guide g join guide_revision r on r.guide_id = g.id and r.number = g.saved_revision
                 where\s""" + condition)
                .param("key", key)
                .query((rs, row) -> guide(rs))
                .optional();
    }

    private Guide guide(ResultSet rs) throws SQLException {
        int published = rs.getInt("published_revision");
        return new Guide(new GuideId(rs.getObject("id", UUID.class)), new Slug(rs.getString("slug")),
                content(rs.getString("content")), GuideStatus.valueOf(rs.getString("status")),
                rs.getInt("saved_revision"), rs.wasNull() || published == 0 ? null : published, rs.getLong("version"));
    }

    @Override
    public Optional<PublishedGuide> findPublished(Slug slug) {
        return jdbc.sql("""
                select g.id, g.slug, g.published_revision, g.published_at, r.content
                  from guide g join guide_revision r on r.guide_id = g.id and r.number = g.published_revision
                 where g.slug = :slug and g.status <> 'ARCHIVED'
                """)
                .param("slug", slug.value())
                .query((rs, row) -> new PublishedGuide(new GuideId(rs.getObject("id", UUID.class)),
                        new Slug(rs.getString("slug")), rs.getInt("published_revision"), content(rs.getString("content")),
                        rs.getTimestamp("published_at").toInstant()))
                .optional();
    }

    @Override
    public Optional<PublishedRef> findPublishedRef(Slug slug) {
        return jdbc.sql("""
                select id, published_revision, published_at,
                       (select generation from operator_generation) as operators_generation
                  from guide
                 where slug = :slug and status <> 'ARCHIVED' and published_revision is not null
                """)
                .param("slug", slug.value())
                .query((rs, row) -> new PublishedRef(new GuideId(rs.getObject("id", UUID.class)), slug,
                        rs.getInt("published_revision"), rs.getTimestamp("published_at").toInstant(),
                        rs.getLong("operators_generation")))
                .optional();
    }

    @Override
    public PublishedGuide load(PublishedRef ref) {
        String content = jdbc.sql("select content from guide_revision where guide_id = :id and number = :number")
                .param("id", ref.id().value()).param("number", ref.revision())
                .query(String.class).optional()
                .orElseThrow(() -> new IllegalStateException("guide " + ref.id().value() + " has no revision "
                        + ref.revision()));
        return new PublishedGuide(ref.id(), ref.slug(), ref.revision(), content(content), ref.publishedAt());
    }

    @Override
    public List<GuideSummary> listPublished(GuideFilter filter) {
        StringBuilder sql = new StringBuilder("""
                select guide_id, slug, country, topic, language, title, summary, card_types, operators, revision
                  from published_guide
                 where language = :language
                """);
        java.util.Map<String, @Nullable Object> params = new java.util.HashMap<>();
        params.put("language", filter.language().tag());
        PublishedFacets.where(sql, params, filter.country(), filter.cardType(), filter.operator(), null);
        if (filter.text() != null && !filter.text().isBlank()) {
            sql.append(" and (title ilike :text escape '\\' or body ilike :text escape '\\')");
            params.put("text", "%" + escapeLike(filter.text().strip()) + "%");
        }
        sql.append(" order by country, title");
        return jdbc.sql(sql.toString()).params(params).query((rs, row) -> new GuideSummary(
                new GuideId(rs.getObject("guide_id", UUID.class)), new Slug(rs.getString("slug")),
                new CountryCode(rs.getString("country")), new Topic(rs.getString("topic")),
                Language.of(rs.getString("language")), rs.getString("title"), rs.getString("summary"),
                PublishedFacets.cardTypes(rs.getArray("card_types")), PublishedFacets.operators(rs.getArray("operators")), rs.getInt("revision")))
                .list();
    }

    /** Escapes LIKE's wildcards and its escape character, so user input matches only itself. */
    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    @Override
    public List<GuideListing> list(GuideListFilter filter, int offset, int limit) {
        java.util.Map<String, @Nullable Object> params = new java.util.HashMap<>();
        String where = listWhere(filter, params);
        String order = filter.reviewDueBy() != null ? "g.review_due, g.slug" : "g.updated_at desc, g.slug";
        return jdbc.sql("""
                select g.id, g.slug, g.country, g.title, r.content ->> 'sourceLanguage' as source_language, g.status,
                       g.saved_revision, g.published_revision, g.review_due, g.updated_at, g.version
                  from guide g join guide_revision r on r.guide_id = g.id and r.number = g.saved_revision
                """ + where + " order by " + order + " offset :offset limit :limit")
                .params(params)
                .param("offset", offset)
                .param("limit", limit)
                .query((rs, row) -> {
                    int published = rs.getInt("published_revision");
                    Integer publishedRevision = rs.wasNull() ? null : published;
                    java.sql.Date due = rs.getDate("review_due");
                    return new GuideListing(new GuideId(rs.getObject("id", UUID.class)), new Slug(rs.getString("slug")),
                            new CountryCode(rs.getString("country")),
                            json.readValue(rs.getString("title"), LocalizedText.class),
                            Language.of(rs.getString("source_language")),
                            GuideStatus.valueOf(rs.getString("status")), rs.getInt("saved_revision"), publishedRevision,
                            due == null ? null : due.toLocalDate(), rs.getTimestamp("updated_at").toInstant(),
                            rs.getLong("version"));
                })
                .list();
    }

    @Override
    public int count(GuideListFilter filter) {
        java.util.Map<String, @Nullable Object> params = new java.util.HashMap<>();
        return jdbc.sql("select count(*) from guide g" + listWhere(filter, params)).params(params)
                .query(Integer.class).single();
    }

    private static String listWhere(GuideListFilter filter, java.util.Map<String, @Nullable Object> params) {
        StringBuilder where = new StringBuilder(" where true");
        if (filter.country() != null) {
            where.append(" and g.country = :country");
            params.put("country", filter.country().value());
        }
        if (filter.status() != null) {
            where.append(" and g.status = :status");
            params.put("status", filter.status().name());
        }
        if (filter.reviewDueBy() != null) {
            where.append(" and g.review_due <= :dueBy");
            params.put("dueBy", filter.reviewDueBy());
        }
        if (filter.text() != null) {
            where.append(" and (g.slug ilike :text escape '\\'"
                    + " or exists (select 1 from jsonb_each_text(g.title) t where t.value ilike :text escape '\\'))");
            params.put("text", "%" + escapeLike(filter.text()) + "%");
        }
        return where.toString();
    }

    @Override
    public List<RevisionSummary> revisions(GuideId id) {
        return jdbc.sql("""
                select number, author, created_at, message from guide_revision where guide_id = :id order by number desc
                """)
                .param("id", id.value())
                .query((rs, row) -> new RevisionSummary(id, rs.getInt("number"), rs.getString("author"),
                        rs.getTimestamp("created_at").toInstant(), rs.getString("message")))
                .list();
    }

    @Override
    public Optional<Revision> revision(GuideId id, int number) {
        return jdbc.sql("""
                select slug, content, author, created_at, message from guide_revision
                 where guide_id = :id and number = :number
                """)
                .param("id", id.value())
                .param("number", number)
                .query((rs, row) -> new Revision(id, number, new Slug(rs.getString("slug")),
                        content(rs.getString("content")), rs.getString("author"),
                        rs.getTimestamp("created_at").toInstant(), rs.getString("message")))
                .optional();
    }

    @Override
    public long count() {
        return jdbc.sql("select count(*) from guide").query(Long.class).single();
    }

    @Override
    public List<Guide> all() {
        return jdbc.sql("select " + GUIDE_COLUMNS + """
                  from guide g join guide_revision r on r.guide_id = g.id and r.number = g.saved_revision
                 order by g.slug
                """)
                .query((rs, row) -> guide(rs))
                .list();
    }

    private GuideContent content(String text) {
        return json.readValue(text, GuideContent.class);
    }

}
