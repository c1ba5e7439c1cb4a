package dev.waymark.guide;

import dev.waymark.base.Check;

/**
 * A condition to meet before starting, such as "no unpaid bills", with what to do when it is not
 * met ("pay the final bill first").
 */
public record Requirement(LocalizedText condition, LocalizedText whenNotMet, Applicability appliesTo,
                          Evidence evidence) {

    public static final int TEXT_MAX_LENGTH = 1000;

    public Requirement {
        Check.present(condition, "requirement");
        Check.that(!condition.isEmpty(), "a requirement needs its condition");
        condition.checkMaxLength(TEXT_MAX_LENGTH, "requirement");
        whenNotMet = whenNotMet == null ? LocalizedText.EMPTY : whenNotMet.checkMaxLength(TEXT_MAX_LENGTH, "what to do when not met");
        appliesTo = appliesTo == null ? Applicability.ALL : appliesTo;
        evidence = evidence == null ? Evidence.UNVERIFIED : evidence;
    }
}
