package dev.waymark.operator;

import dev.waymark.base.Check;
import dev.waymark.guide.Evidence;
import dev.waymark.guide.LocalizedText;

/**
 * A name the operator was known by, e.g. Telenor for Yettel.
 *
 * @param note when and why it changed, e.g. "renamed Yettel on 1 March 2022"
 */
public record FormerName(String name, LocalizedText note, Evidence evidence) {

    public FormerName {
        name = Check.maxLength(Check.notBlank(name, "former name"), 100, "former name");
        note = note == null ? LocalizedText.EMPTY : note;
        evidence = evidence == null ? Evidence.ADVICE : evidence;
    }
}
