package dev.waymark.guide;

import dev.waymark.base.Check;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * A piece of text in one or more languages. Blank translations are dropped, so a language is either
 * present with text or absent.
 *
 * <p>A translation may record the {@link Fingerprint} of the source text it was translated from, its
 * {@code basis}: when that is not the current source text, the translation is {@linkplain #isStale stale}
 * until a translator fixes or confirms it. A translation without a basis counts as made from the current
 * source (see {@link Translations}). Which language is the source is the guide's business
 * ({@link GuideContent#sourceLanguage()}), so the methods that need it take it.
 *
 * @param values the text in each language; never null
 * @param basis the fingerprint of the source text each translation was made from; only for languages
 *              present in {@code values}; never null
 */
public record LocalizedText(Map<Language, String> values, Map<Language, Fingerprint> basis) {

    public static final LocalizedText EMPTY = new LocalizedText(Map.of());

    /** A text whose translations record no basis yet. */
    public LocalizedText(Map<Language, String> values) {
        this(values, Map.of());
    }

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
        Map<Language, Fingerprint> links = new HashMap<>();
        if (basis != null) {
            for (Map.Entry<Language, Fingerprint> link : basis.entrySet()) {
                Check.present(link.getKey(), "language");
                if (link.getValue() != null && copy.containsKey(link.getKey())) {
                    links.put(link.getKey(), link.getValue());
                }
            }
        }
        basis = links.isEmpty() ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(links));
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

    /**
     * A copy with {@code language} set to {@code text} (removed when text is blank). A translation whose text
     * changes loses its basis: it is linked again when the guide is saved, to the source it now stands beside.
     */
    public LocalizedText with(Language language, @Nullable String text) {
        TreeMap<Language, String> map = new TreeMap<>(values);
        if (text == null || text.isBlank()) {
            map.remove(language);
        } else {
            map.put(language, text);
        }
        Map<Language, Fingerprint> links = new HashMap<>(basis);
        if (!Objects.equals(values.get(language), text == null ? null : text.strip())) {
            links.remove(language);
        }
        return new LocalizedText(map, links);
    }

    /** The fingerprint of the source text the translation in {@code language} was made from, when recorded. */
    public Optional<Fingerprint> basis(Language language) {
        return Optional.ofNullable(basis.get(language));
    }

    /**
     * True when the translation in {@code language} was made from a source text other than the current one: the
     * source has text, the translation has text and a basis, and the basis is not the source's fingerprint.
     */
    public boolean isStale(Language language, Language source) {
        Fingerprint link = basis.get(language);
        String original = values.get(source);
        return !language.equals(source) && link != null && original != null && values.containsKey(language)
                && !link.equals(Fingerprint.of(original));
    }

    /** True when the source has text and {@code language} has none. */
    public boolean isMissing(Language language, Language source) {
        return !language.equals(source) && values.containsKey(source) && !values.containsKey(language);
    }

    /** The fingerprint of the text in {@code source}, when there is one. */
    public Optional<Fingerprint> fingerprint(Language source) {
        return in(source).map(Fingerprint::of);
    }

    /**
     * A copy whose translation in {@code language} records {@code link} as its basis (none when null). Nothing
     * changes for a language without text.
     */
    public LocalizedText linked(Language language, @Nullable Fingerprint link) {
        Map<Language, Fingerprint> links = new HashMap<>(basis);
        if (link == null) {
            links.remove(language);
        } else {
            links.put(language, link);
        }
        return new LocalizedText(values, links);
    }

    /**
     * A copy where the translation in {@code language} is confirmed as a translation of the current source text:
     * its text stays and its basis becomes the source's fingerprint, so it is no longer stale (and saving the guide,
     * which drops such a basis, keeps it current).
     */
    public LocalizedText confirmed(Language language, Language source) {
        Check.that(!language.equals(source), "the source text is not a translation");
        return linked(language, fingerprint(source).orElse(null));
    }

    /** Throws unless every text is at most {@code max} characters long. */
    public LocalizedText checkMaxLength(int max, String what) {
        values.forEach((language, text) -> Check.maxLength(text, max, what + " (" + language.tag() + ")"));
        return this;
    }
}
