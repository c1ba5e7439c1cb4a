package dev.waymark.guide;

import dev.waymark.base.Check;
import java.util.List;

/**
 * A document or piece of information to have at hand: passport, ICCID, account login, contract number.
 *
 * @param pictures where to find it (where the ICCID is printed on the card), in order; may be empty
 */
public record RequiredDocument(LocalizedText name, LocalizedText note, Applicability appliesTo, Evidence evidence,
                               List<Illustration> pictures) {

    public static final int TEXT_MAX_LENGTH = 500;

    public RequiredDocument {
        Check.present(name, "document");
        Check.that(!name.isEmpty(), "a document needs its name");
        name.checkMaxLength(TEXT_MAX_LENGTH, "document name");
        note = note == null ? LocalizedText.EMPTY : note.checkMaxLength(TEXT_MAX_LENGTH, "document note");
        appliesTo = appliesTo == null ? Applicability.ALL : appliesTo;
        evidence = evidence == null ? Evidence.UNVERIFIED : evidence;
        pictures = Illustration.list(pictures);
    }

    /** A document without pictures. */
    public RequiredDocument(LocalizedText name, LocalizedText note, Applicability appliesTo, Evidence evidence) {
        this(name, note, appliesTo, evidence, List.of());
    }

    public RequiredDocument withPictures(List<Illustration> newPictures) {
        return new RequiredDocument(name, note, appliesTo, evidence, newPictures);
    }
}
