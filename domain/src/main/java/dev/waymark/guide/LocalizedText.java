package dev.waymark.guide;

import dev.waymark.base.Check;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A piece of text in one or more languages. Blank translations are dropped, so a language is either
 * present with text or absent.
 */
public record LocalizedText(Map<Language, String> values) {

    public static final LocalizedText EMPTY = new LocalizedText(Map.of());

    public LocalizedText {
        EnumMap<Language, String> copy = new EnumMap<>(Language.class);
        if (values != null) {
            values.forEach((language, text) -> {
                Check.present(language, "language");
                if (text != null && !text.isBlank()) {
                    copy.put(language, text.strip());
                }
            });
        }
        values = copy.isEmpty() ? Map.of() : Map.copyOf(copy);
    }

    public static LocalizedText of(String zh, String en) {
        EnumMap<Language, String> map = new EnumMap<>(Language.class);
        map.put(Language.ZH_CN, zh);
        map.put(Language.EN, en);
        return new LocalizedText(map);
    }

    public static LocalizedText of(Language language, String text) {
        return new LocalizedText(Map.of(language, text));
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }

    public boolean has(Language language) {
        return values.containsKey(language);
    }

    public Optional<String> in(Language language) {
        return Optional.ofNullable(values.get(language));
    }

    /**
     * The text in {@code language}, else in {@code fallback}, else in any language; empty string when
     * there is no text at all. Never null.
     */
    public String resolve(Language language, Language fallback) {
        String text = values.get(language);
        if (text == null) {
            text = values.get(fallback);
        }
        if (text == null) {
            text = values.values().stream().findFirst().orElse("");
        }
        return text;
    }

    /** A copy with {@code language} set to {@code text} (removed when text is blank). */
    public LocalizedText with(Language language, @Nullable String text) {
        EnumMap<Language, String> map = new EnumMap<>(Language.class);
        map.putAll(values);
        if (text == null || text.isBlank()) {
            map.remove(language);
        } else {
            map.put(language, text);
        }
        return new LocalizedText(map);
    }

    /** Throws unless every text is at most {@code max} characters long. */
    public LocalizedText checkMaxLength(int max, String what) {
        values.forEach((language, text) -> Check.maxLength(text, max, what + " (" + language.tag() + ")"));
        return this;
    }
}
