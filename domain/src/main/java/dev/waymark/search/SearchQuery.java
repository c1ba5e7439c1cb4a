package dev.waymark.search;

import dev.waymark.base.Check;
import dev.waymark.guide.CardType;
import dev.waymark.guide.CountryCode;
import dev.waymark.guide.Language;
import dev.waymark.guide.OperatorCode;
import dev.waymark.guide.WayKind;
import org.jspecify.annotations.Nullable;

/**
 * What a reader searches for. Null filters filter nothing.
 *
 * @param text what the reader typed, at most {@link #MAX_LENGTH} characters
 * @param language the reader's language: guides in it come first
 * @param limit how many hits at most, 1 to {@link #MAX_LIMIT}
 */
public record SearchQuery(String text, Language language, @Nullable CountryCode country, @Nullable CardType cardType,
                          @Nullable OperatorCode operator, @Nullable WayKind way, int limit) {

    public static final int MAX_LENGTH = 200;
    public static final int MAX_LIMIT = 100;
    public static final int DEFAULT_LIMIT = 20;

    public SearchQuery {
        Check.present(text, "search text");
        Check.maxLength(text, MAX_LENGTH, "search text");
        Check.present(language, "language");
        Check.that(limit >= 1 && limit <= MAX_LIMIT, "limit must be between 1 and " + MAX_LIMIT + " (was " + limit + ")");
    }

    /** A search with no filters and the default limit. */
    public static SearchQuery of(String text, Language language) {
        return new SearchQuery(text, language, null, null, null, null, DEFAULT_LIMIT);
    }
}
