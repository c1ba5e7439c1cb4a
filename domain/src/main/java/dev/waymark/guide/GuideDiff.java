package dev.waymark.guide;

import dev.waymark.base.Check;
import dev.waymark.guide.Shapes.Attr;
import dev.waymark.guide.Shapes.Child;
import dev.waymark.guide.Shapes.Shape;
import dev.waymark.guide.Shapes.Top;
import dev.waymark.guide.Shapes.TopList;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * What changed between two versions of a guide, field by field: "Store visit, step 3: text changed (zh-CN)",
 * "Operator added: rs-yettel", "Hotline: way added", "Store visit, step 2 moved to 4".
 *
 * <p>Items of a list are paired the way a person reads them: ways by kind, sources by key, other items by
 * equality, then by similar text, then by position between unchanged neighbours. So a reordered step is one
 * "moved" and an inserted step is one "added", not a run of changed texts.
 */
public final class GuideDiff {

    /** The part of a guide a change is in. */
    public enum Part {
        /** The guide's own fields: slug, languages, country, topic, title, summary, card types, operators. */
        DETAILS,
        REQUIREMENT,
        DOCUMENT,
        WAY,
        STEP,
        CONTACT,
        CHECK,
        CAUTION,
        FAQ,
        PHRASE,
        SOURCE,
        /** The verification dates. */
        PROVENANCE,
        UNSORTED;

        /** True for the parts that are items of a list, numbered from 1. */
        public boolean isItem() {
            return this != DETAILS && this != PROVENANCE && this != UNSORTED;
        }

        /** True for a way and the parts inside one, which name the way's kind. */
        public boolean isInWay() {
            return this == WAY || this == STEP || this == CONTACT;
        }
    }

    /** A field of a part. */
    public enum Field {
        SLUG, SOURCE_LANGUAGE, COUNTRY, TOPIC, TITLE, SUMMARY,
        /** Card types the guide covers or, on a part, the card types it is limited to (card type keys). */
        CARD_TYPES,
        /** Operators the guide covers or, on a part, the operators it is limited to (operator codes). */
        OPERATORS,
        /** Platforms a part is limited to (platform keys). */
        PLATFORMS,
        /** Source keys a statement cites. */
        SOURCES,
        /** The mark that no source confirms a statement: "added" when set, "removed" when cleared. */
        UNVERIFIED,
        /** The mark that a statement is general advice, with no checkable claim: "added" or "removed". */
        ADVICE,
        CONDITION, WHEN_NOT_MET, NAME, NOTE, TEXT, EXPECTED, WARNING,
        PROCESSING_TIME, PROCESSING_TIME_SOURCES, PROCESSING_TIME_UNVERIFIED, PROCESSING_TIME_ADVICE,
        COST, COST_SOURCES, COST_UNVERIFIED, COST_ADVICE,
        /** A way's or a contact's kind (keys, or the contact kind in lower case). */
        KIND,
        VALUE, LABEL,
        /** The operator a contact belongs to (an operator code). */
        OPERATOR,
        QUESTION, ANSWER, LOCAL_LANGUAGE, MEANING,
        /** A source's key. */
        KEY,
        URL,
        /** The mark that a source is the operator's or regulator's own: "added" when set, "removed" when cleared. */
        OFFICIAL,
        READ_ON, LAST_VERIFIED, REVIEW_DUE,
        /**
         * A part's pictures: each picture added or removed is its own change, a picture put in another's place is
         * "changed" (replaced), and a picture kept with other words (caption, alt text, platform) is "changed" with
         * the same hash on both sides. Pictures read as {@code picture 3f9a61c2 "caption" (ios)}.
         */
        PICTURES
    }

    /**
     * What happened at a location. {@code OUTDATED} and {@code CONFIRMED} are about a translation (a location with a
     * language other than the source): its source text changed and the translation became stale, or a translator
     * confirmed a stale translation as still correct; both have empty values.
     */
    public enum Kind { ADDED, REMOVED, CHANGED, MOVED, OUTDATED, CONFIRMED }

