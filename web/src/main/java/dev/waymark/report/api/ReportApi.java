package dev.waymark.report.api;

import dev.waymark.base.StoredText;
import dev.waymark.base.api.ApiError;
import dev.waymark.base.api.BadRequestException;
import dev.waymark.guide.Slug;
import dev.waymark.guide.WayKind;
import dev.waymark.report.RateLimitedException;
import dev.waymark.report.ReportKind;
import dev.waymark.report.ReportService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Readers report a problem with a step, or say whether a guide helped: no sign-in, rate-limited per
 * client. 201 when stored, 400 for bad input and 429 beyond the limit, each error with an
 * {@link ApiError} body.
 */
@Tag(name = "Reports", description = "Readers' reports, for anyone")
@RestController
@RequestMapping(path = "/api/reports", produces = "application/json")
class ReportApi {

    private final ReportService reports;

    ReportApi(ReportService reports) {
        this.reports = reports;
    }

    /**
     * A report: the guide's slug and the revision the reader saw; for a step also the way's key and the
     * step's 1-based position in that way; the kind ({@code did-not-work}, {@code outdated}, {@code helpful},
     * {@code not-helpful}); an optional comment.
     */
    record ReportRequest(@Nullable String slug, @Nullable Integer revision, @Nullable String way,
                         @Nullable Integer step, @Nullable String kind, @Nullable String comment) {
    }

    @Operation(summary = "Report a problem with a guide or a step", description = "No sign-in; at most "
            + "WAYMARK_REPORTS_PER_CLIENT reports per client address in WAYMARK_REPORTS_WINDOW. Example body: "
            + "{\"slug\": \"serbia-cancel-mobile-service\", \"revision\": 1, \"way\": \"hotline\", \"step\": 2, "
            + "\"kind\": \"did-not-work\", \"comment\": \"the number has changed\"}")
    @ApiResponse(responseCode = "201", description = "stored")
    @ApiResponse(responseCode = "429", description = "too many reports from this client lately; see Retry-After")
    @PostMapping(consumes = "application/json")
    @ResponseStatus(HttpStatus.CREATED)
    void report(@RequestBody ReportRequest request, HttpServletRequest http) {
        storable("slug", request.slug());
        storable("way", request.way());
        storable("kind", request.kind());
        storable("comment", request.comment());
        if (request.slug() == null || request.slug().isBlank()) {
            throw new BadRequestException("slug is required");
        }
        if (request.revision() == null) {
            throw new BadRequestException("revision is required: the revision of the guide the reader saw");
        }
        Slug slug;
        try {
            slug = new Slug(request.slug().strip());
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(e.getMessage());
        }
        reports.report(slug, request.revision(), way(request.way()), request.step(), kind(request.kind()),
                request.comment(), http.getRemoteAddr());
    }

    /** Text PostgreSQL cannot store is refused with the field's name, never stored changed ({@link StoredText}). */
    private static void storable(String field, @Nullable String text) {
        if (text != null) {
            StoredText.problem(text).ifPresent(problem -> {
                throw new BadRequestException(field + " " + problem);
            });
        }
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<ApiError> rejected(IllegalArgumentException e) {
        return ResponseEntity.badRequest().body(error(HttpStatus.BAD_REQUEST, e.getMessage()));
    }

    @ExceptionHandler(RateLimitedException.class)
    ResponseEntity<ApiError> rateLimited(RateLimitedException e) {
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(Math.max(1, e.retryAfter().toSeconds())))
                .body(error(HttpStatus.TOO_MANY_REQUESTS, e.getMessage()));
    }

    private static ApiError error(HttpStatus status, @Nullable String message) {
        return new ApiError(status.value(), status.getReasonPhrase(), String.valueOf(message));
    }

    private static @Nullable WayKind way(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return WayKind.fromKey(text).orElseThrow(() -> new BadRequestException("way must be one of "
                + Arrays.stream(WayKind.values()).map(WayKind::key).collect(Collectors.joining(", ", "[", "]"))
                + " (was '" + text + "')"));
    }

    private static ReportKind kind(@Nullable String text) {
        String known = Arrays.stream(ReportKind.values()).map(ReportApi::key).collect(Collectors.joining(", ", "[", "]"));
        if (text == null || text.isBlank()) {
            throw new BadRequestException("kind is required: one of " + known);
        }
        String wanted = text.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        return Arrays.stream(ReportKind.values()).filter(kind -> key(kind).equals(wanted)).findFirst()
                .orElseThrow(() -> new BadRequestException("kind must be one of " + known + " (was '" + text + "')"));
    }

    private static String key(ReportKind kind) {
        return kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
