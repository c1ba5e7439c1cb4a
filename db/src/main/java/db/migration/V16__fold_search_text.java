package db.migration;

import dev.waymark.search.SearchText;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Search folds Russian ё to е since this version (as readers type either): the search columns of every published
 * row are computed again from its title and body, as {@link SearchText} now does. Rows are few (one per published
 * guide and language), so this runs in the migration's transaction.
 */
public class V16__fold_search_text extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        try (Statement select = context.getConnection().createStatement();
             ResultSet rows = select.executeQuery("select guide_id, language, title, body from published_guide");
             PreparedStatement update = context.getConnection().prepareStatement("""
                     update published_guide
                        set search_title = ?, search_text = ?, search_words = cast(? as tsvector),
                            search_chars = cast(? as tsvector), search_title_tokens = cast(? as tsvector)
                      where guide_id = ? and language = ?""")) {
            while (rows.next()) {
                SearchText.Document document = SearchText.document(rows.getString("title"), rows.getString("body"));
                update.setString(1, document.title());
                update.setString(2, document.text());
                update.setString(3, document.words());
                update.setString(4, document.chars());
                update.setString(5, document.titleTokens());
                update.setObject(6, rows.getObject("guide_id"));
                update.setString(7, rows.getString("language"));
                update.addBatch();
            }
            update.executeBatch();
        }
    }
}
