package dev.waymark.guide.api;

import dev.waymark.base.api.BadRequestException;
import dev.waymark.guide.EditorGuides;
import dev.waymark.guide.GuideListFilter;
import dev.waymark.guide.GuideListing;
import dev.waymark.guide.GuideStatus;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/editor/guides}: every guide in any status, drafts included, for editors' scripts (an API token with
 * the {@code drafts:read} scope; see the security configuration). Optional {@code status} ({@code draft},
 * {@code in_review}, {@code published}, {@code archived}), {@code offset} and {@code limit} (at most 500).
 */
@Tag(name = "Editors", description = "For editors and admins with an API token")
@RestController
@RequestMapping(path = "/api/editor/guides", produces = "application/json")
class EditorGuideApi {

    private final EditorGuides guides;

    EditorGuideApi(EditorGuides guides) {
        this.guides = guides;
    }

    /** A guide in the editors' list. */
    record Listing(String id, String slug, String country, String title, String status, int savedRevision,
                   @Nullable Integer publishedRevision, Instant updatedAt) {

        static Listing of(GuideListing guide) {
            return new Listing(guide.id().toString(), guide.slug().value(), guide.country().value(),
                    guide.title(guide.sourceLanguage()), guide.status().name().toLowerCase(Locale.ROOT),
                    guide.savedRevision(), guide.publishedRevision(), guide.updatedAt());
        }
    }

    @Operation(summary = "List guides in any status (token scope drafts:read)", description = "Drafts, guides in "
            + "review, published and archived guides, newest change first.")
    @ApiResponse(responseCode = "200", description = "the guides")
    @GetMapping
    List<Listing> list(@Parameter(description = "draft, in_review, published or archived", example = "draft")
                       @RequestParam(required = false) @Nullable String status,
                       @Parameter(description = "guides to skip", example = "0")
                       @RequestParam(defaultValue = "0") int offset,
                       @Parameter(description = "at most this many (0 to 500)", example = "100")
                       @RequestParam(defaultValue = "100") int limit) {
        if (offset < 0 || limit < 0 || limit > EditorGuides.MAX_PAGE) {
            throw new BadRequestException("offset must not be negative and limit must be 0 to " + EditorGuides.MAX_PAGE);
        }
        GuideListFilter filter = new GuideListFilter(null, status(status), null, null);
        return guides.list(filter, offset, limit).stream().map(Listing::of).toList();
    }

    private static @Nullable GuideStatus status(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return GuideStatus.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("unknown status '" + text.strip() + "' (use draft, in_review, published or archived)");
        }
    }
}
