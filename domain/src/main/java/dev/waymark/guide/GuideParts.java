package dev.waymark.guide;

import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A guide's slug and content taken apart, so that a merge can combine parts from different versions and only
 * then ask {@link GuideContent}'s constructor whether the combination holds together. Mutable, short-lived.
 */
final class GuideParts {

    @Nullable Slug slug;
    Language sourceLanguage;
    CountryCode country;
    Topic topic;
    LocalizedText title;
    LocalizedText summary;
    Set<CardType> cardTypes;
    List<OperatorCode> operators;
    List<Requirement> requirements;
    List<RequiredDocument> documents;
    List<Way> ways;
    List<AfterCheck> checks;
    List<Caution> cautions;
    List<Faq> faq;
    List<Phrase> phrases;
    Provenance provenance;
    String unsorted;

    GuideParts(@Nullable Slug slug, GuideContent content) {
        this.slug = slug;
        sourceLanguage = content.sourceLanguage();
        country = content.country();
        topic = content.topic();
        title = content.title();
        summary = content.summary();
        cardTypes = content.cardTypes();
        operators = content.operators();
        requirements = content.requirements();
        documents = content.documents();
        ways = content.ways();
        checks = content.checks();
        cautions = content.cautions();
        faq = content.faq();
        phrases = content.phrases();
        provenance = content.provenance();
        unsorted = content.unsorted();
    }

    private GuideParts(GuideParts other) {
        slug = other.slug;
        sourceLanguage = other.sourceLanguage;
        country = other.country;
        topic = other.topic;
        title = other.title;
        summary = other.summary;
        cardTypes = other.cardTypes;
        operators = other.operators;
        requirements = other.requirements;
        documents = other.documents;
        ways = other.ways;
        checks = other.checks;
        cautions = other.cautions;
        faq = other.faq;
        phrases = other.phrases;
        provenance = other.provenance;
        unsorted = other.unsorted;
    }

    GuideParts copy() {
        return new GuideParts(this);
    }

    /**
     * The parts as content.
     *
     * @throws IllegalArgumentException when the parts do not hold together (a step limited to an operator the
     *                                  guide no longer covers, a fact citing a source it no longer lists...)
     */
    GuideContent content() {
        return new GuideContent(sourceLanguage, country, topic, title, summary, cardTypes, operators, requirements,
                documents, ways, checks, cautions, faq, phrases, provenance, unsorted);
    }
}
