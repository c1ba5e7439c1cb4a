package dev.waymark.guide;

import dev.waymark.base.Check;

/** Something to check after finishing: the final bill, the confirmation, removing the eSIM profile. */
public record AfterCheck(LocalizedText text, Applicability appliesTo, Evidence evidence) {

    public static final int TEXT_MAX_LENGTH = 1000;

    public AfterCheck {
        Check.present(text, "check");
        Check.that(!text.isEmpty(), "a check needs its text");
        text.checkMaxLength(TEXT_MAX_LENGTH, "check");
        appliesTo = appliesTo == null ? Applicability.ALL : appliesTo;
        evidence = evidence == null ? Evidence.UNVERIFIED : evidence;
    }
}
