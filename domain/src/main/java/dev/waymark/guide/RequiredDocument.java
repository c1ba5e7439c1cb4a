package dev.waymark.guide;

import dev.waymark.base.Check;

/** A document or piece of information to have at hand: passport, ICCID, account login, contract number. */
public record RequiredDocument(LocalizedText name, LocalizedText note, Applicability appliesTo, Evidence evidence) {

    public static final int TEXT_MAX_LENGTH = 500;

    public RequiredDocument {
        Check.present(name, "document");
        Check.that(!name.isEmpty(), "a document needs its name");
        name.checkMaxLength(TEXT_MAX_LENGTH, "document name");
        note = note == null ? LocalizedText.EMPTY : note.checkMaxLength(TEXT_MAX_LENGTH, "document note");
        appliesTo = appliesTo == null ? Applicability.ALL : appliesTo;
        evidence = evidence == null ? Evidence.UNVERIFIED : evidence;
    }
}
