package dev.waymark.base.ui;

import dev.waymark.guide.Language;
import java.text.MessageFormat;
import java.util.EnumMap;
import java.util.Map;
import java.util.ResourceBundle;

/** The interface's own words in each language, from {@code i18n/messages_*.properties}. */
public final class Texts {

    private static final Map<Language, ResourceBundle> BUNDLES = new EnumMap<>(Language.class);

    static {
        for (Language language : Language.values()) {
            BUNDLES.put(language, ResourceBundle.getBundle("i18n/messages", language.locale(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
        }
    }

    private Texts() {
    }

    /** The text for {@code key}, with {@code {0}}-style arguments filled in. Throws for an unknown key. */
    public static String get(Language language, String key, Object... arguments) {
        String pattern = BUNDLES.get(language).getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, language.locale()).format(arguments);
    }
}
