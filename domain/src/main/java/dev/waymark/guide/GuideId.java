package dev.waymark.guide;

import dev.waymark.base.Check;
import java.util.UUID;

/** A guide's identity, stable across slugs and revisions. */
public record GuideId(UUID value) {

    public GuideId {
        Check.present(value, "guide id");
    }

    public static GuideId random() {
        return new GuideId(UUID.randomUUID());
    }

    /** Parses a UUID; throws IllegalArgumentException with a clear message when it is not one. */
    public static GuideId parse(String text) {
        try {
            return new GuideId(UUID.fromString(text.strip()));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("guide id must be a UUID (was '" + text + "')", e);
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
