package dev.waymark.guide;

import dev.waymark.base.Check;

/** A short statement with what backs it, such as a way's processing time or cost. */
public record Fact(LocalizedText text, Evidence evidence) {

    public static final int TEXT_MAX_LENGTH = 500;

    public Fact {
        Check.present(text, "fact");
        Check.that(!text.isEmpty(), "a fact needs its text");
        text.checkMaxLength(TEXT_MAX_LENGTH, "fact");
        evidence = evidence == null ? Evidence.UNVERIFIED : evidence;
    }
}
