package dev.waymark.guide.api;

import dev.waymark.base.SafeMarkdown;
import dev.waymark.guide.Applicability;
import dev.waymark.guide.CardType;
import dev.waymark.guide.ContactPoint;
import dev.waymark.guide.Evidence;
import dev.waymark.guide.Fact;
import dev.waymark.guide.Faq;
import dev.waymark.guide.GuideContent;
import dev.waymark.guide.GuideSummary;
import dev.waymark.guide.Language;
import dev.waymark.guide.LocalizedText;
import dev.waymark.guide.OperatorCode;
import dev.waymark.guide.Phrase;
import dev.waymark.guide.Platform;
import dev.waymark.guide.PublishedGuide;
import dev.waymark.guide.RequiredDocument;
import dev.waymark.guide.Requirement;
import dev.waymark.guide.Source;
import dev.waymark.guide.SourceKey;
import dev.waymark.guide.Step;
import dev.waymark.guide.Way;
import dev.waymark.operator.FormerName;
import dev.waymark.operator.Operator;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The JSON shapes of the public API: a guide in one language, flattened for clients. Step texts come
 * both as the Markdown the editors wrote and as safe HTML.
 */
final class GuideResponses {

    private GuideResponses() {
    }

    record Summary(String slug, String country, String countryName, String language, String title, String summary,
                   List<String> cardTypes, List<OperatorRef> operators, int revision, String url) {
    }

    record OperatorRef(String code, String name, List<String> formerNames) {
    }

    record Guide(String slug, String country, String countryName, String topic, String language,
                 String sourceLanguage, List<String> availableLanguages, String title, String summary,
                 List<String> cardTypes, List<OperatorRef> operators, List<RequirementJson> requirements,
                 List<DocumentJson> documents, List<WayJson> ways, List<TextJson> checks, List<TextJson> cautions,
                 List<FaqJson> faq, List<PhraseJson> phrases, List<SourceJson> sources,
                 @Nullable LocalDate lastVerified, @Nullable LocalDate reviewDue, int revision, Instant publishedAt) {
    }

    record Where(List<String> cardTypes, List<String> operators, List<String> platforms) {
    }

    record RequirementJson(String condition, String whenNotMet, Where appliesTo, boolean unverified,
                           List<String> sources) {
    }

    record DocumentJson(String name, String note, Where appliesTo, boolean unverified, List<String> sources) {
    }

    record WayJson(String kind, String title, String summary, List<StepJson> steps, @Nullable TextJson processingTime,
                   @Nullable TextJson cost, List<ContactJson> contacts, Where appliesTo) {
    }

    record StepJson(int number, String text, String html, String expected, String warning, Where appliesTo,
                    boolean unverified, List<String> sources) {
    }

    record ContactJson(String kind, String value, @Nullable String href, String label, @Nullable String operator,
                       boolean unverified, List<String> sources) {
    }

    record TextJson(String text, boolean unverified, List<String> sources) {
    }

    record FaqJson(String question, String answer, boolean unverified, List<String> sources) {
    }

    record PhraseJson(String language, String text, String meaning) {
    }

    record SourceJson(String key, String url, String title, boolean official, @Nullable LocalDate readOn) {
    }

    static Summary summary(GuideSummary s, Map<OperatorCode, Operator> operators, String url) {
        return new Summary(s.slug().value(), s.country().value(), s.country().displayName(s.language()),
                s.language().tag(), s.title(), s.summary(),
                s.cardTypes().stream().sorted().map(CardType::key).toList(),
                s.operators().stream().map(code -> operator(code, operators)).toList(), s.revision(), url);
    }

