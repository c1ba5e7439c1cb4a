package dev.waymark.guide;

import dev.waymark.base.Check;
import java.util.regex.Pattern;

/** A short key by which facts in a guide cite one of the guide's sources, e.g. {@code mts-contact}. */
public record SourceKey(String value) {

    public static final int MAX_LENGTH = 60;
    private static final Pattern SHAPE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    public SourceKey {
        Check.notBlank(value, "source key");
        Check.maxLength(value, MAX_LENGTH, "source key");
        Check.that(SHAPE.matcher(value).matches(),
                "source key must be lower-case words joined by hyphens (was '" + value + "')");
    }

    @Override
    public String toString() {
        return value;
    }
}