    /**
     * Where a change is.
     *
     * @param way the way's kind, for a way and the steps and contacts inside it; null elsewhere
     * @param index the item's position from 1 (in the newer version; in the older one for a removed item);
     *              0 for parts that are not items
     * @param field the field that changed; null when a whole item was added, removed or moved
     * @param language the language of the text that changed, for texts written in several languages; else null
     */
    public record Location(Part part, @Nullable WayKind way, int index, @Nullable Field field,
                           @Nullable Language language) {

        public Location {
            Check.present(part, "part");
            Check.that((way != null) == part.isInWay(), "a location names a way exactly when it is in one");
            Check.that(part.isItem() ? index >= 1 : index == 0, "only items of a list are numbered, from 1");
            Check.that(language == null || field != null, "only a field is written in a language");
        }

        /** A part that is not an item: the guide's details, its provenance, its unsorted text. */
        public static Location of(Part part) {
            return new Location(part, null, 0, null, null);
        }

        public Location withField(Field newField) {
            return new Location(part, way, index, newField, null);
        }

        public Location withLanguage(Language newLanguage) {
            return new Location(part, way, index, field, newLanguage);
        }

        public Location withIndex(int newIndex) {
            return new Location(part, way, newIndex, field, language);
        }
    }

    /**
     * One change.
     *
     * <p>For a changed field, {@code before} and {@code after} are its values as text (empty when absent); for a
     * field holding several values (card types, operators, source keys), each value added or removed is its own
     * change; for a mark (unverified, official) the change is "added" or "removed" with empty values. For an item
     * added or removed they are the item in a few words, in its guide's source language. For a moved item they are
     * its old and new positions.
     */
    public record Change(Location where, Kind kind, String before, String after) {

        public Change {
            Check.present(where, "location");
            Check.present(kind, "kind");
            before = before == null ? "" : before;
            after = after == null ? "" : after;
        }
    }

    private GuideDiff() {
    }

    /** What changed from {@code before} to {@code after}, in the order of the guide; empty when they are equal. */
    public static List<Change> compare(GuideContent before, GuideContent after) {
        return compare(new GuideParts(null, before), new GuideParts(null, after));
    }

    /** What changed from one version to another, slug included. */
    public static List<Change> compare(Slug beforeSlug, GuideContent before, Slug afterSlug, GuideContent after) {
        return compare(new GuideParts(Check.present(beforeSlug, "slug"), Check.present(before, "content")),
                new GuideParts(Check.present(afterSlug, "slug"), Check.present(after, "content")));
    }

    static List<Change> compare(GuideParts before, GuideParts after) {
        Comparison comparison = new Comparison(before.sourceLanguage, after.sourceLanguage);
        Location details = Location.of(Part.DETAILS);
        if (before.slug != null && after.slug != null) {
            comparison.value(details, Field.SLUG, before.slug, after.slug);
        }
        for (Top top : Shapes.DETAILS) {
            comparison.top(top, before, after);
        }
        comparison.list(Shapes.REQUIREMENTS, before, after);
        comparison.list(Shapes.DOCUMENTS, before, after);
        comparison.list(Shapes.WAY, null, before.ways, after.ways);
        comparison.list(Shapes.CHECKS, before, after);
        comparison.list(Shapes.CAUTIONS, before, after);
        comparison.list(Shapes.FAQS, before, after);
        comparison.list(Shapes.PHRASES, before, after);
        comparison.item(Shapes.PROVENANCE, Location.of(Part.PROVENANCE), before.provenance, after.provenance);
        comparison.top(Shapes.UNSORTED, before, after);
        return comparison.changes();
    }

    /**
     * Collects the changes between parts of two versions; {@link GuideMerge} uses it on parts it could not merge.
     * The languages are the two versions' source languages, in which added and removed items are summarised.
     */
    static final class Comparison {

        private final Language beforeLanguage;
        private final Language afterLanguage;
        private final List<Change> changes = new ArrayList<>();

        Comparison(Language beforeLanguage, Language afterLanguage) {
            this.beforeLanguage = beforeLanguage;
            this.afterLanguage = afterLanguage;
        }

        List<Change> changes() {
            return List.copyOf(changes);
        }

