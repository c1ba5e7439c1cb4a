package dev.waymark.search.api;

import static dev.waymark.guide.api.ApiParameters.cardType;
import static dev.waymark.guide.api.ApiParameters.country;
import static dev.waymark.guide.api.ApiParameters.language;
import static dev.waymark.guide.api.ApiParameters.operator;
import static dev.waymark.guide.api.ApiParameters.way;

import dev.waymark.base.http.CachedResponses;
import dev.waymark.guide.CardType;
import dev.waymark.guide.api.ApiParameters.CardTypeParameter;
import dev.waymark.guide.api.ApiParameters.CountryParameter;
import dev.waymark.guide.api.ApiParameters.LanguageParameter;
import dev.waymark.guide.api.ApiParameters.OperatorParameter;
import dev.waymark.base.ui.OfferedLanguages;
import dev.waymark.guide.Language;
import dev.waymark.guide.OperatorCode;
import dev.waymark.guide.ReaderGuides;
import dev.waymark.guide.Situation;
import dev.waymark.guide.WayKind;
import dev.waymark.guide.ui.GuideLinks;
import dev.waymark.operator.Operator;
import dev.waymark.search.SearchHit;
import dev.waymark.search.SearchService;
import dev.waymark.search.SnippetPart;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Search as JSON, for anyone: {@code GET /api/search?q=&country=&cardType=&operator=&way=&lang=}.
 * Any text is accepted (an empty one finds nothing); bad filter values give 400 like the guides API.
 * Snippets come as plain-text parts with matched words flagged, for the client to escape and mark.
 * Answers may be kept by any cache for a minute and carry an entity tag of their bytes
 * ({@link dev.waymark.base.http.ReadCaching}), so a repeated search can be answered 304.
 */
@Tag(name = "Search", description = "Search published guides, for anyone")
@RestController
@RequestMapping(path = "/api/search", produces = "application/json")
class SearchApi {

    private final SearchService search;
    private final ReaderGuides guides;
    private final OfferedLanguages languages;

    SearchApi(SearchService search, ReaderGuides guides, OfferedLanguages languages) {
        this.search = search;
        this.guides = guides;
        this.languages = languages;
    }

    record Hit(String slug, String title, String summary, String country, String countryName, String language,
               List<String> cardTypes, List<OperatorRef> operators, List<Part> snippet, boolean titleMatch, String url) {
    }

    record OperatorRef(String code, String name) {
    }

    record Part(String text, boolean matched) {
    }

    @Operation(summary = "Search published guides", description = "Guides whose text contains the words (Chinese "
            + "by characters, others by words), best first; snippets come as plain-text parts with matches flagged.")
    @ApiResponse(responseCode = "200", description = "the hits (none for an empty query)")
    @GetMapping
    ResponseEntity<List<Hit>> search(@Parameter(description = "the words to find", example = "注销")
                     @RequestParam(required = false) @Nullable String q,
                     @CountryParameter
                     @RequestParam(required = false) @Nullable String country,
                     @CardTypeParameter
                     @RequestParam(required = false) @Nullable String cardType,
                     @OperatorParameter
                     @RequestParam(required = false) @Nullable String operator,
                     @Parameter(description = "only guides with this way", example = "hotline")
                     @RequestParam(required = false) @Nullable String way,
                     @LanguageParameter
                     @RequestParam(required = false) @Nullable String lang,
                     @Parameter(description = "true while the reader is still typing: a search that finds nothing is "
                             + "then not counted as a miss for editors")
                     @RequestParam(defaultValue = "false") boolean typing) {
        Language language = language(lang, languages);
        CardType card = cardType(cardType);
        OperatorCode operatorCode = operator(operator);
        WayKind wayKind = way(way);
        List<SearchHit> hits = search.search(q, language, country(country), card, operatorCode, wayKind, !typing);
        if (hits.isEmpty()) {
            return ResponseEntity.ok().cacheControl(CachedResponses.PUBLISHED).body(List.of());
        }
        Map<OperatorCode, Operator> operators = guides.operators();
        Situation situation = new Situation(card, operatorCode, wayKind, null);
        return ResponseEntity.ok().cacheControl(CachedResponses.PUBLISHED).body(hits.stream().map(hit -> new Hit(hit.slug().value(), hit.title(), hit.summary(), hit.country().value(),
                hit.country().displayName(hit.language()), hit.language().tag(),
                hit.cardTypes().stream().sorted().map(CardType::key).toList(),
                hit.operators().stream().map(code -> operatorRef(code, operators)).toList(),
                hit.snippet().stream().map(SearchApi::part).toList(), hit.titleMatch(),
                GuideLinks.of(hit.slug(), hit.language(), situation))).toList());
    }

    private static OperatorRef operatorRef(OperatorCode code, Map<OperatorCode, Operator> operators) {
        Operator operator = operators.get(code);
        return new OperatorRef(code.value(), operator == null ? code.value() : operator.name());
    }

    private static Part part(SnippetPart part) {
        return new Part(part.text(), part.matched());
    }
}
