package dev.waymark.guide.editor.ui;

import com.vaadin.flow.component.details.Details;
import dev.waymark.guide.AfterCheck;
import dev.waymark.guide.Applicability;
import dev.waymark.guide.Caution;
import dev.waymark.guide.Evidence;
import dev.waymark.guide.Faq;
import dev.waymark.guide.Illustration;
import dev.waymark.guide.LocalizedText;
import dev.waymark.guide.RequiredDocument;
import dev.waymark.guide.Requirement;
import dev.waymark.guide.Step;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Edits a part made of translated texts, perhaps limited to situations, with what backs it: a step, a
 * requirement, a document, an after-check, a caution or a FAQ entry. Each kind is described once below.
 *
 * @param <T> the domain record
 */
final class TextPartEditor<T> extends PartEditor<T> {

    /** Makes the record from its texts (in the kind's order), where it applies and its evidence. */
    @FunctionalInterface
    interface Maker<T> {
        T make(List<LocalizedText> texts, Applicability appliesTo, Evidence evidence);
    }

    /**
     * One text of a part.
     *
     * @param id the word in the field's id
     * @param fragments the domain's names for this text in its messages ("step text", "needs its text")
     */
    record Text<T>(String id, String labelKey, @Nullable String helpKey, boolean multiline, int maxLength,
                   Function<T, LocalizedText> value, List<String> fragments) {
    }

    /**
     * A kind of part: its texts, whether it can be limited to situations, how its record is made, and whether it
     * carries pictures ({@code pictures} reads them, {@code withPictures} sets them; both null when it does not).
     */
    record Kind<T>(List<Text<T>> texts, @Nullable Function<T, Applicability> appliesTo, Function<T, Evidence> evidence,
                   Maker<T> maker, @Nullable Function<T, List<Illustration>> pictures,
                   @Nullable BiFunction<T, List<Illustration>, T> withPictures) {

        /** A kind of part without pictures. */
        Kind(List<Text<T>> texts, @Nullable Function<T, Applicability> appliesTo, Function<T, Evidence> evidence,
             Maker<T> maker) {
            this(texts, appliesTo, evidence, maker, null, null);
        }
    }

    static final Kind<Step> STEP = new Kind<>(List.of(
            new Text<>("text", "editor.step.text", "editor.markdown.help", true, Step.TEXT_MAX_LENGTH, Step::text,
                    List.of("step text", "needs its text")),
            new Text<>("expected", "editor.step.expected", null, false, Step.TEXT_MAX_LENGTH, Step::expected,
                    List.of("expected result")),
            new Text<>("warning", "editor.step.warning", null, false, Step.TEXT_MAX_LENGTH, Step::warning,
                    List.of("step warning"))),
            Step::appliesTo, Step::evidence,
            (texts, applies, evidence) -> new Step(texts.get(0), texts.get(1), texts.get(2), applies, evidence),
            Step::pictures, Step::withPictures);

    static final Kind<Requirement> REQUIREMENT = new Kind<>(List.of(
            new Text<>("condition", "editor.requirement.condition", null, false, Requirement.TEXT_MAX_LENGTH,
                    Requirement::condition, List.of("requirement")),
            new Text<>("when-not-met", "editor.requirement.whenNotMet", null, false, Requirement.TEXT_MAX_LENGTH,
                    Requirement::whenNotMet, List.of("when not met"))),
            Requirement::appliesTo, Requirement::evidence,
            (texts, applies, evidence) -> new Requirement(texts.get(0), texts.get(1), applies, evidence),
            Requirement::pictures, Requirement::withPictures);

    static final Kind<RequiredDocument> DOCUMENT = new Kind<>(List.of(
            new Text<>("name", "editor.document.name", null, false, RequiredDocument.TEXT_MAX_LENGTH,
                    RequiredDocument::name, List.of("document name", "needs its name")),
            new Text<>("note", "editor.document.note", null, false, RequiredDocument.TEXT_MAX_LENGTH,
                    RequiredDocument::note, List.of("document note"))),
            RequiredDocument::appliesTo, RequiredDocument::evidence,
            (texts, applies, evidence) -> new RequiredDocument(texts.get(0), texts.get(1), applies, evidence),
            RequiredDocument::pictures, RequiredDocument::withPictures);

