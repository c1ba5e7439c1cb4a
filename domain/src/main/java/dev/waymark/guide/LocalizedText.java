package dev.waymark.guide;

import dev.waymark.base.Check;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * A piece of text in one or more languages. Blank translations are dropped, so a language is either
 * present with text or absent.
 */
public record LocalizedText(Map<Language, String> values) {

    public static final LocalizedText EMPTY = new LocalizedText(Map.of());

    public LocalizedText {
        TreeMap<Language, String> copy = new TreeMap<>();
        if (values != null) {
            values.forEach((language, text) -> {
                Check.present(language, "language");
                if (text != null && !text.isBlank()) {
                    copy.put(language, text.strip());
                }
            });
        }
        values = copy.isEmpty() ? Map.of() : Collections.unmodifiableMap(copy);
    }

    public static LocalizedText of(String zh, String en) {
        TreeMap<Language, String> map = new TreeMap<>();
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
     * The text in {@code language}, else in another form of the same language (Simplified Chinese for a reader of
     * Traditional), else in {@code fallback}, else in any language; empty string when there is no text at all.
     * Never null. Reader pages pass the instance's configured order to {@link #resolve(List)} instead.
     */
    public String resolve(Language language, Language fallback) {
        String text = values.get(language);
        if (text == null) {
            text = values.entrySet().stream().filter(entry -> entry.getKey().primary().equals(language.primary()))
                    .map(Map.Entry::getValue).findFirst().orElse(null);
        }
        if (text == null) {
            text = values.get(fallback);
        }
        if (text == null) {
            text = values.values().stream().findFirst().orElse("");
        }
        return text;
    }

    /**
     * The language of the text a reader of {@code order}'s first language is shown: the first language of
     * {@code order} this text has, else any; empty when there is no text at all.
     */
    public Optional<Language> best(List<Language> order) {
        for (Language language : order) {
            if (values.containsKey(language)) {
                return Optional.of(language);
            }
        }
        return values.keySet().stream().findFirst();
    }

    /** The text in the first language of {@code order} it has, else in any language; empty string when none. */
    public String resolve(List<Language> order) {
        return best(order).map(values::get).orElse("");
    }

    /** The languages this text is written in, in tag order. */
    public Set<Language> languages() {
        return values.keySet();
    }

    /** A copy with {@code language} set to {@code text} (removed when text is blank). */
    public LocalizedText with(Language language, @Nullable String text) {
        TreeMap<Language, String> map = new TreeMap<>(values);
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
