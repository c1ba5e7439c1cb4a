package dev.waymark.importer;

import dev.waymark.base.Check;

/**
 * Something the editor should look at after an import.
 *
 * @param text what the hint is about: the operator name as the article writes it, the words of the steps
 *             whose way was guessed, the statement that gave a store way, the country or the language tag
 * @param detail for {@link Kind#OPERATOR} the operator's code (the editor chooses whether the guide covers
 *               it); for {@link Kind#WAY_GUESSED} and {@link Kind#STORE_ONLY} the key of the way the steps were
 *               put under; for {@link Kind#NO_OPERATORS} the country code; for {@link Kind#LANGUAGE} the
 *               language tag the text was stored under
 */
public record ImportHint(Kind kind, String text, String detail) {

    public enum Kind {
        /** The article mentions an operator of the country, by its current or a former name. */
        OPERATOR,
        /** Steps that name no channel were put under the way their words point at; check the choice. */
        WAY_GUESSED,
        /** The article says it can only be done in person: its steps were put under the store visit. */
        STORE_ONLY,
        /** The operator registry holds no operator for the article's country: add them before choosing. */
        NO_OPERATORS,
        /** The article declares a language Waymark's content is not written in: the text was kept as it is. */
        LANGUAGE
    }

    public ImportHint {
        Check.present(kind, "hint kind");
        text = Check.notBlank(text, "hint text");
        detail = Check.notBlank(detail, "hint detail");
    }
}
