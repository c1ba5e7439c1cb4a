package dev.waymark.importer;

import dev.waymark.base.Check;

/**
 * Promotion the importer left out: a whole line, or the part of a line that was advertising (a bracketed
 * link to a messaging channel in a title, say), quoted exactly as it was.
 *
 * @param line the line number in the article, from 1
 * @param text the text that was dropped, exactly as it stood in the article
 * @param wholeLine true when the whole line was dropped; false when the rest of the line was kept
 */
public record DroppedLine(int line, String text, boolean wholeLine) {

    public DroppedLine {
        Check.that(line >= 1, "line numbers start at 1");
        Check.present(text, "dropped text");
    }
}
