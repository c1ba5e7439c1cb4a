package dev.waymark.guide;

import dev.waymark.base.Check;
import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A language content or the interface is written in, by its BCP 47 tag ({@code zh-CN}, {@code zh-TW}, {@code en},
 * {@code ru}, ...). Languages are data: which ones an instance offers readers is a setting of the web side, and a
 * guide may hold text in any language. The constants name the languages the seed guides are written in.
 *
 * <p>Stored content names a language by its {@linkplain #code() code}, the tag in upper case with underscores
 * ({@code ZH_CN}), which is also how revisions stored before languages were data name them.
 */
public final class Language implements Comparable<Language> {

    /** Simplified Chinese, as written in mainland China. */
    public static final Language ZH_CN = new Language("zh-CN");
    /** Traditional Chinese, as written in Taiwan. */
    public static final Language ZH_TW = new Language("zh-TW");
    /** English. */
    public static final Language EN = new Language("en");
    /** Russian. */
    public static final Language RU = new Language("ru");

    private static final int MAX_INTERNED = 1000;
    private static final Map<String, Language> INTERNED = new ConcurrentHashMap<>(
            Map.of(ZH_CN.tag, ZH_CN, ZH_TW.tag, ZH_TW, EN.tag, EN, RU.tag, RU));

    private final String tag;

    private Language(String tag) {
        this.tag = tag;
    }

    /**
     * The language for a well-formed BCP 47 tag such as {@code zh-TW}, {@code en}, {@code sr-Latn} (any case,
     * {@code _} or {@code -}), in its canonical form, so also for a stored {@linkplain #code() code} such as
     * {@code ZH_CN}. Throws for anything that is not a language tag.
     */
    public static Language of(String tag) {
        Check.present(tag, "language tag");
        return parse(tag).orElseThrow(() -> new IllegalArgumentException(
                "not a language tag such as zh-CN or en (was '" + tag + "')"));
    }

    /** As {@link #of(String)}, but empty for anything that is not a language tag. */
    public static Optional<Language> parse(String tag) {
        String text = tag.strip().replace('_', '-');
        if (text.isEmpty() || text.length() > 35) {
            return Optional.empty();
        }
        try {
            Locale locale = new Locale.Builder().setLanguageTag(text).build();
            if (locale.getLanguage().isEmpty()) {
                return Optional.empty();
            }
            String canonical = locale.toLanguageTag();
            return Optional.of(known(canonical));
        } catch (IllformedLocaleException e) {
            return Optional.empty();
        }
    }

    /** One value per tag (up to a bound), so that languages compare as cheaply as the enum they replaced. */
    private static Language known(String canonical) {
        Language language = INTERNED.get(canonical);
        if (language != null) {
            return language;
        }
        return INTERNED.size() < MAX_INTERNED ? INTERNED.computeIfAbsent(canonical, Language::new)
                : new Language(canonical);
    }

    /** The BCP 47 tag, e.g. {@code zh-CN}. */
    public String tag() {
        return tag;
    }

    /** The code stored content uses: the tag in upper case with underscores, e.g. {@code ZH_CN}. */
    public String code() {
        return tag.toUpperCase(Locale.ROOT).replace('-', '_');
    }

    /** The primary language subtag, e.g. {@code zh} for {@code zh-TW}. */
    public String primary() {
        return locale().getLanguage();
    }

    public Locale locale() {
        return Locale.forLanguageTag(tag);
    }

    /** The language's name in itself, e.g. {@code русский}; the web side may name it better from its messages. */
    public String nativeName() {
        Locale locale = locale();
        return locale.getDisplayName(locale);
    }

    /** Orders by tag, so that stored content lists its languages in one stable order. */
    @Override
    public int compareTo(Language other) {
        return tag.compareTo(other.tag);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Language language && language.tag.equals(tag);
    }

    @Override
    public int hashCode() {
        return tag.hashCode();
    }

    @Override
    public String toString() {
        return tag;
    }
}
