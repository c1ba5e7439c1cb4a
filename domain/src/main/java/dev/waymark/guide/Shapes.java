package dev.waymark.guide;

import dev.waymark.guide.GuideDiff.Field;
import dev.waymark.guide.GuideDiff.Part;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The parts of a guide described once, field by field, so that {@link GuideDiff} compares them and
 * {@link GuideMerge} merges them with the same notion of what a field and an item are.
 */
final class Shapes {

    private Shapes() {
    }

    /** One field of a part: how to read it and, for the guide's own details, how to set it. */
    record Attr<T>(Field field, Function<T, @Nullable Object> get, @Nullable BiConsumer<T, Object> set) {

        static <T> Attr<T> of(Field field, Function<T, @Nullable Object> get) {
            return new Attr<>(field, get, null);
        }
    }

    /** A list inside an item, such as a way's steps. */
    record Child<T, C>(Shape<C> shape, Function<T, List<C>> get) {
    }

    /** Field values (and children) for building an item back. */
    static final class Values {

        private final Map<Field, @Nullable Object> fields = new EnumMap<>(Field.class);
        private final Map<Part, List<?>> children = new EnumMap<>(Part.class);

        void put(Field field, @Nullable Object value) {
            fields.put(field, value);
        }

        void putChildren(Part part, List<?> items) {
            children.put(part, items);
        }

        @SuppressWarnings("unchecked")
        <V> V get(Field field) {
            return (V) fields.get(field);
        }

        @SuppressWarnings("unchecked")
        <C> List<C> children(Part part) {
            return (List<C>) children.get(part);
        }
    }

    /**
     * What an item of a list is made of.
     *
     * @param identity what makes two versions the same item (a way's kind, a source's key); null when items
     *                 pair by equality, then by similar text, then by position
     * @param words the item's words in every language, to pair edited items
     * @param summary the item in a few words, in a language, for "added" and "removed"
     * @param way the way an item is, for ways themselves; null for every other item
     */
    record Shape<T>(Part part, @Nullable Function<T, Object> identity, Function<T, String> words,
                    BiFunction<T, Language, String> summary, List<Attr<T>> attrs, List<Child<T, ?>> children,
                    Function<Values, T> build, @Nullable Function<T, WayKind> way) {

        /** The item's fields (and children) as values. */
        Values values(T item) {
            Values values = new Values();
            attrs.forEach(attr -> values.put(attr.field(), attr.get().apply(item)));
            children.forEach(child -> values.putChildren(child.shape().part(), child.get().apply(item)));
            return values;
        }
    }

    static String words(LocalizedText text) {
        return String.join(" ", text.values().values());
    }

    static String summary(LocalizedText text, Language language) {
        return text.resolve(language, language);
    }

    /** A plain list item known by one text (a step by its text, a question by itself). */
    private static <T> Shape<T> item(Part part, Function<T, LocalizedText> known, List<Attr<T>> attrs,
                                     Function<Values, T> build) {
        return new Shape<>(part, null, item -> words(known.apply(item)),
                (item, language) -> summary(known.apply(item), language), attrs, List.of(), build, null);
    }

    private static <T> List<Attr<T>> attrs(List<Attr<T>> own, @Nullable Function<T, Applicability> appliesTo,
                                           Function<T, Evidence> evidence) {
        List<Attr<T>> all = new ArrayList<>(own);
        if (appliesTo != null) {
            all.add(Attr.of(Field.CARD_TYPES, item -> appliesTo.apply(item).cardTypes()));
            all.add(Attr.of(Field.OPERATORS, item -> appliesTo.apply(item).operators()));
            all.add(Attr.of(Field.PLATFORMS, item -> appliesTo.apply(item).platforms()));
        }
        all.add(Attr.of(Field.SOURCES, item -> evidence.apply(item).sources()));
        all.add(Attr.of(Field.UNVERIFIED, item -> evidence.apply(item).unverified()));
        all.add(Attr.of(Field.ADVICE, item -> evidence.apply(item).advice()));
        return List.copyOf(all);
    }

    private static Applicability appliesTo(Values values) {
        return new Applicability(values.get(Field.CARD_TYPES), values.get(Field.OPERATORS),
                values.get(Field.PLATFORMS));
    }