        private void add(Location where, Kind kind, String before, String after) {
            changes.add(new Change(where, kind, before, after));
        }

        void top(Top top, GuideParts before, GuideParts after) {
            value(Location.of(top.part()), top.attr().field(), top.attr().get().apply(before),
                    top.attr().get().apply(after));
        }

        /** One field's change, if any. */
        void value(Location at, Field field, @Nullable Object before, @Nullable Object after) {
            if (Objects.equals(before, after)) {
                return;
            }
            Location there = at.withField(field);
            if (field == Field.PICTURES) {
                pictures(there, pictureList(before), pictureList(after));
            } else if (before instanceof LocalizedText older && after instanceof LocalizedText newer) {
                List<Language> languages = new ArrayList<>(languages(older, newer));
                // The source language's change first: translations follow it.
                languages.sort(Comparator.comparing((Language language) -> !language.equals(afterLanguage)));
                for (Language language : languages) {
                    String from = older.in(language).orElse("");
                    String to = newer.in(language).orElse("");
                    if (!from.equals(to)) {
                        add(there.withLanguage(language), kind(from, to), from, to);
                    }
                }
                translations(there, older, newer);
            } else if (before instanceof Collection<?> older && after instanceof Collection<?> newer) {
                List<?> removed = ordered(older.stream().filter(value -> !newer.contains(value)).toList(), older);
                List<?> added = ordered(newer.stream().filter(value -> !older.contains(value)).toList(), newer);
                removed.forEach(value -> add(there, Kind.REMOVED, Shapes.text(value), ""));
                added.forEach(value -> add(there, Kind.ADDED, "", Shapes.text(value)));
                if (removed.isEmpty() && added.isEmpty()) {
                    add(there, Kind.CHANGED, joined(older), joined(newer));
                }
            } else if (after instanceof Boolean set) {
                add(there, set ? Kind.ADDED : Kind.REMOVED, "", "");
            } else {
                String from = Shapes.text(before);
                String to = Shapes.text(after);
                add(there, kind(from, to), from, to);
            }
        }

        /**
         * Pictures are paired by hash; a removed and an added picture at the same place are one replaced picture;
         * a kept one whose words changed is one change with both versions' words.
         */
        private void pictures(Location there, List<Illustration> before, List<Illustration> after) {
            List<Illustration> removed = new ArrayList<>();
            for (Illustration old : before) {
                Illustration kept = after.stream().filter(p -> p.picture().equals(old.picture())).findFirst().orElse(null);
                if (kept == null) {
                    removed.add(old);
                } else if (!kept.equals(old)) {
                    add(there, Kind.CHANGED, Shapes.picture(old) + words(old), Shapes.picture(kept) + words(kept));
                }
            }
            List<Illustration> added = after.stream()
                    .filter(p -> before.stream().noneMatch(old -> old.picture().equals(p.picture()))).toList();
            for (Illustration old : removed) {
                int place = before.indexOf(old);
                Illustration replacement = added.stream()
                        .filter(p -> after.indexOf(p) == place).findFirst().orElse(null);
                if (replacement != null) {
                    add(there, Kind.CHANGED, Shapes.picture(old), Shapes.picture(replacement));
                } else {
                    add(there, Kind.REMOVED, Shapes.picture(old), "");
                }
            }
            for (Illustration picture : added) {
                int place = after.indexOf(picture);
                boolean replaces = place < before.size() && removed.contains(before.get(place));
                if (!replaces) {
                    add(there, Kind.ADDED, "", Shapes.picture(picture));
                }
            }
        }

        /** Translations this change made stale, and stale ones confirmed without a change of text. */
        private void translations(Location there, LocalizedText older, LocalizedText newer) {
            for (Language language : newer.values().keySet().stream().sorted(Comparator.comparing(Language::tag))
                    .toList()) {
                boolean was = older.isStale(language, beforeLanguage);
                boolean is = newer.isStale(language, afterLanguage);
                if (!was && is) {
                    add(there.withLanguage(language), Kind.OUTDATED, "", "");
                } else if (was && !is && older.in(language).equals(newer.in(language))
                        && older.in(afterLanguage).equals(newer.in(afterLanguage))) {
                    add(there.withLanguage(language), Kind.CONFIRMED, "", "");
                }
            }
        }

