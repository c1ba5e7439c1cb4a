package dev.waymark.base;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/** Looks up enum constants by the short keys used in addresses and the API ({@code esim}, {@code store-visit}). */
public final class Keys {

    private Keys() {
    }

    /** The constant whose key is {@code text}, ignoring case, surrounding space, and {@code _} for {@code -}. */
    public static <E extends Enum<E>> Optional<E> find(E[] values, Function<E, String> key, String text) {
        String wanted = text.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        for (E value : values) {
            if (key.apply(value).equals(wanted)) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }
}
