package db.migration;

import dev.waymark.base.DomainJson;
import dev.waymark.guide.GuideContent;
import dev.waymark.search.SearchText;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import tools.jackson.databind.json.JsonMapper;

/**
 * Fills the search columns that V4 added for guides published before it, with the same tokens
 * {@code JdbcGuides} computes on publishing; without this they would not be found until saved again.
 */
public class V4_1__fill_guide_search extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        JsonMapper json = DomainJson.mapper();
        Connection connection = context.getConnection();
        try (PreparedStatement select = connection.prepareStatement("""
                select p.guide_id, p.language, p.title, p.body, r.content
                  from published_guide p join guide_revision r on r.guide_id = p.guide_id and r.number = p.revision
                """);
             PreparedStatement update = connection.prepareStatement("""
                update published_guide
                   set ways = ?::text[], search_title = ?, search_text = ?, search_words = ?::tsvector,
                       search_chars = ?::tsvector, search_title_tokens = ?::tsvector
                 where guide_id = ? and language = ?
                """);
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                GuideContent content = json.readValue(rows.getString("content"), GuideContent.class);
                SearchText.Document document = SearchText.document(rows.getString("title"), rows.getString("body"));
                update.setString(1, "{" + String.join(",", content.ways().stream().map(w -> w.kind().key()).toList()) + "}");
                update.setString(2, document.title());
                update.setString(3, document.text());
                update.setString(4, document.words());
                update.setString(5, document.chars());
                update.setString(6, document.titleTokens());
                update.setObject(7, rows.getObject("guide_id", UUID.class));
                update.setString(8, rows.getString("language"));
                update.executeUpdate();
            }
        }
    }
}
