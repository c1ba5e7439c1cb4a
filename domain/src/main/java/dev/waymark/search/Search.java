package dev.waymark.search;

import dev.waymark.guide.Language;
import java.util.List;

/** Full-text search over published guides. Implemented in the db module. */
public interface Search {

    /**
     * Published guides matching every part of the query and its filters, best first, one hit per
     * guide, at most {@link SearchQuery#limit()}. Titles matching the whole query come before
     * matches in the body, then guides in the reader's language, then by relevance. A guide is
     * returned in the reader's language when that language matches, otherwise in another language
     * that does. Drafts and archived guides are never found.
     *
     * @return never null; empty when nothing matches or the text has nothing searchable in it
     *         (only punctuation, symbols or emoji). Never throws for any text.
     */
    List<SearchHit> find(SearchQuery query);

    /**
     * Counts a search that found nothing, for the editors: the normalized text and the reader's
     * language, with how often and when last. Nothing about who searched is kept. Text with nothing
     * searchable in it is not counted.
     */
    void recordMiss(String text, Language language);

    /** The most frequent searches that found nothing, most frequent first. */
    List<SearchMiss> misses(int limit);
}
