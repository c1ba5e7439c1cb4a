package dev.waymark.guide;

import dev.waymark.base.Check;
import java.util.Arrays;
import java.util.List;

/**
 * What backs a statement in a guide. Every statement is one of three kinds, and readers see which:
 * <ul>
 *   <li>{@link Kind#SOURCED}: a fact that cites at least one of the guide's sources;</li>
 *   <li>{@link Kind#UNVERIFIED}: a fact no source confirms (it may cite a source that only suggests it);</li>
 *   <li>{@link Kind#ADVICE}: general advice, a plain instruction with no checkable claim ("keep your receipt");
 *       it cites nothing.</li>
 * </ul>
 * There is no "verified" without a source: a fact either cites one or is unverified. A part created without
 * evidence (null) is unverified, the safe thing to tell a reader.
 *
 * @param sources the guide's sources it cites, in the guide's order; never null
 */
public record Evidence(Kind kind, List<SourceKey> sources) {

    /** The kind of statement. */
    public enum Kind {
        /** A fact backed by at least one cited source. */
        SOURCED,
        /** A fact no source confirms: shown to readers as unverified. */
        UNVERIFIED,
        /** General advice: no checkable claim, no source. */
        ADVICE;

        /** The lower-case key used in messages and CSS, e.g. {@code sourced}. */
        public String key() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** General advice: no source needed, nothing to verify. */
    public static final Evidence ADVICE = new Evidence(Kind.ADVICE, List.of());
    /** A fact no source confirms. */
    public static final Evidence UNVERIFIED = new Evidence(Kind.UNVERIFIED, List.of());

    /**
     * @throws IllegalArgumentException when a sourced fact cites nothing, general advice cites a source, or a
     *                                  source is cited twice
     */
    public Evidence {
        Check.present(kind, "kind of statement");
        sources = Check.list(sources, "evidence sources");
        Check.that(sources.stream().distinct().count() == sources.size(), "a statement cites the same source twice");
        Check.that(kind != Kind.SOURCED || !sources.isEmpty(),
                "a fact cannot be marked verified without a source: cite one of the guide's sources,"
                        + " or mark it unverified or general advice");
        Check.that(kind != Kind.ADVICE || sources.isEmpty(),
                "general advice cites no source: a statement that cites one is a sourced fact");
    }

    /**
     * A fact, verified or not: unverified when {@code unverified} is true, otherwise sourced.
     *
     * @throws IllegalArgumentException when it is not marked unverified and cites no source
     */
    public Evidence(List<SourceKey> sources, boolean unverified) {
        this(unverified ? Kind.UNVERIFIED : Kind.SOURCED, sources);
    }

    /** A fact citing these sources; throws when there are none. */
    public static Evidence sourced(String... keys) {
        return new Evidence(Kind.SOURCED, keys(keys));
    }

    /** A fact no source confirms, optionally citing sources that only suggest it. */
    public static Evidence unverified(String... keys) {
        return new Evidence(Kind.UNVERIFIED, keys(keys));
    }

    private static List<SourceKey> keys(String... keys) {
        return Arrays.stream(keys).map(SourceKey::new).toList();
    }

    /** True for a fact no source confirms. */
    public boolean unverified() {
        return kind == Kind.UNVERIFIED;
    }

    /** True for general advice. */
    public boolean advice() {
        return kind == Kind.ADVICE;
    }

    /**
     * The evidence from an editor's marks: unverified wins over general advice (the safer thing to tell a
     * reader), and a statement with neither mark is a sourced fact.
     *
     * @throws IllegalArgumentException for a sourced fact without a source, or advice with one
     */
    public static Evidence of(List<SourceKey> sources, boolean unverified, boolean advice) {
        return new Evidence(unverified ? Kind.UNVERIFIED : advice ? Kind.ADVICE : Kind.SOURCED, sources);
    }
}
