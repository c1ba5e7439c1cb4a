package dev.waymark.guide;

import dev.waymark.base.Check;
import dev.waymark.guide.GuideDiff.Change;
import dev.waymark.guide.GuideDiff.Comparison;
import dev.waymark.guide.GuideDiff.Field;
import dev.waymark.guide.GuideDiff.Kind;
import dev.waymark.guide.GuideDiff.Location;
import dev.waymark.guide.GuideDiff.Part;
import dev.waymark.guide.Shapes.Attr;
import dev.waymark.guide.Shapes.Child;
import dev.waymark.guide.Shapes.Shape;
import dev.waymark.guide.Shapes.Top;
import dev.waymark.guide.Shapes.TopList;
import dev.waymark.guide.Shapes.Values;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * A three-way merge for two editors saving the same guide: the version both started from ({@code base}), the
 * one whose save was refused ({@code mine}) and the one saved meanwhile ({@code theirs}).
 *
 * <p>What only I changed is taken from mine, what only they changed from theirs. What we both changed
 * differently is a conflict: the merge keeps theirs and lists mine, so the editor can reapply it by hand. It
 * merges field by field (a text language by language), each way (ways pair by kind), each step of a way and
 * each item of a list (paired as {@link GuideDiff} pairs them). Nothing is dropped silently: an item I changed
 * and they removed, or I removed and they changed, is a conflict too.
 *
 * <p>The result is always valid content. When combining both sides breaks one of the guide's rules (my new
 * step is limited to an operator they removed from the guide, say), the part that breaks it falls back to
 * theirs and my changes to it are listed as conflicts.
 */
public final class GuideMerge {

    /** Why a change of mine was not applied. */
    public enum Reason {
        /** We both changed the same field differently: theirs is kept. */
        BOTH_CHANGED,
        /** I changed an item they removed: it stays removed. */
        CHANGED_REMOVED,
        /** I removed an item they changed: it stays, with their change. */
        REMOVED_CHANGED,
        /** We both reordered a list differently: their order is kept. */
        ORDER,
        /** My change, combined with theirs, breaks a rule of the guide: their version of that part is kept. */
        BREAKS_RULE
    }

    /**
     * A change of mine the merge could not apply: {@code change} leads from the merged guide to mine at that
     * place (its {@code before} is what the merged guide holds, its {@code after} what I wrote). Locations
     * number items as they stand in the merged guide, or in mine for an item the merged guide does not hold.
     */
    public record Conflict(Reason reason, Change change) {

        public Conflict {
            Check.present(reason, "reason");
            Check.present(change, "change");
        }
    }

    /**
     * The merged guide: theirs, with my changes applied where they do not conflict. It carries their version,
     * so it can be saved over theirs; when nothing of mine applied it is theirs unchanged.
     */
    public record Result(Guide guide, List<Conflict> conflicts) {

        public Result {
            Check.present(guide, "guide");
            conflicts = Check.list(conflicts, "conflicts");
        }

        /** True when every change of mine was applied. */
        public boolean isClean() {
            return conflicts.isEmpty();
        }
    }

    private GuideMerge() {
    }

    /**
     * Applies the changes from {@code base} to {@code mine} on top of {@code theirs}.
     *
     * @throws IllegalArgumentException when the three are not versions of one guide, or theirs is archived
     */
    public static Result merge(Guide base, Guide mine, Guide theirs) {
        Check.present(base, "base");
        Check.present(mine, "mine");
        Check.present(theirs, "theirs");
        Check.that(base.id().equals(mine.id()) && base.id().equals(theirs.id()),
                "a merge needs three versions of the same guide");
        GuideParts b = new GuideParts(base.slug(), base.content());
        GuideParts m = new GuideParts(mine.slug(), mine.content());
        GuideParts t = new GuideParts(theirs.slug(), theirs.content());
        Merger merger = new Merger(t.sourceLanguage, m.sourceLanguage);

        Slug slug = merger.value(Location.of(Part.DETAILS), Field.SLUG, base.slug(), mine.slug(), theirs.slug());
        List<Unit> units = new ArrayList<>();
        Stream.concat(Shapes.DETAILS.stream(), Stream.of(Shapes.UNSORTED))
                .forEach(top -> units.add(merger.top(top, b, m, t)));
        Stream.of(Shapes.REQUIREMENTS, Shapes.DOCUMENTS, Shapes.CHECKS, Shapes.CAUTIONS, Shapes.FAQS, Shapes.PHRASES)
                .forEach(list -> units.add(merger.list(list, b, m, t)));
        List<Way> ways = merger.list(Shapes.WAY, null, b.ways, m.ways, t.ways);
        wayKinds(ways, t.ways).forEach(kind -> units.add(wayUnit(kind, ways, t.ways)));
        Provenance provenance = merger.item(Shapes.PROVENANCE, Location.of(Part.PROVENANCE), b.provenance,
                m.provenance, t.provenance);
        units.add(new Unit(!provenance.equals(t.provenance), false, parts -> parts.provenance = provenance,
                comparison -> comparison.item(Shapes.PROVENANCE, Location.of(Part.PROVENANCE), t.provenance,
                        provenance)));

        GuideContent content = combine(t, units, ways, merger);
        if (slug.equals(theirs.slug()) && content.equals(theirs.content())) {
            return new Result(theirs, merger.conflicts);
        }
        return new Result(theirs.edit(content).withSlug(slug), merger.conflicts);
    }

