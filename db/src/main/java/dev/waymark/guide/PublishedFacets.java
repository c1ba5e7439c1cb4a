package dev.waymark.guide;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The facet filters of the published rows, as SQL conditions that the GIN indexes on the array
 * columns can serve ({@code card_types @> array[...]}). Null facets filter nothing.
 */
public final class PublishedFacets {

    private PublishedFacets() {
    }

    /** Appends {@code and ...} conditions to {@code sql} and their values to {@code params}. */
    public static void where(StringBuilder sql, Map<String, @Nullable Object> params, @Nullable CountryCode country,
                             @Nullable CardType cardType, @Nullable OperatorCode operator, @Nullable WayKind way) {
        if (country != null) {
            sql.append(" and country = :country");
            params.put("country", country.value());
        }
        if (cardType != null) {
            sql.append(" and card_types @> array[cast(:cardType as text)]");
            params.put("cardType", cardType.key());
        }
        if (operator != null) {
            sql.append(" and operators @> array[cast(:operator as text)]");
            params.put("operator", operator.value());
        }
        if (way != null) {
            sql.append(" and ways @> array[cast(:way as text)]");
            params.put("way", way.key());
        }
    }
}
