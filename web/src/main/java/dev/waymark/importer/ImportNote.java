package dev.waymark.importer;

import dev.waymark.base.Check;

/**
 * One line of the import report: what became of a heading, or which piece of text went to the unsorted part
 * and why. Together with the draft, the dropped promotion and the metadata, the notes account for every
 * sentence of the article.
 *
 * @param line the line number in the article where the heading or text starts, from 1
 * @param text the heading, or the first words of the text that went to unsorted
 * @param detail for {@link Kind#HEADING} the part the heading was read as ({@code title}, {@code requirements},
 *               {@code way:store-visit}, {@code faq}...); for {@link Kind#UNSORTED} the reason's key
 */
public record ImportNote(Kind kind, int line, String text, String detail) {

    public enum Kind {
        /** A heading read as structure: the title, a part, a way, a step or a question. */
        HEADING,
        /** Text that went to the unsorted part, for the editor to place or delete. */
        UNSORTED
    }

    /** Why text went to the unsorted part. */
    public enum Reason {
        /** Background, motivation, a summary or an anecdote: nothing a traveler follows. */
        BACKGROUND("background"),
        /** Under a heading that names no part of a guide. */
        UNRECOGNISED("unrecognised-heading"),
        /** Lead-in or closing text around a list of steps or items. */
        AROUND_LIST("around-a-list"),
        /** Steps that name no channel, under no heading that names one. */
        NO_WAY("no-way"),
        /** A table: kept whole, the editor decides where its facts belong. */
        TABLE("table"),
        /** In a questions section but not shaped as a question with an answer. */
        NOT_A_QUESTION("not-a-question"),
        /** A heading with nothing under it. */
        EMPTY("empty-heading"),
        /** The text did not fit its part (too long, too many steps...). */
        DOES_NOT_FIT("does-not-fit");

        private final String key;

        Reason(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    public ImportNote {
        Check.present(kind, "note kind");
        Check.that(line >= 1, "line numbers start at 1");
        Check.present(text, "note text");
        detail = Check.notBlank(detail, "note detail");
    }
}
