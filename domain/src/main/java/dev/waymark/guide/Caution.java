package dev.waymark.guide;

import dev.waymark.base.Check;

/** A warning that holds for the whole guide, such as "deleting the eSIM profile does not end the contract". */
public record Caution(LocalizedText text, Applicability appliesTo, Evidence evidence) {

    public static final int TEXT_MAX_LENGTH = 2000;

    public Caution {
        Check.present(text, "caution");
        Check.that(!text.isEmpty(), "a caution needs its text");
        text.checkMaxLength(TEXT_MAX_LENGTH, "caution");
        appliesTo = appliesTo == null ? Applicability.ALL : appliesTo;
        evidence = evidence == null ? Evidence.UNVERIFIED : evidence;
    }
}