    private static Evidence evidence(Values values) {
        return Evidence.of(values.get(Field.SOURCES), values.<Boolean>get(Field.UNVERIFIED),
                values.<Boolean>get(Field.ADVICE));
    }

    static final Shape<Requirement> REQUIREMENT = item(Part.REQUIREMENT, Requirement::condition,
            attrs(List.of(Attr.of(Field.CONDITION, Requirement::condition),
                    Attr.of(Field.WHEN_NOT_MET, Requirement::whenNotMet), Attr.of(Field.PICTURES, Requirement::pictures)),
                    Requirement::appliesTo, Requirement::evidence),
            v -> new Requirement(v.get(Field.CONDITION), v.get(Field.WHEN_NOT_MET), appliesTo(v), evidence(v),
                    v.get(Field.PICTURES)));

    static final Shape<RequiredDocument> DOCUMENT = item(Part.DOCUMENT, RequiredDocument::name,
            attrs(List.of(Attr.of(Field.NAME, RequiredDocument::name), Attr.of(Field.NOTE, RequiredDocument::note),
                    Attr.of(Field.PICTURES, RequiredDocument::pictures)),
                    RequiredDocument::appliesTo, RequiredDocument::evidence),
            v -> new RequiredDocument(v.get(Field.NAME), v.get(Field.NOTE), appliesTo(v), evidence(v),
                    v.get(Field.PICTURES)));

    static final Shape<Step> STEP = item(Part.STEP, Step::text,
            attrs(List.of(Attr.of(Field.TEXT, Step::text), Attr.of(Field.EXPECTED, Step::expected),
                    Attr.of(Field.WARNING, Step::warning), Attr.of(Field.PICTURES, Step::pictures)), Step::appliesTo,
                    Step::evidence),
            v -> new Step(v.get(Field.TEXT), v.get(Field.EXPECTED), v.get(Field.WARNING), appliesTo(v), evidence(v),
                    v.get(Field.PICTURES)));

    static final Shape<ContactPoint> CONTACT = new Shape<>(Part.CONTACT, null,
            c -> c.kind() + " " + c.value() + " " + words(c.label()), (c, language) -> c.value(),
            attrs(List.of(Attr.of(Field.KIND, ContactPoint::kind), Attr.of(Field.VALUE, ContactPoint::value),
                    Attr.of(Field.LABEL, ContactPoint::label), Attr.of(Field.OPERATOR, ContactPoint::operator)),
                    null, ContactPoint::evidence),
            List.of(),
            v -> new ContactPoint(v.get(Field.KIND), v.get(Field.VALUE), v.get(Field.LABEL), v.get(Field.OPERATOR),
                    evidence(v)),
            null);

    private static List<Attr<Way>> factAttrs(Field text, Field sources, Field unverified, Field advice,
                                             Function<Way, @Nullable Fact> fact) {
        return List.of(
                Attr.of(text, way -> fact.apply(way) == null ? LocalizedText.EMPTY : fact.apply(way).text()),
                Attr.of(sources, way -> fact.apply(way) == null ? List.of() : fact.apply(way).evidence().sources()),
                Attr.of(unverified, way -> fact.apply(way) != null && fact.apply(way).evidence().unverified()),
                Attr.of(advice, way -> fact.apply(way) != null && fact.apply(way).evidence().advice()));
    }

    private static @Nullable Fact fact(Values values, Field text, Field sources, Field unverified, Field advice) {
        LocalizedText words = values.get(text);
        return words.isEmpty() ? null
                : new Fact(words, Evidence.of(values.get(sources), values.<Boolean>get(unverified),
                        values.<Boolean>get(advice)));
    }

    private static List<Attr<Way>> wayAttrs() {
        List<Attr<Way>> own = new ArrayList<>(List.of(Attr.of(Field.TITLE, Way::title),
                Attr.of(Field.SUMMARY, Way::summary)));
        own.addAll(factAttrs(Field.PROCESSING_TIME, Field.PROCESSING_TIME_SOURCES, Field.PROCESSING_TIME_UNVERIFIED,
                Field.PROCESSING_TIME_ADVICE, Way::processingTime));
        own.addAll(factAttrs(Field.COST, Field.COST_SOURCES, Field.COST_UNVERIFIED, Field.COST_ADVICE, Way::cost));
        own.add(Attr.of(Field.PICTURES, Way::pictures));
        return attrs(own, Way::appliesTo, Way::evidence);
    }