    static final Kind<AfterCheck> CHECK = new Kind<>(List.of(
            new Text<>("text", "editor.check.text", null, false, AfterCheck.TEXT_MAX_LENGTH, AfterCheck::text,
                    List.of("check"))),
            AfterCheck::appliesTo, AfterCheck::evidence,
            (texts, applies, evidence) -> new AfterCheck(texts.get(0), applies, evidence));

    static final Kind<Caution> CAUTION = new Kind<>(List.of(
            new Text<>("text", "editor.caution.text", "editor.markdown.help", true, Caution.TEXT_MAX_LENGTH,
                    Caution::text, List.of("caution"))),
            Caution::appliesTo, Caution::evidence,
            (texts, applies, evidence) -> new Caution(texts.get(0), applies, evidence),
            Caution::pictures, Caution::withPictures);

    static final Kind<Faq> FAQ = new Kind<>(List.of(
            new Text<>("question", "editor.faq.question", null, false, Faq.QUESTION_MAX_LENGTH, Faq::question,
                    List.of("question")),
            new Text<>("answer", "editor.faq.answer", "editor.markdown.help", true, Faq.TEXT_MAX_LENGTH, Faq::answer,
                    List.of("answer"))),
            null, Faq::evidence,
            (texts, applies, evidence) -> new Faq(texts.get(0), texts.get(1), evidence));

    private static final int OUTLINE_LENGTH = 48;

    private final Kind<T> kind;
    private final List<LocalizedTextField> texts = new ArrayList<>();
    private final @Nullable ApplicabilityField applies;
    private final EvidenceField evidence;
    private final Details facts;
    private final @Nullable PicturesField pictures;

    TextPartEditor(EditorContext context, Kind<T> kind) {
        super(context);
        this.kind = kind;
        for (Text<T> text : kind.texts()) {
            LocalizedTextField field = context.text(text.labelKey(), text.multiline(), text.maxLength());
            if (text.helpKey() != null) {
                field.setHelperText(context.t(text.helpKey()));
            }
            field.setWidthFull();
            blames(field, text.fragments().toArray(String[]::new));
            texts.add(field);
            add(field);
        }
        pictures = kind.pictures() == null ? null : context.pictures();
        if (pictures != null) {
            blames(pictures, "pictures", "picture");
            add(pictures);
        }
        applies = kind.appliesTo() == null ? null : context.applicability();
        evidence = context.evidence();
        facts = appliesAndEvidence(applies, evidence);
        add(facts);
    }

    @Override
    protected T build() {
        T made = kind.maker().make(texts.stream().map(LocalizedTextField::getValue).toList(),
                applies == null ? Applicability.ALL : applies.getValue(), field(evidence, evidence::read));
        BiFunction<T, List<Illustration>, T> withPictures = kind.withPictures();
        return pictures == null || withPictures == null ? made
                : field(pictures, () -> withPictures.apply(made, pictures.getValue()));
    }

    @Override
    void show(T value) {
        for (int index = 0; index < texts.size(); index++) {
            texts.get(index).setValue(kind.texts().get(index).value().apply(value));
        }
        if (applies != null && kind.appliesTo() != null) {
            applies.setValue(kind.appliesTo().apply(value));
        }
        evidence.setValue(kind.evidence().apply(value));
        if (pictures != null && kind.pictures() != null) {
            pictures.setValue(kind.pictures().apply(value));
        }
    }

    @Override
    void identify(String id) {
        super.identify(id);
        for (int index = 0; index < texts.size(); index++) {
            texts.get(index).setId(id + "-" + kind.texts().get(index).id());
        }
        if (applies != null) {
            applies.setId(id + "-applies");
        }
        evidence.setId(id + "-evidence");
        facts.setId(id + "-facts");
        if (pictures != null) {
            pictures.setId(id + "-pictures");
        }
    }

    /** The first words of the part's first text, in the source language, for outlines. */
    String firstWords() {
        String text = texts.getFirst().getValue().resolve(context.source(), context.source())
                .replaceAll("[*_\\[\\]]|\\(\\S+\\)", "").strip();
        return text.length() <= OUTLINE_LENGTH ? text : text.substring(0, OUTLINE_LENGTH - 1).strip() + "…";
    }

    @Override
    void focusFirst() {
        texts.getFirst().field(context.source()).focus();
    }

    @Override
    void collect(References references, Problems where) {
        references.evidence(this, evidence, where);
        references.applicability(this, applies, where);
    }
}
