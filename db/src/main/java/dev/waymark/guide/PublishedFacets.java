package dev.waymark.guide;

import java.sql.Array;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The facets of the published rows (card types, operators, ways as text arrays): how they are written
 * and read, and the filters on them as SQL conditions that the GIN indexes on the array
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

    /** A PostgreSQL array literal of keys; keys are made of [a-z0-9-], so no quoting is needed. */
    public static String textArray(List<String> values) {
        return values.stream().collect(Collectors.joining(",", "{", "}"));
    }

    /** The card types in a {@code card_types} column; unknown keys are skipped. */
    public static Set<CardType> cardTypes(Array array) throws SQLException {
        Set<CardType> types = EnumSet.noneOf(CardType.class);
        for (String key : (String[]) array.getArray()) {
            CardType.fromKey(key).ifPresent(types::add);
        }
        return types;
    }

    /** The operators in an {@code operators} column, in order. */
    public static List<OperatorCode> operators(Array array) throws SQLException {
        return Arrays.stream((String[]) array.getArray()).map(OperatorCode::new).toList();
    }
}
