package dev.waymark.guide;

import dev.waymark.base.Check;
import java.util.regex.Pattern;

/** What a guide is about, as a slug-shaped key such as {@code cancel-mobile-service}. */
public record Topic(String value) {

    public static final int MAX_LENGTH = 60;
    private static final Pattern SHAPE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    public static final Topic CANCEL_MOBILE_SERVICE = new Topic("cancel-mobile-service");

    public Topic {
        Check.notBlank(value, "topic");
        Check.maxLength(value, MAX_LENGTH, "topic");
        Check.that(SHAPE.matcher(value).matches(),
                "topic must be lower-case words joined by hyphens (was '" + value + "')");
    }

    @Override
    public String toString() {
        return value;
    }
}
