package dev.waymark.guide;

import org.jspecify.annotations.Nullable;

/**
 * Which published guides to list. Null parts filter nothing.
 *
 * @param text words that must occur in the guide (a simple substring match here; ranked search lives in search)
 */
public record GuideFilter(@Nullable CountryCode country, @Nullable CardType cardType, @Nullable OperatorCode operator,
                          Language language, @Nullable String text) {

    public static GuideFilter all(Language language) {
        return new GuideFilter(null, null, null, language, null);
    }
}
