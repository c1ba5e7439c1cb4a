package dev.waymark.guide.api;

import static dev.waymark.guide.api.ApiParameters.cardType;
import static dev.waymark.guide.api.ApiParameters.country;
import static dev.waymark.guide.api.ApiParameters.language;
import static dev.waymark.guide.api.ApiParameters.operator;
import static dev.waymark.guide.api.ApiParameters.platform;
import static dev.waymark.guide.api.ApiParameters.way;

import dev.waymark.base.api.NotFoundException;
import dev.waymark.guide.GuideContent;
import dev.waymark.guide.GuideFilter;
import dev.waymark.guide.GuideSummary;
import dev.waymark.guide.GuideViews;
import dev.waymark.guide.Language;
import dev.waymark.guide.OperatorCode;
import dev.waymark.guide.PublishedGuide;
import dev.waymark.guide.ReaderGuides;
import dev.waymark.guide.Situation;
import dev.waymark.guide.Slug;
import dev.waymark.guide.ui.GuideLinks;
import dev.waymark.operator.Operator;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Published guides as JSON, for anyone. Drafts are never returned. Bad parameters give 400 and
 * unknown guides 404, each with a body that says what was wrong.
 */
@Tag(name = "Guides", description = "Published guides, for anyone")
@RestController
@RequestMapping(path = "/api/guides", produces = "application/json")
class GuideApi {

    private final ReaderGuides guides;
    private final GuideViews views;

    GuideApi(ReaderGuides guides, GuideViews views) {
        this.guides = guides;
        this.views = views;
    }

    @Operation(summary = "List published guides", description = "Every published guide matching the filters, "
            + "with its title and summary in the requested language and links to read it.")
    @ApiResponse(responseCode = "200", description = "the guides (possibly none)")
    @GetMapping
    List<GuideResponses.Summary> list(
            @Parameter(description = "ISO 3166-1 alpha-2 country code", example = "RS")
            @RequestParam(required = false) @Nullable String country,
            @Parameter(description = "card type: physical-sim, esim or prepaid-data", example = "esim")
            @RequestParam(required = false) @Nullable String cardType,
            @Parameter(description = "operator code", example = "rs-yettel")
            @RequestParam(required = false) @Nullable String operator,
            @Parameter(description = "language: zh-CN (default) or en", example = "en")
            @RequestParam(required = false) @Nullable String lang) {
        Language language = language(lang);
        GuideFilter filter = new GuideFilter(country(country), cardType(cardType), operator(operator), language, null);
        List<GuideSummary> found = guides.list(filter);
        Map<OperatorCode, Operator> operators = guides.operators();
        return found.stream().map(summary -> GuideResponses.summary(summary, operators,
                GuideLinks.of(summary.slug(), language, Situation.ANY))).toList();
    }

    @Operation(summary = "Read one published guide", description = "The published revision of a guide, narrowed to "
            + "the reader's situation (card type, operator, device platform, way), with each part's HTML.")
    @ApiResponse(responseCode = "200", description = "the guide")
    @GetMapping("/{slug}")
    GuideResponses.Guide guide(
            @Parameter(description = "the guide's slug", example = "serbia-cancel-mobile-service")
            @PathVariable String slug,
            @Parameter(description = "language: zh-CN (default) or en", example = "en")
            @RequestParam(required = false) @Nullable String lang,
            @Parameter(description = "card type: physical-sim, esim or prepaid-data", example = "esim")
            @RequestParam(required = false) @Nullable String cardType,
            @Parameter(description = "operator code", example = "rs-yettel")
            @RequestParam(required = false) @Nullable String operator,
            @Parameter(description = "device platform: ios or android", example = "ios")
            @RequestParam(required = false) @Nullable String platform,
            @Parameter(description = "only this way, such as hotline, online-account or store", example = "hotline")
            @RequestParam(required = false) @Nullable String way) {
        Language language = language(lang);
        PublishedGuide published = slug(slug).flatMap(guides::find)
                .orElseThrow(() -> new NotFoundException("no published guide has the slug '" + slug + "'"));
        Situation situation = new Situation(cardType(cardType), operator(operator), way(way), platform(platform));
        views.viewed(published.slug(), language, GuideViews.Channel.API);
        GuideContent content = published.content().forSituation(situation);
        return GuideResponses.guide(published, content, language, guides.operatorsOf(published.content()));
    }

    private static Optional<Slug> slug(String text) {
        try {
            return Optional.of(new Slug(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
