package dev.waymark.guide;

import dev.waymark.base.Check;
import java.util.Locale;
import java.util.Set;

/** An ISO 3166-1 alpha-2 country code such as {@code RS}, always upper case. */
public record CountryCode(String value) {

    private static final Set<String> ISO_COUNTRIES = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2);

    public CountryCode {
        Check.notBlank(value, "country code");
        Check.that(ISO_COUNTRIES.contains(value),
                "country code must be an ISO 3166-1 alpha-2 code in upper case, such as RS (was '" + value + "')");
    }

    /** Accepts lower case too: {@code rs} becomes {@code RS}. */
    public static CountryCode parse(String text) {
        return new CountryCode(text.strip().toUpperCase(Locale.ROOT));
    }

    /** The country's name in {@code language}, e.g. 塞尔维亚 or Serbia. */
    public String displayName(Language language) {
        return Locale.of("", value).getDisplayCountry(language.locale());
    }

    @Override
    public String toString() {
        return value;
    }
}
