package dev.waymark.guide.api;

import static dev.waymark.guide.api.ApiParameters.cardType;
import static dev.waymark.guide.api.ApiParameters.country;
import static dev.waymark.guide.api.ApiParameters.language;
import static dev.waymark.guide.api.ApiParameters.operator;
import static dev.waymark.guide.api.ApiParameters.platform;
import static dev.waymark.guide.api.ApiParameters.way;

import dev.waymark.base.api.NotFoundException;
import dev.waymark.guide.api.ApiParameters.CardTypeParameter;
import dev.waymark.guide.api.ApiParameters.CountryParameter;
import dev.waymark.guide.api.ApiParameters.LanguageParameter;
import dev.waymark.guide.api.ApiParameters.OperatorParameter;
import dev.waymark.base.http.CachedResponses;
import dev.waymark.base.http.Representation;
import dev.waymark.guide.GuideFilter;
import dev.waymark.guide.GuideSummary;
import dev.waymark.guide.GuideViews;
import dev.waymark.base.ui.OfferedLanguages;
import dev.waymark.guide.Language;
import dev.waymark.guide.OperatorCode;
import dev.waymark.guide.PublishedReads;
import dev.waymark.guide.PublishedShortcuts;
import dev.waymark.guide.ReaderGuides;
import dev.waymark.guide.Situation;
import dev.waymark.guide.Slug;
import dev.waymark.guide.ui.GuideLinks;
import dev.waymark.operator.Operator;
import jakarta.servlet.http.HttpServletRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * Published guides as JSON, for anyone. Drafts are never returned. Bad parameters give 400 and
 * unknown guides 404, each with a body that says what was wrong.
 */
@Tag(name = "Guides", description = "Published guides, for anyone")
@RestController
@RequestMapping(path = "/api/guides", produces = "application/json")
class GuideApi {

    private final ReaderGuides guides;
    private final PublishedReads reads;
    private final PublishedShortcuts shortcuts;
    private final GuideViews views;
    private final JsonMapper mapper;
    private final OfferedLanguages languages;

    GuideApi(ReaderGuides guides, PublishedReads reads, PublishedShortcuts shortcuts, GuideViews views,
             JsonMapper mapper, OfferedLanguages languages) {
        this.languages = languages;
        this.guides = guides;
        this.reads = reads;
        this.shortcuts = shortcuts;
        this.views = views;
        this.mapper = mapper;
    }

    @Operation(summary = "List published guides", description = "Every published guide matching the filters, "
            + "with its title and summary in the requested language and links to read it.")
    @ApiResponse(responseCode = "200", description = "the guides (possibly none)")
    @GetMapping
    ResponseEntity<List<GuideResponses.Summary>> list(
            @CountryParameter
            @RequestParam(required = false) @Nullable String country,
            @CardTypeParameter
            @RequestParam(required = false) @Nullable String cardType,
            @OperatorParameter
            @RequestParam(required = false) @Nullable String operator,
            @LanguageParameter
            @RequestParam(required = false) @Nullable String lang) {
        Language language = language(lang, languages);
        GuideFilter filter = new GuideFilter(country(country), cardType(cardType), operator(operator), language, null);
        List<GuideSummary> found = guides.list(filter);
        Map<OperatorCode, Operator> operators = guides.operators();
        return ResponseEntity.ok().cacheControl(CachedResponses.PUBLISHED).body(found.stream()
                .map(summary -> GuideResponses.summary(summary, operators,
                        GuideLinks.of(summary.slug(), language, Situation.ANY))).toList());
    }

    @Operation(summary = "Read one published guide", description = "The published revision of a guide, narrowed to "
            + "the reader's situation (card type, operator, device platform, way), with each part's HTML.")
    // The body is kept as bytes made once per revision (PublishedReads); its shape is GuideResponses.Guide.
    @ApiResponse(responseCode = "200", description = "the guide", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = GuideResponses.Guide.class)))
    @GetMapping("/{slug}")
    ResponseEntity<byte[]> guide(
            @Parameter(description = "the guide's slug", example = "serbia-cancel-mobile-service")
            @PathVariable String slug,
            @LanguageParameter
            @RequestParam(required = false) @Nullable String lang,
            @CardTypeParameter
            @RequestParam(required = false) @Nullable String cardType,
            @OperatorParameter
            @RequestParam(required = false) @Nullable String operator,
            @Parameter(description = "device platform: ios or android", example = "ios")
            @RequestParam(required = false) @Nullable String platform,
            @Parameter(description = "only this way, such as hotline, online-account or store", example = "hotline")
            @RequestParam(required = false) @Nullable String way,
            HttpServletRequest request) {
        Language language = language(lang, languages);
        Situation situation = new Situation(cardType(cardType), operator(operator), way(way), platform(platform));
        Slug found = slug(slug).orElseThrow(() -> notFound(slug));
        PublishedReads.Rendition json = reads.rendition(found, "api", whole -> PublishedReads.variant(language, situation, whole),
                readable -> Representation.of(mapper.writeValueAsBytes(GuideResponses.guide(readable.guide(),
                                readable.guide().content().forSituation(situation), language, readable.operators())),
                        MediaType.APPLICATION_JSON, readable.lastModified()))
                .orElseThrow(() -> notFound(slug));
        views.viewed(found, language, GuideViews.Channel.API);
        shortcuts.remember(request, found, "api", json, language, GuideViews.Channel.API, Map.of());
        return CachedResponses.respond(request, json.representation(), CachedResponses.PUBLISHED, false);
    }

    /** What {@link #revision} answers: small, so a reader's saved copy can ask cheaply whether it is still current. */
    record RevisionInfo(String slug, int revision, String publishedAt) {
    }

    @Operation(summary = "Which revision of a guide readers see", description = "The published revision's number and "
            + "when it was published: the reader page's offline copy asks this to offer an update.")
    @ApiResponse(responseCode = "200", description = "the revision", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = RevisionInfo.class)))
    @GetMapping("/{slug}/revision")
    ResponseEntity<byte[]> revision(
            @Parameter(description = "the guide's slug", example = "serbia-cancel-mobile-service")
            @PathVariable String slug, HttpServletRequest request) {
        Slug found = slug(slug).orElseThrow(() -> notFound(slug));
        PublishedReads.Rendition info = reads.rendition(found, "revision", whole -> "",
                readable -> Representation.of(mapper.writeValueAsBytes(new RevisionInfo(found.value(),
                                readable.guide().revision(), readable.guide().publishedAt().toString())),
                        MediaType.APPLICATION_JSON, readable.guide().publishedAt()))
                .orElseThrow(() -> notFound(slug));
        return CachedResponses.respond(request, info.representation(), REVALIDATE, false);
    }

    /** Always asked again (a 304 when unchanged): the answer must follow a publication at once. */
    private static final org.springframework.http.CacheControl REVALIDATE =
            org.springframework.http.CacheControl.noCache().cachePublic();

    private static NotFoundException notFound(String slug) {
        return new NotFoundException("no published guide has the slug '" + slug + "'");
    }

    private static Optional<Slug> slug(String text) {
        try {
            return Optional.of(new Slug(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
