package dev.waymark.guide;

import dev.waymark.base.Check;
import java.util.List;

/**
 * A warning that holds for the whole guide, such as "deleting the eSIM profile does not end the contract".
 *
 * @param pictures what the warning is about (the button not to tap), in order; may be empty
 */
public record Caution(LocalizedText text, Applicability appliesTo, Evidence evidence, List<Illustration> pictures) {

    public static final int TEXT_MAX_LENGTH = 2000;

    public Caution {
        Check.present(text, "caution");
        Check.that(!text.isEmpty(), "a caution needs its text");
        text.checkMaxLength(TEXT_MAX_LENGTH, "caution");
        appliesTo = appliesTo == null ? Applicability.ALL : appliesTo;
        evidence = evidence == null ? Evidence.UNVERIFIED : evidence;
        pictures = Illustration.list(pictures);
    }

    /** A caution without pictures. */
    public Caution(LocalizedText text, Applicability appliesTo, Evidence evidence) {
        this(text, appliesTo, evidence, List.of());
    }

    public Caution withPictures(List<Illustration> newPictures) {
        return new Caution(text, appliesTo, evidence, newPictures);
    }
}
