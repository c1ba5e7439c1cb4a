package dev.waymark.guide;

import dev.waymark.base.Check;
import java.util.regex.Pattern;

/**
 * A URL-safe name: lower-case ASCII letters and digits in words joined by single hyphens,
 * e.g. {@code serbia-cancel-sim}.
 */
public record Slug(String value) {

    public static final int MAX_LENGTH = 80;
    private static final Pattern SHAPE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    public Slug {
        Check.notBlank(value, "slug");
        Check.maxLength(value, MAX_LENGTH, "slug");
        Check.that(SHAPE.matcher(value).matches(),
                "slug must be lower-case letters a-z, digits and single hyphens between words (was '" + value + "')");
    }

    @Override
    public String toString() {
        return value;
    }
}