    /**
     * One part of the guide as merged: whether it differs from theirs, how to put it into parts, and how to list
     * what it changes in theirs when it cannot be put in.
     */
    private record Unit(boolean changed, boolean isWay, Consumer<GuideParts> apply, Consumer<Comparison> describe) {
    }

    /**
     * Theirs with every merged part, when that holds together; else theirs with as many merged parts as hold
     * together, the others listed as conflicts. The merged ways come in their merged order when none of them
     * had to fall back.
     */
    private static GuideContent combine(GuideParts theirs, List<Unit> units, List<Way> ways, Merger merger) {
        List<Unit> pending = new ArrayList<>(units.stream().filter(Unit::changed).toList());
        GuideParts all = theirs.copy();
        pending.forEach(unit -> unit.apply().accept(all));
        all.ways = ways;
        try {
            return all.content();
        } catch (IllegalArgumentException brokenRule) {
            // Fall through: find the parts that do not fit.
        }
        GuideParts current = theirs.copy();
        boolean progress = true;
        while (progress) {
            progress = false;
            for (Iterator<Unit> iterator = pending.iterator(); iterator.hasNext(); ) {
                GuideParts candidate = current.copy();
                iterator.next().apply().accept(candidate);
                if (holdsTogether(candidate)) {
                    current = candidate;
                    iterator.remove();
                    progress = true;
                }
            }
        }
        if (pending.stream().noneMatch(Unit::isWay)) {
            current.ways = ways;
        }
        for (Unit unit : pending) {
            Comparison comparison = merger.comparison();
            unit.describe().accept(comparison);
            comparison.changes().forEach(change -> merger.conflict(Reason.BREAKS_RULE, change));
        }
        return current.content();
    }

