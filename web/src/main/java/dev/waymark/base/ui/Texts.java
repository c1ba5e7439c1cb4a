package dev.waymark.base.ui;

import dev.waymark.guide.Language;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The interface's own words in each language, from {@code i18n/messages_<tag>.properties} (e.g.
 * {@code messages_zh_TW.properties}). A language's file need not hold every key: a missing one is taken from the
 * languages its {@code language.fallback} key names, in order, then from English. So a new language's file may start
 * with the readers' texts alone.
 */
public final class Texts {

    private static final Language LAST_RESORT = Language.EN;
    private static final Map<Language, Optional<ResourceBundle>> BUNDLES = new ConcurrentHashMap<>();
    private static final Map<Language, List<ResourceBundle>> CHAINS = new ConcurrentHashMap<>();

    private Texts() {
    }

    /** The text for {@code key}, with {@code {0}}-style arguments filled in. Throws for an unknown key. */
    public static String get(Language language, String key, Object... arguments) {
        String pattern = find(language, key).orElseThrow(() -> new MissingResourceException(
                "no text '" + key + "' for " + language.tag() + " or its fallbacks", Texts.class.getName(), key));
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, language.locale()).format(arguments);
    }

    /** The text for {@code key} in {@code language} or the languages it falls back to; empty when none has it. */
    public static Optional<String> find(Language language, String key) {
        for (ResourceBundle bundle : CHAINS.computeIfAbsent(language, Texts::chain)) {
            if (bundle.containsKey(key)) {
                return Optional.of(bundle.getString(key));
            }
        }
        return Optional.empty();
    }

    /** The text for {@code key} in the language's own message file, without fallbacks. */
    public static Optional<String> own(Language language, String key) {
        return bundle(language).filter(bundle -> bundle.containsKey(key)).map(bundle -> bundle.getString(key));
    }

    private static List<ResourceBundle> chain(Language language) {
        Set<Language> order = new LinkedHashSet<>();
        order.add(language);
        bundle(language).filter(bundle -> bundle.containsKey("language.fallback"))
                .ifPresent(bundle -> {
                    for (String tag : bundle.getString("language.fallback").split(",")) {
                        Language.parse(tag).ifPresent(order::add);
                    }
                });
        order.add(LAST_RESORT);
        List<ResourceBundle> chain = new ArrayList<>();
        order.forEach(each -> bundle(each).ifPresent(chain::add));
        return List.copyOf(chain);
    }

    private static Optional<ResourceBundle> bundle(Language language) {
        return BUNDLES.computeIfAbsent(language, each -> {
            try {
                ResourceBundle bundle = ResourceBundle.getBundle("i18n/messages", each.locale(),
                        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
                // A file for another variant of the language (messages_zh_CN for zh-TW) is not this language's own.
                return bundle.getLocale().toLanguageTag().equals(each.tag()) || bundle.getLocale().getLanguage()
                        .equals(each.tag()) ? Optional.of(bundle) : Optional.empty();
            } catch (MissingResourceException e) {
                return Optional.empty();
            }
        });
    }
}
