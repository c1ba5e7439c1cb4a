package dev.waymark.operator;

import dev.waymark.base.Check;
import dev.waymark.guide.Evidence;
import dev.waymark.guide.LocalizedText;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A name the operator was known by, e.g. Telenor for Yettel.
 *
 * @param renamedOn the day the name stopped being used (the rename took effect); null when no source gives it
 * @param note      when and why it changed, e.g. "renamed Yettel on 1 March 2022"
 */
public record FormerName(String name, @Nullable LocalDate renamedOn, LocalizedText note, Evidence evidence) {

    public FormerName {
        name = Check.maxLength(Check.notBlank(name, "former name"), Operator.NAME_MAX_LENGTH, "former name");
        note = note == null ? LocalizedText.EMPTY : note;
        evidence = evidence == null ? Evidence.ADVICE : evidence;
    }

    /** A former name whose rename date is not known. */
    public FormerName(String name, @Nullable LocalizedText note, @Nullable Evidence evidence) {
        this(name, null, note, evidence);
    }
}
