package dev.waymark.guide;

import dev.waymark.base.Check;
import java.util.Arrays;
import java.util.List;

/**
 * What backs a statement in a guide: the guide's sources it cites, and whether it is unverified.
 * A statement with no sources and not marked unverified is general advice ("keep your receipt"),
 * not a fact about an operator. An unverified statement is shown to readers as such.
 */
public record Evidence(List<SourceKey> sources, boolean unverified) {

    /** General advice: no source needed, nothing to verify. */
    public static final Evidence ADVICE = new Evidence(List.of(), false);
    /** A fact no source confirms. */
    public static final Evidence UNVERIFIED = new Evidence(List.of(), true);

    public Evidence {
        sources = Check.list(sources, "evidence sources");
    }

    public static Evidence sourced(String... keys) {
        return new Evidence(Arrays.stream(keys).map(SourceKey::new).toList(), false);
    }

    public static Evidence unverified(String... keys) {
        return new Evidence(Arrays.stream(keys).map(SourceKey::new).toList(), true);
    }
}
