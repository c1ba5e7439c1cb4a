package dev.waymark.guide;

import dev.waymark.base.Check;
import java.util.List;

/**
 * A condition to meet before starting, such as "no unpaid bills", with what to do when it is not
 * met ("pay the final bill first").
 *
 * @param pictures what helps to check the condition, in order; may be empty
 */
public record Requirement(LocalizedText condition, LocalizedText whenNotMet, Applicability appliesTo,
                          Evidence evidence, List<Illustration> pictures) {

    public static final int TEXT_MAX_LENGTH = 1000;

    public Requirement {
        Check.present(condition, "requirement");
        Check.that(!condition.isEmpty(), "a requirement needs its condition");
        condition.checkMaxLength(TEXT_MAX_LENGTH, "requirement");
        whenNotMet = whenNotMet == null ? LocalizedText.EMPTY : whenNotMet.checkMaxLength(TEXT_MAX_LENGTH, "what to do when not met");
        appliesTo = appliesTo == null ? Applicability.ALL : appliesTo;
        evidence = evidence == null ? Evidence.UNVERIFIED : evidence;
        pictures = Illustration.list(pictures);
    }

    /** A requirement without pictures. */
    public Requirement(LocalizedText condition, LocalizedText whenNotMet, Applicability appliesTo, Evidence evidence) {
        this(condition, whenNotMet, appliesTo, evidence, List.of());
    }

    public Requirement withPictures(List<Illustration> newPictures) {
        return new Requirement(condition, whenNotMet, appliesTo, evidence, newPictures);
    }
}