    /** Ways pair by kind: a guide has at most one way of each kind. The kind travels in the values as KIND. */
    static final Shape<Way> WAY = new Shape<>(Part.WAY, Way::kind,
            way -> way.kind().key(), (way, language) -> summary(way.title(), language),
            concat(List.of(Attr.of(Field.KIND, Way::kind)), wayAttrs()),
            List.of(new Child<>(STEP, Way::steps), new Child<>(CONTACT, Way::contacts)),
            v -> new Way(v.get(Field.KIND), v.get(Field.TITLE), v.get(Field.SUMMARY), v.children(Part.STEP),
                    fact(v, Field.PROCESSING_TIME, Field.PROCESSING_TIME_SOURCES, Field.PROCESSING_TIME_UNVERIFIED,
                            Field.PROCESSING_TIME_ADVICE),
                    fact(v, Field.COST, Field.COST_SOURCES, Field.COST_UNVERIFIED, Field.COST_ADVICE),
                    v.children(Part.CONTACT),
                    appliesTo(v), evidence(v), v.get(Field.PICTURES)),
            Way::kind);

    static final Shape<AfterCheck> CHECK = item(Part.CHECK, AfterCheck::text,
            attrs(List.of(Attr.of(Field.TEXT, AfterCheck::text)), AfterCheck::appliesTo, AfterCheck::evidence),
            v -> new AfterCheck(v.get(Field.TEXT), appliesTo(v), evidence(v)));

    static final Shape<Caution> CAUTION = item(Part.CAUTION, Caution::text,
            attrs(List.of(Attr.of(Field.TEXT, Caution::text), Attr.of(Field.PICTURES, Caution::pictures)),
                    Caution::appliesTo, Caution::evidence),
            v -> new Caution(v.get(Field.TEXT), appliesTo(v), evidence(v), v.get(Field.PICTURES)));

    static final Shape<Faq> FAQ = item(Part.FAQ, Faq::question,
            attrs(List.of(Attr.of(Field.QUESTION, Faq::question), Attr.of(Field.ANSWER, Faq::answer)), null,
                    Faq::evidence),
            v -> new Faq(v.get(Field.QUESTION), v.get(Field.ANSWER), evidence(v)));

    static final Shape<Phrase> PHRASE = new Shape<>(Part.PHRASE, null,
            p -> p.text() + " " + words(p.meaning()), (p, language) -> p.text(),
            List.of(Attr.of(Field.LOCAL_LANGUAGE, Phrase::localLanguage), Attr.of(Field.TEXT, Phrase::text),
                    Attr.of(Field.MEANING, Phrase::meaning), Attr.of(Field.PICTURES, Phrase::pictures)),
            List.of(),
            v -> new Phrase(v.get(Field.LOCAL_LANGUAGE), v.get(Field.TEXT), v.get(Field.MEANING), v.get(Field.PICTURES)),
            null);

    /** Sources pair by key, which facts cite. The key travels in the values as KEY. */
    static final Shape<Source> SOURCE = new Shape<>(Part.SOURCE, Source::key,
            s -> s.key().value(), (s, language) -> s.title() + " (" + s.key() + ")",
            List.of(Attr.of(Field.KEY, Source::key), Attr.of(Field.URL, Source::url),
                    Attr.of(Field.TITLE, Source::title), Attr.of(Field.OFFICIAL, Source::official),
                    Attr.of(Field.READ_ON, Source::readOn)),
            List.of(),
            v -> new Source(v.get(Field.KEY), v.get(Field.URL), v.get(Field.TITLE), v.<Boolean>get(Field.OFFICIAL),
                    v.get(Field.READ_ON)),
            null);

    /** A guide's provenance: one "item" with its dates and its list of sources. */
    static final Shape<Provenance> PROVENANCE = new Shape<>(Part.PROVENANCE, null, p -> "", (p, language) -> "",
            List.of(Attr.of(Field.LAST_VERIFIED, Provenance::lastVerified),
                    Attr.of(Field.REVIEW_DUE, Provenance::reviewDue)),
            List.of(new Child<>(SOURCE, Provenance::sources)),
            v -> new Provenance(v.children(Part.SOURCE), v.get(Field.LAST_VERIFIED), v.get(Field.REVIEW_DUE)),
            null);

