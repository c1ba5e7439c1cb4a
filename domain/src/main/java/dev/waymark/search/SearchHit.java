package dev.waymark.search;

import dev.waymark.guide.CardType;
import dev.waymark.guide.CountryCode;
import dev.waymark.guide.GuideId;
import dev.waymark.guide.Language;
import dev.waymark.guide.OperatorCode;
import dev.waymark.guide.Slug;
import java.util.List;
import java.util.Set;

/**
 * A published guide that matched a search, in the language it matched in.
 *
 * @param snippet a short stretch of the guide around the first match, as plain-text parts with the
 *                matched words flagged; a client escapes each part itself
 * @param titleMatch true when the title contains every part of the query
 * @param rank relevance within the matches of the same kind; higher is better
 */
public record SearchHit(GuideId id, Slug slug, CountryCode country, Language language, String title, String summary,
                        Set<CardType> cardTypes, List<OperatorCode> operators, List<SnippetPart> snippet,
                        boolean titleMatch, double rank) {

    public SearchHit {
        cardTypes = Set.copyOf(cardTypes);
        operators = List.copyOf(operators);
        snippet = List.copyOf(snippet);
    }
}
