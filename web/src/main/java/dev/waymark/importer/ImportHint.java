package dev.waymark.importer;

import dev.waymark.base.Check;

/**
 * Something the editor should look at after an import.
 *
 * @param text what the hint is about: the operator name as the article writes it, or the words of the steps
 *             whose way was guessed
 * @param detail for {@link Kind#OPERATOR} the operator's code (the editor chooses whether the guide covers
 *               it); for {@link Kind#WAY_GUESSED} the key of the way the steps were put under
 */
public record ImportHint(Kind kind, String text, String detail) {

    public enum Kind {
        /** The article mentions an operator of the country, by its current or a former name. */
        OPERATOR,
        /** Steps that name no channel were put under the way their words point at; check the choice. */
        WAY_GUESSED
    }

    public ImportHint {
        Check.present(kind, "hint kind");
        text = Check.notBlank(text, "hint text");
        detail = Check.notBlank(detail, "hint detail");
    }
}