    /** A top-level field of the guide, with the part it is shown under. */
    record Top(Part part, Attr<GuideParts> attr) {

        private static Top details(Field field, Function<GuideParts, Object> get, BiConsumer<GuideParts, Object> set) {
            return new Top(Part.DETAILS, new Attr<>(field, get, set));
        }
    }

    /** The guide's own fields, in the order they are compared (the slug separately: not every caller has one). */
    @SuppressWarnings("unchecked")
    static final List<Top> DETAILS = List.of(
            Top.details(Field.SOURCE_LANGUAGE, g -> g.sourceLanguage, (g, v) -> g.sourceLanguage = (Language) v),
            Top.details(Field.COUNTRY, g -> g.country, (g, v) -> g.country = (CountryCode) v),
            Top.details(Field.TOPIC, g -> g.topic, (g, v) -> g.topic = (Topic) v),
            Top.details(Field.TITLE, g -> g.title, (g, v) -> g.title = (LocalizedText) v),
            Top.details(Field.SUMMARY, g -> g.summary, (g, v) -> g.summary = (LocalizedText) v),
            Top.details(Field.CARD_TYPES, g -> g.cardTypes, (g, v) -> g.cardTypes = (Set<CardType>) v),
            Top.details(Field.OPERATORS, g -> g.operators, (g, v) -> g.operators = (List<OperatorCode>) v));

    static final Top UNSORTED = new Top(Part.UNSORTED,
            new Attr<>(Field.TEXT, g -> g.unsorted, (g, v) -> g.unsorted = (String) v));

    /** A top-level list of the guide other than the ways. */
    record TopList<T>(Shape<T> shape, Function<GuideParts, List<T>> get, BiConsumer<GuideParts, List<T>> set) {
    }

    static final TopList<Requirement> REQUIREMENTS = new TopList<>(REQUIREMENT, g -> g.requirements,
            (g, v) -> g.requirements = v);
    static final TopList<RequiredDocument> DOCUMENTS = new TopList<>(DOCUMENT, g -> g.documents,
            (g, v) -> g.documents = v);
    static final TopList<AfterCheck> CHECKS = new TopList<>(CHECK, g -> g.checks, (g, v) -> g.checks = v);
    static final TopList<Caution> CAUTIONS = new TopList<>(CAUTION, g -> g.cautions, (g, v) -> g.cautions = v);
    static final TopList<Faq> FAQS = new TopList<>(FAQ, g -> g.faq, (g, v) -> g.faq = v);
    static final TopList<Phrase> PHRASES = new TopList<>(PHRASE, g -> g.phrases, (g, v) -> g.phrases = v);

    /** How a value reads in a comparison: keys for kinds and card types, tags for languages, ISO dates. */
    static String text(@Nullable Object value) {
        return switch (value) {
            case null -> "";
            case String s -> s;
            case CardType type -> type.key();
            case WayKind kind -> kind.key();
            case Platform platform -> platform.key();
            case Language language -> language.tag();
            case Enum<?> other -> other.name().toLowerCase(java.util.Locale.ROOT);
            case Illustration picture -> picture(picture);
            case LocalizedText localized -> localized.values().entrySet().stream()
                    .map(e -> e.getKey().tag() + ": " + e.getValue()).collect(Collectors.joining("; "));
            default -> value.toString();
        };
    }

    /**
     * A picture in a comparison: the start of its hash (enough to tell pictures apart, as in git) and its caption,
     * e.g. {@code picture 3f9a61c2 "Delete eSIM" (ios)}.
     */
    static String picture(Illustration picture) {
        // By language tag, so that the same caption always reads the same.
        String caption = picture.caption().values().entrySet().stream()
                .sorted(java.util.Map.Entry.comparingByKey(java.util.Comparator.comparing(Language::tag)))
                .map(e -> e.getKey().tag() + ": " + e.getValue()).collect(Collectors.joining("; "));
        return "picture " + picture.picture().value().substring(0, 8)
                + (caption.isEmpty() ? "" : " \"" + caption + "\"")
                + (picture.platform() == null ? "" : " (" + picture.platform().key() + ")");
    }

    @SafeVarargs
    private static <T> List<T> concat(List<T>... lists) {
        List<T> all = new ArrayList<>();
        for (List<T> list : lists) {
            all.addAll(list);
        }
        return List.copyOf(all);
    }
}
