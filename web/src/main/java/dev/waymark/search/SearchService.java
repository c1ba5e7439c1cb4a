package dev.waymark.search;

import dev.waymark.guide.CardType;
import dev.waymark.guide.CountryCode;
import dev.waymark.guide.Language;
import dev.waymark.guide.OperatorCode;
import dev.waymark.guide.WayKind;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Search for readers: takes whatever was typed, makes it safe to search, and never fails because of
 * it. Searches that find nothing are counted for the editors, without anything about the reader.
 * Each search is timed as {@code waymark.search} (Prometheus: {@code waymark_search_seconds}), tagged with
 * the language and the outcome ({@code hit} or {@code miss}), never with what was typed.
 */
@Service
@Transactional(readOnly = true)
public class SearchService {

    public static final String METER = "waymark.search";
    private static final Duration[] BUCKETS = Stream.of(5, 10, 25, 50, 100, 250, 500, 1000, 2500)
            .map(Duration::ofMillis).toArray(Duration[]::new);

    private final Search search;
    private final MeterRegistry registry;

    public SearchService(Search search, MeterRegistry registry) {
        this.search = search;
        this.registry = registry;
    }

    /**
     * Published guides matching {@code text} and the filters, best first, at most
     * {@link SearchQuery#DEFAULT_LIMIT}. Control characters (NUL included) are dropped and the text is
     * cut to {@link SearchQuery#MAX_LENGTH} characters; blank text finds nothing and is not counted.
     * A search that finds nothing is counted as a miss. Anyone may call it.
     *
     * @return never null
     */
    @PreAuthorize("permitAll()")
    @Transactional // not read-only: a search that finds nothing is counted
    public List<SearchHit> search(@Nullable String text, Language language, @Nullable CountryCode country,
                                  @Nullable CardType cardType, @Nullable OperatorCode operator, @Nullable WayKind way) {
        return search(text, language, country, cardType, operator, way, true);
    }

    /**
     * As {@link #search(String, Language, CountryCode, CardType, OperatorCode, WayKind)}; a search that finds nothing is
     * counted as a miss only when {@code settled} (what the reader submitted or stopped at, not each pause while
     * typing). Anyone may call it.
     *
     * @return never null
     */
    @PreAuthorize("permitAll()")
    @Transactional // not read-only: a settled search that finds nothing is counted
    public List<SearchHit> search(@Nullable String text, Language language, @Nullable CountryCode country,
                                  @Nullable CardType cardType, @Nullable OperatorCode operator, @Nullable WayKind way,
                                  boolean settled) {
        String cleaned = clean(text);
        if (cleaned.isEmpty()) {
            return List.of();
        }
        Timer.Sample sample = Timer.start(registry);
        List<SearchHit> hits = search.find(new SearchQuery(cleaned, language, country, cardType, operator, way,
                SearchQuery.DEFAULT_LIMIT));
        sample.stop(Timer.builder(METER)
                .description("Searches by readers, from the cleaned text to the ranked hits")
                .tag("language", language.tag())
                .tag("outcome", hits.isEmpty() ? "miss" : "hit")
                // A few buckets for latency quantiles in Prometheus (histogram_quantile), not dozens per series.
                .serviceLevelObjectives(BUCKETS)
                .register(registry));
        if (hits.isEmpty() && settled) {
            search.recordMiss(cleaned, language);
        }
        return hits;
    }

    /** Searches without filters. Anyone may call it. */
    @PreAuthorize("permitAll()")
    @Transactional // not read-only: a search that finds nothing is counted
    public List<SearchHit> search(@Nullable String text, Language language) {
        return search(text, language, null, null, null, null);
    }

    /** The most frequent searches that found nothing, most frequent first; for editors and admins. */
    @PreAuthorize("hasAnyRole('EDITOR', 'ADMIN')")
    public List<SearchMiss> misses(int limit) {
        return search.misses(Math.clamp(limit, 1, 500));
    }

    /**
     * What is left of typed text to search for: control, format and unpaired surrogate characters
     * removed, whitespace collapsed, at most {@link SearchQuery#MAX_LENGTH} characters. Never null. A pure function:
     * the search page shows the query as it will be searched.
     */
    public static String clean(@Nullable String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(Math.min(text.length(), SearchQuery.MAX_LENGTH));
        int i = 0;
        while (i < text.length() && out.length() < SearchQuery.MAX_LENGTH) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            int type = Character.getType(cp);
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                if (!out.isEmpty() && out.charAt(out.length() - 1) != ' ') {
                    out.append(' ');
                }
            } else if (type != Character.CONTROL && type != Character.FORMAT && type != Character.SURROGATE
                    && type != Character.UNASSIGNED && type != Character.PRIVATE_USE) {
                if (out.length() + Character.charCount(cp) > SearchQuery.MAX_LENGTH) {
                    break;
                }
                out.appendCodePoint(cp);
            }
        }
        return out.toString().strip();
    }
}
