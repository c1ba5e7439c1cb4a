package dev.waymark.guide;

import dev.waymark.base.Check;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Everything a guide says, in all its languages: one immutable value, stored whole as a revision.
 * The constructor checks that the parts agree with each other (steps limited to operators the guide
 * covers, facts citing sources the guide lists...); whether the content is complete enough to
 * publish is asked separately ({@link #publishProblems()}), so drafts can be saved half-written.
 *
 * @param sourceLanguage the language the guide was written in; translations follow it
 * @param cardTypes the card types the guide covers; never empty
 * @param operators the operators the guide covers, in display order; all in {@code country}
 * @param unsorted imported text the importer could not place (Markdown, source language); editors only,
 *                 never shown to readers, and it must be emptied before the guide can be published
 */
public record GuideContent(
        Language sourceLanguage,
        CountryCode country,
        Topic topic,
        LocalizedText title,
        LocalizedText summary,
        Set<CardType> cardTypes,
        List<OperatorCode> operators,
        List<Requirement> requirements,
        List<RequiredDocument> documents,
        List<Way> ways,
        List<AfterCheck> checks,
        List<Caution> cautions,
        List<Faq> faq,
        List<Phrase> phrases,
        Provenance provenance,
        String unsorted) {

    public static final int TITLE_MAX_LENGTH = 160;
    public static final int SUMMARY_MAX_LENGTH = 2000;
    public static final int UNSORTED_MAX_LENGTH = 100_000;

    public GuideContent {
        Check.present(sourceLanguage, "source language");
        Check.present(country, "country");
        Check.present(topic, "topic");
        Check.present(title, "title");
        Check.that(title.has(sourceLanguage),
                "the title is required in the source language (" + sourceLanguage.tag() + ")");
        title.checkMaxLength(TITLE_MAX_LENGTH, "title");
        summary = summary == null ? LocalizedText.EMPTY : summary.checkMaxLength(SUMMARY_MAX_LENGTH, "summary");
        cardTypes = cardTypes == null || cardTypes.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(cardTypes));
        Check.that(!cardTypes.isEmpty(), "a guide must cover at least one card type");
        operators = Check.list(operators, "operators");
        Check.that(new HashSet<>(operators).size() == operators.size(), "an operator is listed twice");
        for (OperatorCode operator : operators) {
            Check.that(operator.country().equals(country),
                    "operator " + operator + " is not in the guide's country " + country);
        }
        requirements = Check.list(requirements, "requirements");
        documents = Check.list(documents, "documents");
        ways = Check.list(ways, "ways");
        checks = Check.list(checks, "checks");
        cautions = Check.list(cautions, "cautions");
        faq = Check.list(faq, "FAQ");
        phrases = Check.list(phrases, "phrases");
        provenance = provenance == null ? Provenance.NONE : provenance;
        unsorted = Check.maxLength(unsorted == null ? "" : unsorted.strip(), UNSORTED_MAX_LENGTH, "unsorted part");

        Set<WayKind> kinds = EnumSet.noneOf(WayKind.class);
        for (Way way : ways) {
            Check.that(kinds.add(way.kind()), "there are two ways of kind " + way.kind().key()
                    + ": merge them and limit steps to operators or card types instead");
        }
        checkReferences(cardTypes, Set.copyOf(operators), provenance, requirements, documents, ways, checks,
                cautions, faq);
    }

    private static void checkReferences(Set<CardType> cardTypes, Set<OperatorCode> operators, Provenance provenance,
                                        List<Requirement> requirements, List<RequiredDocument> documents,
                                        List<Way> ways, List<AfterCheck> checks, List<Caution> cautions,
                                        List<Faq> faq) {
        Consumer<Applicability> applicability = a -> {
            for (CardType type : a.cardTypes()) {
                Check.that(cardTypes.contains(type),
                        "a part is limited to card type " + type.key() + ", which the guide does not cover");
            }
            for (OperatorCode operator : a.operators()) {
                Check.that(operators.contains(operator),
                        "a part is limited to operator " + operator + ", which the guide does not cover");
            }
        };
        Consumer<Evidence> evidence = e -> {
            for (SourceKey key : e.sources()) {
                Check.that(provenance.source(key).isPresent(), "a fact cites source '" + key + "', which the guide does not list");
            }
        };
        requirements.forEach(r -> { applicability.accept(r.appliesTo()); evidence.accept(r.evidence()); });
        documents.forEach(d -> { applicability.accept(d.appliesTo()); evidence.accept(d.evidence()); });
        checks.forEach(c -> { applicability.accept(c.appliesTo()); evidence.accept(c.evidence()); });
        cautions.forEach(c -> { applicability.accept(c.appliesTo()); evidence.accept(c.evidence()); });
        faq.forEach(f -> evidence.accept(f.evidence()));
        for (Way way : ways) {
            applicability.accept(way.appliesTo());
            evidence.accept(way.evidence());
            Stream.of(way.processingTime(), way.cost()).filter(java.util.Objects::nonNull)
                    .forEach(f -> evidence.accept(f.evidence()));
            for (Step step : way.steps()) {
                applicability.accept(step.appliesTo());
                evidence.accept(step.evidence());
            }
            for (ContactPoint contact : way.contacts()) {
                evidence.accept(contact.evidence());
                Check.that(contact.operator() == null || operators.contains(contact.operator()),
                        "a contact belongs to operator " + contact.operator() + ", which the guide does not cover");
            }
        }
    }

    /** Why this content cannot be published yet; empty when it can. */
    public List<String> publishProblems() {
        List<String> problems = new ArrayList<>();
        if (ways.stream().allMatch(way -> way.steps().isEmpty())) {
            problems.add("a guide needs at least one way with a step before it can be published");
        }
        if (!unsorted.isEmpty()) {
            problems.add("the unsorted part still holds imported text: move it into the guide or delete it");
        }
        if (provenance.sources().isEmpty()) {
            problems.add("a guide needs at least one source before it can be published");
        }
        problems.addAll(pictureProblems());
        return problems;
    }

    /** Each picture that lacks alt text in a language of the guide, named by where it is and the languages. */
    private List<String> pictureProblems() {
        List<String> problems = new ArrayList<>();
        Set<Language> languages = languages();
        forEachPicture((where, picture) -> {
            List<String> missing = languages.stream().filter(language -> !picture.alt().has(language))
                    .map(Language::tag).toList();
            if (!missing.isEmpty()) {
                problems.add("picture " + where + " needs its alt text in " + String.join(", ", missing)
                        + " before the guide can be published");
            }
        });
        return problems;
    }

    /** Every picture of the guide, in the guide's order (before you start, ways and their steps, cautions, phrases). */
    public List<Illustration> pictures() {
        List<Illustration> all = new ArrayList<>();
        forEachPicture((where, picture) -> all.add(picture));
        return all;
    }

    /** Calls {@code action} with each picture and where it is, in words ("2 of step 3 of way store-visit"). */
    private void forEachPicture(BiConsumer<String, Illustration> action) {
        BiConsumer<String, List<Illustration>> each = (part, pictures) -> {
            for (int i = 0; i < pictures.size(); i++) {
                action.accept((i + 1) + " of " + part, pictures.get(i));
            }
        };
        for (int i = 0; i < requirements.size(); i++) {
            each.accept("requirement " + (i + 1), requirements.get(i).pictures());
        }
        for (int i = 0; i < documents.size(); i++) {
            each.accept("document " + (i + 1), documents.get(i).pictures());
        }
        for (Way way : ways) {
            each.accept("way " + way.kind().key(), way.pictures());
            for (int i = 0; i < way.steps().size(); i++) {
                each.accept("step " + (i + 1) + " of way " + way.kind().key(), way.steps().get(i).pictures());
            }
        }
        for (int i = 0; i < cautions.size(); i++) {
            each.accept("caution " + (i + 1), cautions.get(i).pictures());
        }
        for (int i = 0; i < phrases.size(); i++) {
            each.accept("phrase " + (i + 1), phrases.get(i).pictures());
        }
    }

    public boolean isPublishable() {
        return publishProblems().isEmpty();
    }

    /** The languages the guide's title is written in, source language first. */
    public Set<Language> languages() {
        Set<Language> languages = new LinkedHashSet<>();
        languages.add(sourceLanguage);
        languages.addAll(title.values().keySet());
        return languages;
    }

    /**
     * Only what applies to the reader's situation: the ways of the chosen kind (all when none is chosen)
     * that apply, each with only its applicable steps, and the requirements, documents, checks and
     * cautions that apply. Ways left with no step are dropped. Pictures limited to another platform than the
     * situation's are dropped from every part.
     */
    public GuideContent forSituation(Situation situation) {
        List<Way> applicableWays = ways.stream()
                .filter(way -> situation.way() == null || way.kind() == situation.way())
                .filter(way -> way.appliesTo().appliesTo(situation))
                .map(way -> way.withSteps(way.stepsFor(situation).stream()
                        .map(step -> step.withPictures(Illustration.forSituation(step.pictures(), situation))).toList())
                        .withPictures(Illustration.forSituation(way.pictures(), situation)))
                .filter(way -> !way.steps().isEmpty())
                .toList();
        return new GuideContent(sourceLanguage, country, topic, title, summary, cardTypes, operators,
                requirements.stream().filter(r -> r.appliesTo().appliesTo(situation))
                        .map(r -> r.withPictures(Illustration.forSituation(r.pictures(), situation))).toList(),
                documents.stream().filter(d -> d.appliesTo().appliesTo(situation))
                        .map(d -> d.withPictures(Illustration.forSituation(d.pictures(), situation))).toList(),
                applicableWays,
                checks.stream().filter(c -> c.appliesTo().appliesTo(situation)).toList(),
                cautions.stream().filter(c -> c.appliesTo().appliesTo(situation))
                        .map(c -> c.withPictures(Illustration.forSituation(c.pictures(), situation))).toList(),
                faq, phrases.stream().map(p -> p.withPictures(Illustration.forSituation(p.pictures(), situation))).toList(),
                provenance, "");
    }

    /** The text in {@code language}, falling back to the source language. */
    public String text(LocalizedText text, Language language) {
        return text.resolve(language, sourceLanguage);
    }

    public GuideContent withTitle(LocalizedText newTitle) {
        return new GuideContent(sourceLanguage, country, topic, newTitle, summary, cardTypes, operators, requirements,
                documents, ways, checks, cautions, faq, phrases, provenance, unsorted);
    }

    public GuideContent withWays(List<Way> newWays) {
        return new GuideContent(sourceLanguage, country, topic, title, summary, cardTypes, operators, requirements,
                documents, newWays, checks, cautions, faq, phrases, provenance, unsorted);
    }

    public GuideContent withProvenance(Provenance newProvenance) {
        return new GuideContent(sourceLanguage, country, topic, title, summary, cardTypes, operators, requirements,
                documents, ways, checks, cautions, faq, phrases, newProvenance, unsorted);
    }

    public GuideContent withUnsorted(String newUnsorted) {
        return new GuideContent(sourceLanguage, country, topic, title, summary, cardTypes, operators, requirements,
                documents, ways, checks, cautions, faq, phrases, provenance, newUnsorted);
    }
}
