package dev.waymark.guide;

import dev.waymark.base.Check;
import java.util.List;

/**
 * One step of a way.
 *
 * @param text what to do, in a small Markdown subset (emphasis, lists, links)
 * @param expected what the reader should see when the step worked; may be empty
 * @param warning what can go wrong or must not be done; may be empty
 * @param appliesTo the card types, operators and platforms the step is for
 * @param pictures the screens or photos that show the step, in order (a short sequence of screens); may be empty
 */
public record Step(LocalizedText text, LocalizedText expected, LocalizedText warning, Applicability appliesTo,
                   Evidence evidence, List<Illustration> pictures) {

    public static final int TEXT_MAX_LENGTH = 4000;

    public Step {
        Check.present(text, "step text");
        Check.that(!text.isEmpty(), "a step needs its text");
        text.checkMaxLength(TEXT_MAX_LENGTH, "step text");
        expected = expected == null ? LocalizedText.EMPTY : expected.checkMaxLength(TEXT_MAX_LENGTH, "expected result");
        warning = warning == null ? LocalizedText.EMPTY : warning.checkMaxLength(TEXT_MAX_LENGTH, "step warning");
        appliesTo = appliesTo == null ? Applicability.ALL : appliesTo;
        evidence = evidence == null ? Evidence.UNVERIFIED : evidence;
        pictures = Illustration.list(pictures);
    }

    /** A step without pictures. */
    public Step(LocalizedText text, LocalizedText expected, LocalizedText warning, Applicability appliesTo,
                Evidence evidence) {
        this(text, expected, warning, appliesTo, evidence, List.of());
    }

    public static Step of(LocalizedText text) {
        return new Step(text, LocalizedText.EMPTY, LocalizedText.EMPTY, Applicability.ALL, Evidence.ADVICE);
    }

    /** The same step with another text. */
    public Step withText(LocalizedText newText) {
        return new Step(newText, expected, warning, appliesTo, evidence, pictures);
    }

    public Step withPictures(List<Illustration> newPictures) {
        return new Step(text, expected, warning, appliesTo, evidence, newPictures);
    }
}
