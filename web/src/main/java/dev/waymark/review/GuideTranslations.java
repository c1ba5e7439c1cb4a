package dev.waymark.review;

import dev.waymark.base.Check;
import dev.waymark.guide.Guide;
import dev.waymark.guide.Language;
import dev.waymark.guide.Translations;
import java.util.List;

/**
 * A guide whose translations need work, with each offered language that has stale or missing texts.
 *
 * @param guide the guide with its latest saved content
 * @param languages the incomplete languages, each with its stale and missing fields; never empty
 */
public record GuideTranslations(Guide guide, List<Translations.Status> languages) {

    public GuideTranslations {
        Check.present(guide, "guide");
        languages = Check.list(languages, "languages");
        Check.that(!languages.isEmpty() && languages.stream().noneMatch(Translations.Status::complete),
                "only languages with stale or missing translations are listed");
    }

    /** The guide's title in {@code language}, falling back to its source language. */
    public String title(Language language) {
        return guide.content().text(guide.content().title(), language);
    }
}