    static Guide guide(PublishedGuide published, GuideContent content, Language language,
                       Map<OperatorCode, Operator> operators) {
        Texts t = new Texts(content, language);
        return new Guide(published.slug().value(), content.country().value(), content.country().displayName(language),
                content.topic().value(), language.tag(), content.sourceLanguage().tag(),
                content.languages().stream().map(Language::tag).toList(), t.of(content.title()), t.of(content.summary()),
                content.cardTypes().stream().sorted().map(CardType::key).toList(),
                content.operators().stream().map(code -> operator(code, operators)).toList(),
                content.requirements().stream().map(r -> requirement(r, t)).toList(),
                content.documents().stream().map(d -> document(d, t)).toList(),
                content.ways().stream().map(w -> way(w, t, content, language)).toList(),
                content.checks().stream().map(c -> text(c.text(), c.evidence(), t)).toList(),
                content.cautions().stream().map(c -> text(c.text(), c.evidence(), t)).toList(),
                content.faq().stream().map(f -> faq(f, t)).toList(),
                content.phrases().stream().map(p -> phrase(p, t)).toList(),
                content.provenance().sources().stream().map(GuideResponses::source).toList(),
                content.provenance().lastVerified(), content.provenance().reviewDue(), published.revision(),
                published.publishedAt());
    }

    private record Texts(GuideContent content, Language language) {
        String of(LocalizedText text) {
            return content.text(text, language);
        }
    }

    private static OperatorRef operator(OperatorCode code, Map<OperatorCode, Operator> operators) {
        Operator operator = operators.get(code);
        return operator == null ? new OperatorRef(code.value(), code.value(), List.of())
                : new OperatorRef(code.value(), operator.name(),
                        operator.formerNames().stream().map(FormerName::name).toList());
    }

    private static Where where(Applicability a) {
        return new Where(a.cardTypes().stream().sorted().map(CardType::key).toList(),
                a.operators().stream().map(OperatorCode::value).sorted().toList(),
                a.platforms().stream().sorted().map(Platform::key).toList());
    }

    private static List<String> keys(Evidence evidence) {
        return evidence.sources().stream().map(SourceKey::value).toList();
    }

    private static RequirementJson requirement(Requirement r, Texts t) {
        return new RequirementJson(t.of(r.condition()), t.of(r.whenNotMet()), where(r.appliesTo()),
                r.evidence().unverified(), keys(r.evidence()));
    }

    private static DocumentJson document(RequiredDocument d, Texts t) {
        return new DocumentJson(t.of(d.name()), t.of(d.note()), where(d.appliesTo()), d.evidence().unverified(),
                keys(d.evidence()));
    }

    private static WayJson way(Way way, Texts t, GuideContent content, Language language) {
        List<StepJson> steps = new java.util.ArrayList<>();
        int number = 1;
        for (Step step : way.steps()) {
            String text = t.of(step.text());
            steps.add(new StepJson(number++, text, SafeMarkdown.toHtml(text), t.of(step.expected()), t.of(step.warning()),
                    where(step.appliesTo()), step.evidence().unverified(), keys(step.evidence())));
        }
        return new WayJson(way.kind().key(), way.heading(language, content.sourceLanguage()), t.of(way.summary()), steps,
                fact(way.processingTime(), t), fact(way.cost(), t),
                way.contacts().stream().map(c -> contact(c, t)).toList(), where(way.appliesTo()));
    }

    private static @Nullable TextJson fact(@Nullable Fact fact, Texts t) {
        return fact == null ? null : text(fact.text(), fact.evidence(), t);
    }

    private static ContactJson contact(ContactPoint c, Texts t) {
        return new ContactJson(c.kind().name().toLowerCase(java.util.Locale.ROOT), c.value(), c.href(), t.of(c.label()),
                c.operator() == null ? null : c.operator().value(), c.evidence().unverified(), keys(c.evidence()));
    }

    private static TextJson text(LocalizedText text, Evidence evidence, Texts t) {
        return new TextJson(t.of(text), evidence.unverified(), keys(evidence));
    }

    private static FaqJson faq(Faq f, Texts t) {
        return new FaqJson(t.of(f.question()), t.of(f.answer()), f.evidence().unverified(), keys(f.evidence()));
    }

    private static PhraseJson phrase(Phrase p, Texts t) {
        return new PhraseJson(p.localLanguage(), p.text(), t.of(p.meaning()));
    }

    private static SourceJson source(Source s) {
        return new SourceJson(s.key().value(), s.url().toString(), s.title(), s.official(), s.readOn());
    }
}
