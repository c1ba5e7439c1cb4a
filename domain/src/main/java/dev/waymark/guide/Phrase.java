package dev.waymark.guide;

import dev.waymark.base.Check;
import java.util.List;
import java.util.Locale;

/**
 * A sentence in the country's language to show at the counter, with its meaning for the reader.
 *
 * @param localLanguage the BCP 47 tag of {@code text}'s language, e.g. {@code sr-Latn}, {@code ru}, {@code nl}
 * @param text the sentence as the clerk reads it
 * @param meaning what it says, in the reader's languages
 * @param pictures what to show the clerk with the sentence (the SIM card's number), in order; may be empty
 */
public record Phrase(String localLanguage, String text, LocalizedText meaning, List<Illustration> pictures) {

    public static final int TEXT_MAX_LENGTH = 500;

    public Phrase {
        localLanguage = Check.notBlank(localLanguage, "phrase language");
        Check.that(!Locale.forLanguageTag(localLanguage).getLanguage().isEmpty(),
                "phrase language must be a language tag such as sr-Latn (was '" + localLanguage + "')");
        text = Check.maxLength(Check.notBlank(text, "phrase"), TEXT_MAX_LENGTH, "phrase");
        Check.present(meaning, "phrase meaning");
        Check.that(!meaning.isEmpty(), "a phrase needs its meaning in the reader's language");
        meaning.checkMaxLength(TEXT_MAX_LENGTH, "phrase meaning");
        pictures = Illustration.list(pictures);
    }

    /** A phrase without pictures. */
    public Phrase(String localLanguage, String text, LocalizedText meaning) {
        this(localLanguage, text, meaning, List.of());
    }

    public Phrase withPictures(List<Illustration> newPictures) {
        return new Phrase(localLanguage, text, meaning, newPictures);
    }
}
