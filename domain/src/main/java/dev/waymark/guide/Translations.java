package dev.waymark.guide;

import dev.waymark.base.Check;
import dev.waymark.guide.GuideDiff.Location;
import dev.waymark.guide.Shapes.Attr;
import dev.waymark.guide.Shapes.Child;
import dev.waymark.guide.Shapes.Shape;
import dev.waymark.guide.Shapes.Top;
import dev.waymark.guide.Shapes.TopList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;

/**
 * A guide's translations, linked field by field to the source texts they were made from.
 *
 * <p>A text in a language other than the guide's source language is linked to the source text it translates by the
 * source's {@link Fingerprint} ({@link LocalizedText#basis()}). Only a link to an earlier source is recorded: a
 * translation without a basis was made from the current source text, so content written before translations were
 * linked reads as current, and a saved guide records a basis exactly on its stale translations. When a guide is saved,
 * {@link #link} compares it with the content before: a translation left as it was while its source changed keeps the
 * earlier source's fingerprint and so becomes <em>stale</em>; a new or re-typed translation is current. Changing a
 * source marks exactly its translations; reordering parts, or saving without a change, marks nothing.
 */
public final class Translations {

    private Translations() {
    }

    /**
     * One text of a guide and where it is.
     *
     * @param where the part and field (with no language)
     */
    public record Text(Location where, LocalizedText text) {
    }

    /**
     * How far one language's translation of a guide has come.
     *
     * @param stale the fields whose translation was made from an earlier source text, in the guide's order
     * @param missing the fields whose source has text and whose translation has none, in the guide's order
     */
    public record Status(Language language, List<Location> stale, List<Location> missing) {

        public Status {
            Check.present(language, "language");
            stale = Check.list(stale, "stale fields");
            missing = Check.list(missing, "missing fields");
        }

        /** True when every text is translated and none is stale. */
        public boolean complete() {
            return stale.isEmpty() && missing.isEmpty();
        }
    }

    /** Every text of the guide with where it is, in the guide's order (empty texts included). */
    public static List<Text> texts(GuideContent content) {
        List<Text> texts = new ArrayList<>();
        map(content, (where, text) -> {
            texts.add(new Text(where, text));
            return text;
        });
        return texts;
    }

    /** Which texts are stale or missing in {@code language}; nothing for the guide's source language. */
    public static Status status(GuideContent content, Language language) {
        Check.present(language, "language");
        List<Location> stale = new ArrayList<>();
        List<Location> missing = new ArrayList<>();
        Language source = content.sourceLanguage();
        for (Text text : texts(content)) {
            if (text.text().isStale(language, source)) {
                stale.add(text.where().withLanguage(language));
            } else if (text.text().isMissing(language, source)) {
                missing.add(text.where().withLanguage(language));
            }
        }
        return new Status(language, stale, missing);
    }

    /**
     * The status in each of {@code languages} other than the guide's source language, in their order.
     */
    public static List<Status> statuses(GuideContent content, Iterable<Language> languages) {
        List<Status> statuses = new ArrayList<>();
        for (Language language : languages) {
            if (!language.equals(content.sourceLanguage())) {
                statuses.add(status(content, language));
            }
        }
        return statuses;
    }

    /**
     * {@code next} as saved after {@code previous} (null for a new guide), with a basis on exactly its stale
     * translations. A translation that has a basis keeps it. One without takes the basis of a translation in
     * {@code previous} with the same text in the same language (preferring one beside the same source text; without a
     * recorded basis, the fingerprint of that source), so an untouched translation keeps its state and one left as
     * it was while its source changed becomes stale; a translation found nowhere in {@code previous} is new or
     * re-typed, and is current. A basis that is the current source's fingerprint is dropped (current), and so is one
     * recorded for the source language.
     */
    public static GuideContent link(@Nullable GuideContent previous, GuideContent next) {
        Check.present(next, "content");
        Map<Language, Map<String, List<Earlier>>> earlier = previous == null ? Map.of() : index(previous);
        Language source = next.sourceLanguage();
        return map(next, (where, text) -> linked(text, source, earlier));
    }

