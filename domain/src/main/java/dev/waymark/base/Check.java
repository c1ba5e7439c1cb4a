package dev.waymark.base;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Argument checks that throw {@link IllegalArgumentException} with a message a person can act on.
 * Every domain record calls these from its constructor.
 */
public final class Check {

    private Check() {
    }

    /** Returns the value; throws when it is null. */
    public static <T> T present(@Nullable T value, String what) {
        if (value == null) {
            throw new IllegalArgumentException(what + " is required");
        }
        return value;
    }

    /** Returns the trimmed value; throws when it is null or blank. */
    public static String notBlank(@Nullable String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " must not be blank");
        }
        return value.strip();
    }

    /** Throws when the value is longer than {@code max} characters. */
    public static String maxLength(String value, int max, String what) {
        if (value.length() > max) {
            throw new IllegalArgumentException(
                    what + " must be at most " + max + " characters (was " + value.length() + ")");
        }
        return value;
    }

    /** Throws with {@code message} unless the condition holds. */
    public static void that(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }

    /** An unmodifiable copy; null becomes empty. Null elements are rejected. */
    public static <T> List<T> list(@Nullable Collection<T> values, String what) {
        if (values == null) {
            return List.of();
        }
        for (T value : values) {
            if (value == null) {
                throw new IllegalArgumentException(what + " must not contain empty entries");
            }
        }
        return List.copyOf(values);
    }

    /** An unmodifiable copy; null becomes empty. Null elements are rejected. */
    public static <T> Set<T> set(@Nullable Collection<T> values, String what) {
        return Set.copyOf(list(values, what));
    }
}
