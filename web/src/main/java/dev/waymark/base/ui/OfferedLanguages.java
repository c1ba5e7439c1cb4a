package dev.waymark.base.ui;

import dev.waymark.base.Check;
import dev.waymark.guide.Language;
import jakarta.servlet.http.Cookie;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The languages this instance offers readers: a setting ({@code waymark.languages}, default
 * {@code zh-CN,zh-TW,en,ru}), the first being the default. Each language's name and the languages its readers fall
 * back to come from its message file ({@code language.name}, {@code language.fallback}), so adding a language is the
 * setting plus its message file, with no code change; {@code waymark.languages.fallback.<tag>} overrides the fallback
 * order for one language.
 *
 * <p>A reader of a language is shown a text in that language, else in its fallbacks in order (Traditional Chinese
 * falls back to Simplified Chinese), else in the guide's source language.
 */
@Component
public class OfferedLanguages {

    /** The cookie that remembers a reader's choice of language, for a year. */
    public static final String COOKIE = "waymark-lang";

    /** The languages offered when the setting is absent. */
    public static final String DEFAULT = "zh-CN,zh-TW,en,ru";

    private final List<Language> offered;
    private final Map<Language, List<Language>> fallbacks;

    @Autowired
    public OfferedLanguages(@Value("${waymark.languages:" + DEFAULT + "}") String setting,
                            Environment environment) {
        this(parse(setting), language -> environment.getProperty("waymark.languages.fallback." + language.tag()));
    }

    OfferedLanguages(List<Language> offered, Function<Language, @Nullable String> fallbackSetting) {
        Check.that(!offered.isEmpty(), "waymark.languages must name at least one language, e.g. " + DEFAULT);
        this.offered = List.copyOf(offered);
        Map<Language, List<Language>> chains = new HashMap<>();
        for (Language language : offered) {
            String configured = fallbackSetting.apply(language);
            String chain = configured != null ? configured : Texts.own(language, "language.fallback").orElse("");
            List<Language> order = new ArrayList<>();
            for (String tag : chain.split(",")) {
                Language.parse(tag).filter(fallback -> !fallback.equals(language)).ifPresent(order::add);
            }
            chains.put(language, List.copyOf(order));
        }
        this.fallbacks = Map.copyOf(chains);
    }

    /** Offers exactly {@code tags}, each falling back as its message file says: for tests and tools. */
    public static OfferedLanguages of(String tags) {
        return new OfferedLanguages(parse(tags), language -> null);
    }

    private static List<Language> parse(String setting) {
        Set<Language> languages = new LinkedHashSet<>();
        for (String tag : setting.split(",")) {
            if (!tag.isBlank()) {
                languages.add(Language.parse(tag).orElseThrow(() -> new IllegalArgumentException(
                        "waymark.languages: '" + tag.strip() + "' is not a language tag such as zh-TW or ru")));
            }
        }
        return List.copyOf(languages);
    }

    /** The offered languages, the default first. */
    public List<Language> all() {
        return offered;
    }

    /** The language readers get when nothing says otherwise. */
    public Language primary() {
        return offered.getFirst();
    }

    public boolean offers(Language language) {
        return offered.contains(language);
    }

    /** The language's name in itself, for a language menu: its message file's {@code language.name}. */
    public String name(Language language) {
        return Texts.own(language, "language.name").orElseGet(language::nativeName);
    }

    /**
     * The offered language that serves a reader asking for {@code tag} (a link's {@code lang}, a cookie, a browser
     * language): the same tag; for Chinese, the offered one in the same script (Traditional for {@code zh-Hant},
     * {@code zh-TW}, {@code zh-HK}, {@code zh-MO}; Simplified for {@code zh}, {@code zh-Hans}, {@code zh-SG});
     * else one with the same primary language. Empty when none does.
     */
    public Optional<Language> match(@Nullable String tag) {
        if (tag == null) {
            return Optional.empty();
        }
        Optional<Language> parsed = Language.parse(tag);
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        Language asked = parsed.get();
        if (offers(asked)) {
            return Optional.of(asked);
        }
        Locale locale = asked.locale();
        if (locale.getLanguage().equals("zh")) {
            boolean traditional = isTraditional(asked);
            Optional<Language> sameScript = offered.stream().filter(language -> language.primary().equals("zh"))
                    .filter(language -> traditional == isTraditional(language)).findFirst();
            if (sameScript.isPresent()) {
                return sameScript;
            }
        }
        return offered.stream().filter(language -> language.primary().equals(locale.getLanguage())).findFirst();
    }

    private static boolean isTraditional(Language language) {
        Locale locale = language.locale();
        return locale.getScript().equals("Hant")
                || (locale.getScript().isEmpty() && Set.of("TW", "HK", "MO").contains(locale.getCountry()));
    }

    /**
     * The language of a reader with no {@code lang} in the link: their remembered choice (the cookie
     * {@value #COOKIE}), else the first of the browser's languages this instance offers, else the first offered.
     */
    public Language forReader(Cookie @Nullable [] cookies, @Nullable Enumeration<Locale> locales) {
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (COOKIE.equals(cookie.getName())) {
                    Optional<Language> remembered = match(cookie.getValue());
                    if (remembered.isPresent()) {
                        return remembered.get();
                    }
                }
            }
        }
        return fromBrowser(locales).orElse(primary());
    }

    /** The first of the browser's languages this instance offers, if any. */
    public Optional<Language> fromBrowser(@Nullable Enumeration<Locale> locales) {
        while (locales != null && locales.hasMoreElements()) {
            Optional<Language> language = match(locales.nextElement().toLanguageTag());
            if (language.isPresent()) {
                return language;
            }
        }
        return Optional.empty();
    }

    /** The languages a reader of {@code language} falls back to, in order, before the guide's source language. */
    public List<Language> fallbacks(Language language) {
        return fallbacks.getOrDefault(language, List.of());
    }

    /**
     * The order a reader of {@code language} is shown texts in: the language, its fallbacks, then the guide's
     * {@code source} language.
     */
    public List<Language> order(Language language, Language source) {
        Set<Language> order = new LinkedHashSet<>();
        order.add(language);
        order.addAll(fallbacks(language));
        order.add(source);
        return List.copyOf(order);
    }

    /** The other offered languages, for a language menu. */
    public List<Language> others(Language language) {
        return offered.stream().filter(other -> !other.equals(language)).toList();
    }
}
