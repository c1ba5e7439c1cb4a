package dev.waymark.importer;

import dev.waymark.base.Check;

/**
 * A line of an article's front matter or metadata head ("source: https://...", "language: ru"), read as data
 * instead of text, and reported so that nothing of the article is lost.
 *
 * @param line the line number in the article, from 1
 * @param key the key as the article writes it; empty for a front-matter line that has none
 * @param value the value, without quotes; empty for a fence or a key that opens a list
 */
public record MetadataLine(int line, String key, String value, Use use) {

    /** What the importer did with the line. */
    public enum Use {
        /** Stored as one of the guide's sources. */
        SOURCE,
        /** Read as the article's language. */
        LANGUAGE,
        /** Read as the article's title, used for its sources when the article has no heading. */
        TITLE,
        /** Read as the date the sources were read. */
        DATE,
        /** A key the guide has no field for (author, tags, country...): kept in this report only. */
        RECORDED,
        /** A front-matter line that is not a known key: kept in this report only. */
        KEPT,
        /** The {@code ---} lines around front matter. */
        FENCE
    }

    public MetadataLine {
        Check.that(line >= 1, "line numbers start at 1");
        Check.present(key, "metadata key");
        Check.present(value, "metadata value");
        Check.present(use, "metadata use");
    }
}