    private static LocalizedText linked(LocalizedText text, Language source,
                                        Map<Language, Map<String, List<Earlier>>> earlier) {
        LocalizedText linked = text;
        if (text.basis(source).isPresent()) {
            linked = linked.linked(source, null);
        }
        Optional<String> original = text.in(source);
        if (original.isEmpty()) {
            return linked;
        }
        Fingerprint current = Fingerprint.of(original.get());
        for (Map.Entry<Language, String> translation : text.values().entrySet()) {
            Language language = translation.getKey();
            if (language.equals(source)) {
                continue;
            }
            List<Earlier> same = earlier.getOrDefault(language, Map.of()).getOrDefault(translation.getValue(), List.of());
            Fingerprint basis = text.basis(language)
                    .or(() -> same.stream().filter(e -> original.get().equals(e.source())).findFirst()
                            .or(() -> same.stream().findFirst())
                            .map(Earlier::basis))
                    .orElse(current);
            // Only a stale translation records its basis: no basis reads as "made from the current source".
            linked = linked.linked(language, basis.equals(current) ? null : basis);
        }
        return linked;
    }

    /** A translation in an earlier version: the source text beside it and what it was translated from. */
    private record Earlier(String source, Fingerprint basis) {
    }

    /** The earlier version's translations by language and text. */
    private static Map<Language, Map<String, List<Earlier>>> index(GuideContent content) {
        Map<Language, Map<String, List<Earlier>>> index = new HashMap<>();
        Language source = content.sourceLanguage();
        for (Text text : texts(content)) {
            Optional<String> original = text.text().in(source);
            if (original.isEmpty()) {
                continue;
            }
            text.text().values().forEach((language, translation) -> {
                if (!language.equals(source)) {
                    // A translation stored before translations were linked counts as made from its own source.
                    Fingerprint basis = text.text().basis(language).orElseGet(() -> Fingerprint.of(original.get()));
                    index.computeIfAbsent(language, l -> new HashMap<>())
                            .computeIfAbsent(translation, t -> new ArrayList<>())
                            .add(new Earlier(original.get(), basis));
                }
            });
        }
        return index;
    }

    /**
     * The translations a translator confirmed from {@code previous} to {@code next}: stale before, current now, with
     * the same text beside the same source. Locations are in {@code next}, with their language.
     */
    public static List<Location> confirmed(GuideContent previous, GuideContent next) {
        Check.present(previous, "previous content");
        Check.present(next, "content");
        Set<String> staleBefore = new HashSet<>();
        Set<String> currentBefore = new HashSet<>();
        Language before = previous.sourceLanguage();
        for (Text text : texts(previous)) {
            for (Language language : text.text().values().keySet()) {
                String key = key(text.text(), language, before);
                if (key != null) {
                    (text.text().isStale(language, before) ? staleBefore : currentBefore).add(key);
                }
            }
        }
        Set<Location> confirmed = new LinkedHashSet<>();
        Language source = next.sourceLanguage();
        for (Text text : texts(next)) {
            for (Language language : text.text().values().keySet()) {
                String key = key(text.text(), language, source);
                if (key != null && !text.text().isStale(language, source) && staleBefore.contains(key)
                        && !currentBefore.contains(key)) {
                    confirmed.add(text.where().withLanguage(language));
                }
            }
        }
        return List.copyOf(confirmed);
    }

    private static @Nullable String key(LocalizedText text, Language language, Language source) {
        if (language.equals(source) || !text.has(source)) {
            return null;
        }
        return language.tag() + '\u0000' + text.in(source).orElseThrow() + '\u0000' + text.in(language).orElseThrow();
    }

    /**
     * {@code content} with the translation at {@code where} (a location with its language, as {@link #status} gives
     * it) confirmed as a translation of the current source.
     *
     * @throws IllegalArgumentException when there is no such text, or it is not stale
     */
    public static GuideContent confirm(GuideContent content, Location where) {
        Check.present(where, "location");
        Language language = Check.present(where.language(), "the language of the translation");
        Location field = where.withField(Check.present(where.field(), "the field"));
        boolean[] found = {false};
        GuideContent confirmed = map(content, (at, text) -> {
            if (at.equals(field) && text.isStale(language, content.sourceLanguage())) {
                found[0] = true;
                return text.confirmed(language, content.sourceLanguage());
            }
            return text;
        });
        Check.that(found[0], "there is no stale translation at " + where);
        return confirmed;
    }