        /** A picture's alt text, for telling two versions of one picture apart. */
        private static String words(Illustration picture) {
            return picture.alt().isEmpty() ? "" : " [" + Shapes.text(picture.alt()) + "]";
        }

        @SuppressWarnings("unchecked")
        private static List<Illustration> pictureList(@Nullable Object value) {
            return value == null ? List.of() : (List<Illustration>) value;
        }

        <T> void list(TopList<T> list, GuideParts before, GuideParts after) {
            list(list.shape(), null, list.get().apply(before), list.get().apply(after));
        }

        /** The changes between two versions of a list, in the newer order, removed items where they stood. */
        <T> void list(Shape<T> shape, @Nullable WayKind way, List<T> before, List<T> after) {
            if (before.equals(after)) {
                return;
            }
            int[] pairs = ListMatcher.match(before, after, shape.identity(), shape.words());
            boolean[] moved = ListMatcher.moved(pairs);
            int[] counterparts = ListMatcher.inverse(pairs, after.size());
            int removedUpTo = 0;
            for (int j = 0; j < after.size(); j++) {
                int i = counterparts[j];
                if (i >= 0 && !moved[i]) {
                    removedUpTo = removals(shape, way, before, pairs, removedUpTo, i);
                }
                T item = after.get(j);
                Location at = location(shape, way, item, j + 1);
                if (i < 0) {
                    add(at, Kind.ADDED, "", shape.summary().apply(item, afterLanguage));
                } else {
                    if (moved[i]) {
                        add(at, Kind.MOVED, String.valueOf(i + 1), String.valueOf(j + 1));
                    }
                    item(shape, at, before.get(i), item);
                }
            }
            removals(shape, way, before, pairs, removedUpTo, before.size());
        }

        private <T> int removals(Shape<T> shape, @Nullable WayKind way, List<T> before, int[] pairs, int from,
                                 int until) {
            for (int i = from; i < until; i++) {
                if (pairs[i] < 0) {
                    T item = before.get(i);
                    add(location(shape, way, item, i + 1), Kind.REMOVED, shape.summary().apply(item, beforeLanguage),
                            "");
                }
            }
            return Math.max(from, until);
        }

        /** The changes inside one item present in both versions. */
        <T> void item(Shape<T> shape, Location at, T before, T after) {
            if (before.equals(after)) {
                return;
            }
            for (Attr<T> attr : shape.attrs()) {
                value(at, attr.field(), attr.get().apply(before), attr.get().apply(after));
            }
            for (Child<T, ?> child : shape.children()) {
                childList(child, at.way(), before, after);
            }
        }

        private <T, C> void childList(Child<T, C> child, @Nullable WayKind way, T before, T after) {
            list(child.shape(), way, child.get().apply(before), child.get().apply(after));
        }
    }

    static <T> Location location(Shape<T> shape, @Nullable WayKind way, T item, int index) {
        WayKind kind = shape.way() != null ? shape.way().apply(item) : way;
        return new Location(shape.part(), kind, index, null, null);
    }

    private static Kind kind(String before, String after) {
        return before.isEmpty() ? Kind.ADDED : after.isEmpty() ? Kind.REMOVED : Kind.CHANGED;
    }

    /** The values in a stable order: a list's own, a set's by kind order or by text. */
    private static List<?> ordered(List<?> values, Collection<?> source) {
        if (!(source instanceof Set<?>)) {
            return values;
        }
        return values.stream().sorted(Comparator.comparing((Object value) -> value instanceof Enum<?> e
                ? e.ordinal() : Integer.MAX_VALUE).thenComparing(Shapes::text)).toList();
    }

    /** The languages either text is written in, in tag order. */
    static Set<Language> languages(LocalizedText... texts) {
        Set<Language> languages = new TreeSet<>();
        for (LocalizedText text : texts) {
            languages.addAll(text.languages());
        }
        return languages;
    }

    private static String joined(Collection<?> values) {
        return ordered(List.copyOf(values), values).stream().map(Shapes::text).collect(Collectors.joining(", "));
    }
}
