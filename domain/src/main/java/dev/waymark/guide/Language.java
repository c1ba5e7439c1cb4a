package dev.waymark.guide;

import java.util.Locale;
import java.util.Optional;

/** The languages Waymark's content and interface are written in. */
public enum Language {
    ZH_CN("zh-CN", "中文"),
    EN("en", "English");

    private final String tag;
    private final String nativeName;

    Language(String tag, String nativeName) {
        this.tag = tag;
        this.nativeName = nativeName;
    }

    /** The BCP 47 tag, e.g. {@code zh-CN}. */
    public String tag() {
        return tag;
    }

    /** The language's name in itself, for a language switch. */
    public String nativeName() {
        return nativeName;
    }

    public Locale locale() {
        return Locale.forLanguageTag(tag);
    }

    /**
     * The language for a tag such as {@code zh}, {@code zh-CN}, {@code zh-Hans}, {@code en-GB}
     * (case-insensitive); empty when Waymark does not speak it.
     */
    public static Optional<Language> fromTag(String tag) {
        String lower = tag.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        if (lower.equals("zh") || lower.startsWith("zh-")) {
            return Optional.of(ZH_CN);
        }
        if (lower.equals("en") || lower.startsWith("en-")) {
            return Optional.of(EN);
        }
        return Optional.empty();
    }
}