    /**
     * A field's place as a short path for machines and the audit record: {@code step.hotline.3.text},
     * {@code details.title}, {@code faq.2.answer}, with {@code @en} when the location names a language.
     */
    public static String path(Location where) {
        StringBuilder path = new StringBuilder(where.part().name().toLowerCase(Locale.ROOT));
        if (where.way() != null) {
            path.append('.').append(where.way().key());
        }
        if (where.index() > 0) {
            path.append('.').append(where.index());
        }
        if (where.field() != null) {
            String[] words = where.field().name().toLowerCase(Locale.ROOT).split("_");
            path.append('.').append(words[0]);
            for (int i = 1; i < words.length; i++) {
                path.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
            }
        }
        if (where.language() != null) {
            path.append('@').append(where.language().tag());
        }
        return path.toString();
    }

    /**
     * The content with {@code change} applied to every text, in the guide's order; parts whose texts are all returned
     * unchanged are kept as they are.
     */
    static GuideContent map(GuideContent content, BiFunction<Location, LocalizedText, LocalizedText> change) {
        GuideParts parts = new GuideParts(null, content);
        boolean changed = false;
        for (Top top : Shapes.DETAILS) {
            if (top.attr().get().apply(parts) instanceof LocalizedText text) {
                LocalizedText mapped = change.apply(Location.of(top.part()).withField(top.attr().field()), text);
                if (!mapped.equals(text)) {
                    Check.present(top.attr().set(), "setter").accept(parts, mapped);
                    changed = true;
                }
            }
        }
        changed |= topList(Shapes.REQUIREMENTS, parts, change);
        changed |= topList(Shapes.DOCUMENTS, parts, change);
        List<Way> ways = list(Shapes.WAY, null, parts.ways, change);
        if (!ways.equals(parts.ways)) {
            parts.ways = ways;
            changed = true;
        }
        changed |= topList(Shapes.CHECKS, parts, change);
        changed |= topList(Shapes.CAUTIONS, parts, change);
        changed |= topList(Shapes.FAQS, parts, change);
        changed |= topList(Shapes.PHRASES, parts, change);
        return changed ? parts.content() : content;
    }

    private static <T> boolean topList(TopList<T> list, GuideParts parts,
                                       BiFunction<Location, LocalizedText, LocalizedText> change) {
        List<T> items = list.get().apply(parts);
        List<T> mapped = list(list.shape(), null, items, change);
        if (mapped.equals(items)) {
            return false;
        }
        list.set().accept(parts, mapped);
        return true;
    }

    private static <T> List<T> list(Shape<T> shape, @Nullable WayKind way, List<T> items,
                                     BiFunction<Location, LocalizedText, LocalizedText> change) {
        List<T> mapped = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            T item = items.get(i);
            mapped.add(item(shape, GuideDiff.location(shape, way, item, i + 1), item, change));
        }
        return mapped;
    }

    private static <T> T item(Shape<T> shape, Location at, T item,
                              BiFunction<Location, LocalizedText, LocalizedText> change) {
        Shapes.Values values = shape.values(item);
        boolean changed = false;
        for (Attr<T> attr : shape.attrs()) {
            if (attr.get().apply(item) instanceof LocalizedText text) {
                LocalizedText mapped = change.apply(at.withField(attr.field()), text);
                if (!mapped.equals(text)) {
                    values.put(attr.field(), mapped);
                    changed = true;
                }
            }
        }
        for (Child<T, ?> child : shape.children()) {
            changed |= children(child, at.way(), item, values, change);
        }
        return changed ? shape.build().apply(values) : item;
    }

    private static <T, C> boolean children(Child<T, C> child, @Nullable WayKind way, T item, Shapes.Values values,
                                           BiFunction<Location, LocalizedText, LocalizedText> change) {
        List<C> items = child.get().apply(item);
        List<C> mapped = list(child.shape(), way, items, change);
        if (mapped.equals(items)) {
            return false;
        }
        values.putChildren(child.shape().part(), mapped);
        return true;
    }
}
