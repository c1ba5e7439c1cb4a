package dev.waymark.guide;

import dev.waymark.base.Check;
import java.util.regex.Pattern;

/**
 * A stable key for a mobile operator: the country code in lower case, a hyphen, then the operator's
 * short name, e.g. {@code rs-yettel}. It survives rebrands (the key stays when Telenor becomes Yettel).
 */
public record OperatorCode(String value) {

    private static final Pattern SHAPE = Pattern.compile("[a-z]{2}-[a-z0-9]+(-[a-z0-9]+)*");

    public OperatorCode {
        Check.notBlank(value, "operator code");
        Check.maxLength(value, 40, "operator code");
        Check.that(SHAPE.matcher(value).matches(),
                "operator code must look like 'rs-yettel': country, hyphen, lower-case name (was '" + value + "')");
    }

    /** The country the operator works in, from the code's prefix. */
    public CountryCode country() {
        return CountryCode.parse(value.substring(0, 2));
    }

    @Override
    public String toString() {
        return value;
    }
}
