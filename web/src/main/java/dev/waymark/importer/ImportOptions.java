package dev.waymark.importer;

import dev.waymark.base.Check;
import dev.waymark.guide.CardType;
import dev.waymark.guide.CountryCode;
import dev.waymark.guide.Language;
import dev.waymark.guide.Topic;
import java.util.EnumSet;
import java.util.Set;

/**
 * What the editor says about an article before it is imported: the country it is about, the card types it
 * covers and the language it is written in. Pre-filled from {@link Detection}, always the editor's to change.
 */
public record ImportOptions(CountryCode country, Set<CardType> cardTypes, Language language, Topic topic) {

    public ImportOptions {
        Check.present(country, "country");
        Check.present(language, "language");
        Check.that(cardTypes != null && !cardTypes.isEmpty(), "choose at least one card type");
        cardTypes = Set.copyOf(EnumSet.copyOf(cardTypes));
        topic = topic == null ? Topic.CANCEL_MOBILE_SERVICE : topic;
    }

    public ImportOptions(CountryCode country, Set<CardType> cardTypes, Language language) {
        this(country, cardTypes, language, Topic.CANCEL_MOBILE_SERVICE);
    }
}