    private static boolean holdsTogether(GuideParts parts) {
        try {
            parts.content();
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The kinds of way in either list, merged order first. */
    private static Set<WayKind> wayKinds(List<Way> merged, List<Way> theirs) {
        Set<WayKind> kinds = new LinkedHashSet<>();
        merged.forEach(way -> kinds.add(way.kind()));
        theirs.forEach(way -> kinds.add(way.kind()));
        return kinds;
    }

    /** The merged way of one kind (or its absence) as a part of its own. */
    private static Unit wayUnit(WayKind kind, List<Way> merged, List<Way> theirs) {
        int mergedIndex = indexOf(merged, kind);
        int theirIndex = indexOf(theirs, kind);
        @Nullable Way mergedWay = mergedIndex < 0 ? null : merged.get(mergedIndex);
        @Nullable Way theirWay = theirIndex < 0 ? null : theirs.get(theirIndex);
        return new Unit(!Objects.equals(mergedWay, theirWay), true, parts -> parts.ways = withWay(parts.ways, merged, kind),
                comparison -> {
                    if (mergedWay != null && theirWay != null) {
                        comparison.item(Shapes.WAY, GuideDiff.location(Shapes.WAY, null, mergedWay, mergedIndex + 1),
                                theirWay, mergedWay);
                    } else if (mergedWay != null) {
                        comparison.list(Shapes.WAY, null, List.of(), List.of(mergedWay));
                    } else if (theirWay != null) {
                        comparison.list(Shapes.WAY, null, List.of(theirWay), List.of());
                    }
                });
    }

    /** {@code ways} with the merged way of {@code kind} in place of theirs, or without it when merged has none. */
    private static List<Way> withWay(List<Way> ways, List<Way> merged, WayKind kind) {
        List<Way> result = new ArrayList<>(ways);
        int index = indexOf(result, kind);
        int mergedIndex = indexOf(merged, kind);
        if (mergedIndex < 0) {
            if (index >= 0) {
                result.remove(index);
            }
        } else if (index >= 0) {
            result.set(index, merged.get(mergedIndex));
        } else {
            int position = 0;
            for (int k = mergedIndex - 1; k >= 0 && position == 0; k--) {
                position = indexOf(result, merged.get(k).kind()) + 1;
            }
            result.add(position, merged.get(mergedIndex));
        }
        return result;
    }

    private static int indexOf(List<Way> ways, WayKind kind) {
        for (int i = 0; i < ways.size(); i++) {
            if (ways.get(i).kind() == kind) {
                return i;
            }
        }
        return -1;
    }

    /** Merges values, lists and items, and collects the conflicts. */
    private static final class Merger {

        private final Language theirLanguage;
        private final Language myLanguage;
        private final List<Conflict> conflicts = new ArrayList<>();

        Merger(Language theirLanguage, Language myLanguage) {
            this.theirLanguage = theirLanguage;
            this.myLanguage = myLanguage;
        }

        /** A comparison from theirs (or the merged guide) to mine. */
        Comparison comparison() {
            return new Comparison(theirLanguage, myLanguage);
        }

        void conflict(Reason reason, Change change) {
            conflicts.add(new Conflict(reason, change));
        }

        private void conflicts(Reason reason, Consumer<Comparison> compare) {
            Comparison comparison = comparison();
            compare.accept(comparison);
            comparison.changes().forEach(change -> conflict(reason, change));
        }

        Unit top(Top top, GuideParts base, GuideParts mine, GuideParts theirs) {
            Attr<GuideParts> attr = top.attr();
            Location at = Location.of(top.part());
            Object theirValue = Objects.requireNonNull(attr.get().apply(theirs));
            Object merged = Objects.requireNonNull(value(at, attr.field(), attr.get().apply(base),
                    attr.get().apply(mine), theirValue));
            return new Unit(!merged.equals(theirValue), false, parts -> Objects.requireNonNull(attr.set()).accept(parts, merged),
                    comparison -> comparison.value(at, attr.field(), theirValue, merged));
        }

        <T> Unit list(TopList<T> list, GuideParts base, GuideParts mine, GuideParts theirs) {
            List<T> theirItems = list.get().apply(theirs);
            List<T> merged = list(list.shape(), null, list.get().apply(base), list.get().apply(mine), theirItems);
            return new Unit(!merged.equals(theirItems), false, parts -> list.set().accept(parts, merged),
                    comparison -> comparison.list(list.shape(), null, theirItems, merged));
        }

        /** One field: mine where only I changed it; theirs otherwise, with a conflict when we both did. */
        @SuppressWarnings("unchecked")
        <V> @Nullable V value(Location at, Field field, @Nullable V base, @Nullable V mine, @Nullable V theirs) {
            if (Objects.equals(mine, base)) {
                return theirs;
            }
            if (Objects.equals(theirs, base) || Objects.equals(mine, theirs)) {
                return mine;
            }
            if (base instanceof LocalizedText b && mine instanceof LocalizedText m && theirs instanceof LocalizedText t) {
                return (V) text(at, field, b, m, t);
            }
            if (base instanceof Collection<?> b && mine instanceof Collection<?> m && theirs instanceof Collection<?> t) {
                return (V) values(b, m, t);
            }
            conflicts(Reason.BOTH_CHANGED, comparison -> comparison.value(at, field, theirs, mine));
            return theirs;
        }

        /** A text merged language by language. */
        private LocalizedText text(Location at, Field field, LocalizedText base, LocalizedText mine,
                                   LocalizedText theirs) {
            Map<Language, String> merged = new TreeMap<>();
            // Each translation keeps the basis of the version its text was taken from.
            Map<Language, Fingerprint> basis = new HashMap<>();
            for (Language language : GuideDiff.languages(base, mine, theirs)) {
                String b = base.in(language).orElse("");
                String m = mine.in(language).orElse("");
                String t = theirs.in(language).orElse("");
                LocalizedText taken = theirs;
                if (m.equals(b) || m.equals(t)) {
                    merged.put(language, t);
                } else if (t.equals(b)) {
                    merged.put(language, m);
                    taken = mine;
                } else {
                    merged.put(language, t);
                    conflicts(Reason.BOTH_CHANGED, comparison -> comparison.value(at, field,
                            LocalizedText.of(language, t), LocalizedText.of(language, m)));
                }
                taken.basis(language).ifPresent(link -> basis.put(language, link));
            }
            return new LocalizedText(merged, basis);
        }

        /** Card types, operators, source keys: theirs, less what I removed, plus what I added. */
        private static Collection<?> values(Collection<?> base, Collection<?> mine, Collection<?> theirs) {
            List<Object> merged = new ArrayList<>(theirs);
            merged.removeIf(value -> base.contains(value) && !mine.contains(value));
            for (Object value : mine) {
                if (!base.contains(value) && !merged.contains(value)) {
                    merged.add(value);
                }
            }
            return theirs instanceof Set<?> ? Set.copyOf(merged) : List.copyOf(merged);
        }

        /** Where one item of the base, mine or theirs stands in the merged list (-1: not in that version). */
        private static final class Slot {
            final int base;
            int mine;
            final int theirs;

            Slot(int base, int mine, int theirs) {
                this.base = base;
                this.mine = mine;
                this.theirs = theirs;
            }
        }

        /**
         * A list merged item by item: theirs' items in their order (or in mine, when only I reordered), less the
         * unchanged items I removed, plus my new items after the item they followed in mine.
         */
        <T> List<T> list(Shape<T> shape, @Nullable WayKind way, List<T> base, List<T> mine, List<T> theirs) {
            if (mine.equals(base)) {
                return theirs;
            }
            if (theirs.equals(base) || mine.equals(theirs)) {
                return mine;
            }
            int[] toMine = ListMatcher.match(base, mine, shape.identity(), shape.words());
            int[] toTheirs = ListMatcher.match(base, theirs, shape.identity(), shape.words());
            int[] fromTheirs = ListMatcher.inverse(toTheirs, theirs.size());

            List<Slot> slots = new ArrayList<>();
            for (int j = 0; j < theirs.size(); j++) {
                int i = fromTheirs[j];
                if (i < 0) {
                    slots.add(new Slot(-1, -1, j));
                } else if (toMine[i] >= 0 || !theirs.get(j).equals(base.get(i))) {
                    slots.add(new Slot(i, toMine[i], j));
                }
            }
            for (int i = 0; i < base.size(); i++) {
                int k = toMine[i];
                if (toTheirs[i] < 0 && k >= 0 && !mine.get(k).equals(base.get(i))) {
                    T changed = mine.get(k);
                    conflict(Reason.CHANGED_REMOVED, new Change(GuideDiff.location(shape, way, changed, k + 1),
                            Kind.ADDED, "", shape.summary().apply(changed, myLanguage)));
                }
            }
            boolean bothReordered = reorder(slots);
            addMine(shape, mine, theirs, ListMatcher.inverse(toMine, mine.size()), slots);

            List<T> merged = new ArrayList<>();
            for (Slot slot : slots) {
                int index = merged.size() + 1;
                if (slot.theirs < 0) {
                    merged.add(mine.get(slot.mine));
                    continue;
                }
                T their = theirs.get(slot.theirs);
                Location at = GuideDiff.location(shape, way, their, index);
                if (slot.mine < 0) {
                    merged.add(their);
                    if (slot.base >= 0) {
                        conflict(Reason.REMOVED_CHANGED, new Change(at, Kind.REMOVED,
                                shape.summary().apply(their, theirLanguage), ""));
                    }
                } else if (slot.base < 0) {
                    merged.add(their);
                    conflicts(Reason.BOTH_CHANGED, comparison -> comparison.item(shape, at, their,
                            mine.get(slot.mine)));
                } else {
                    merged.add(item(shape, at, base.get(slot.base), mine.get(slot.mine), their));
                }
            }
            if (bothReordered) {
                orderConflicts(shape, way, merged, slots);
            }
            return merged;
        }

        /**
         * Puts the items both kept into my order when only I reordered them. Returns true when we both reordered
         * them differently (their order stays).
         */
        private static boolean reorder(List<Slot> slots) {
            List<Slot> kept = slots.stream().filter(slot -> slot.base >= 0 && slot.mine >= 0).toList();
            List<Integer> baseOrder = kept.stream().map(slot -> slot.base).sorted().toList();
            List<Integer> theirOrder = kept.stream().map(slot -> slot.base).toList();
            List<Slot> mineSorted = kept.stream().sorted((x, y) -> Integer.compare(x.mine, y.mine)).toList();
            List<Integer> myOrder = mineSorted.stream().map(slot -> slot.base).toList();
            if (myOrder.equals(baseOrder) || myOrder.equals(theirOrder)) {
                return false;
            }
            if (!theirOrder.equals(baseOrder)) {
                return true;
            }
            int next = 0;
            for (int position = 0; position < slots.size(); position++) {
                Slot slot = slots.get(position);
                if (slot.base >= 0 && slot.mine >= 0) {
                    slots.set(position, mineSorted.get(next++));
                }
            }
            return false;
        }

        /** My new items, each after the item it follows in mine; one they added too is not added twice. */
        private <T> void addMine(Shape<T> shape, List<T> mine, List<T> theirs, int[] fromMine, List<Slot> slots) {
            for (int k = 0; k < mine.size(); k++) {
                if (fromMine[k] >= 0) {
                    continue;
                }
                T item = mine.get(k);
                Slot twin = slots.stream().filter(slot -> slot.base < 0 && slot.mine < 0 && slot.theirs >= 0)
                        .filter(slot -> sameItem(shape, theirs.get(slot.theirs), item)).findFirst().orElse(null);
                if (twin != null) {
                    twin.mine = k;
                    continue;
                }
                int position = 0;
                for (int earlier = k - 1; earlier >= 0 && position == 0; earlier--) {
                    position = positionOfMine(slots, earlier) + 1;
                }
                slots.add(position, new Slot(-1, k, -1));
            }
        }

        private static <T> boolean sameItem(Shape<T> shape, T a, T b) {
            return shape.identity() == null ? a.equals(b) : shape.identity().apply(a).equals(shape.identity().apply(b));
        }

        private static int positionOfMine(List<Slot> slots, int mine) {
            for (int position = 0; position < slots.size(); position++) {
                if (slots.get(position).mine == mine) {
                    return position;
                }
            }
            return -1;
        }

        /** The items that stand elsewhere in mine than in the merged list, each as a move to my position. */
        private <T> void orderConflicts(Shape<T> shape, @Nullable WayKind way, List<T> merged, List<Slot> slots) {
            int[] toMine = new int[slots.size()];
            for (int position = 0; position < slots.size(); position++) {
                toMine[position] = slots.get(position).mine;
            }
            boolean[] moved = ListMatcher.moved(toMine);
            for (int position = 0; position < slots.size(); position++) {
                if (moved[position]) {
                    int mine = toMine[position] + 1;
                    conflict(Reason.ORDER, new Change(GuideDiff.location(shape, way, merged.get(position), mine),
                            Kind.MOVED, String.valueOf(position + 1), String.valueOf(mine)));
                }
            }
        }

        /**
         * One item we both kept, merged field by field (and its lists item by item). When the merged fields do
         * not make a valid item, theirs is kept and my changes to it are conflicts.
         */
        <T> T item(Shape<T> shape, Location at, T base, T mine, T theirs) {
            if (mine.equals(base)) {
                return theirs;
            }
            if (theirs.equals(base) || mine.equals(theirs)) {
                return mine;
            }
            Values merged = new Values();
            for (Attr<T> attr : shape.attrs()) {
                merged.put(attr.field(), value(at, attr.field(), attr.get().apply(base), attr.get().apply(mine),
                        attr.get().apply(theirs)));
            }
            for (Child<T, ?> child : shape.children()) {
                merged.putChildren(child.shape().part(), childList(child, at.way(), base, mine, theirs));
            }
            try {
                return shape.build().apply(merged);
            } catch (IllegalArgumentException brokenRule) {
                conflicts(Reason.BREAKS_RULE, comparison -> {
                    Values their = shape.values(theirs);
                    for (Attr<T> attr : shape.attrs()) {
                        comparison.value(at, attr.field(), their.get(attr.field()), merged.get(attr.field()));
                    }
                    for (Child<T, ?> child : shape.children()) {
                        childChanges(comparison, child, at.way(), their, merged);
                    }
                });
                return theirs;
            }
        }

        private <T, C> List<C> childList(Child<T, C> child, @Nullable WayKind way, T base, T mine, T theirs) {
            return list(child.shape(), way, child.get().apply(base), child.get().apply(mine),
                    child.get().apply(theirs));
        }

        private static <C> void childChanges(Comparison comparison, Child<?, C> child, @Nullable WayKind way,
                                             Values before, Values after) {
            Part part = child.shape().part();
            comparison.list(child.shape(), way, before.<C>children(part), after.<C>children(part));
        }
    }
}
