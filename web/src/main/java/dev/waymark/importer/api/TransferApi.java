package dev.waymark.importer.api;

import dev.waymark.base.api.ApiError;
import dev.waymark.guide.CardType;
import dev.waymark.guide.CountryCode;
import dev.waymark.guide.Language;
import dev.waymark.guide.Slug;
import dev.waymark.guide.SlugTakenException;
import dev.waymark.guide.StaleGuideException;
import dev.waymark.importer.Detection;
import dev.waymark.importer.DroppedLine;
import dev.waymark.importer.ImportHint;
import dev.waymark.importer.ImportOptions;
import dev.waymark.importer.ImportPart;
import dev.waymark.importer.ImportedGuide;
import dev.waymark.importer.MarkdownImport;
import dev.waymark.importer.TransferService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Import and export for editors and admins (API tokens with the import or export scope; see the security
 * configuration):
 * <ul>
 *   <li>{@code GET /api/editor/guides/export}: every guide as a {@code waymark-guides} file;</li>
 *   <li>{@code GET /api/editor/guides/{slug}/export}: one guide as such a file;</li>
 *   <li>{@code POST /api/editor/guides/import} ({@code application/json}, such a file): new guides become drafts,
 *       existing slugs get a new draft revision; all or nothing, 400 with every problem otherwise;</li>
 *   <li>{@code POST /api/editor/import/markdown} ({@code text/markdown} only: a cross-site form can send
 *       text/plain; UTF-8 unless a charset is given;
 *       optional {@code country}, {@code cardTypes} (comma-separated keys), {@code language}, {@code slug};
 *       what is left out is detected): the article as a new draft, 201 with the report.</li>
 * </ul>
 * The file format is described on {@link dev.waymark.importer.GuideBundle}.
 */
@Tag(name = "Editors", description = "For editors and admins with an API token")
@RestController
@RequestMapping(path = "/api/editor", produces = MediaType.APPLICATION_JSON_VALUE)
class TransferApi {

    private final TransferService transfers;

    TransferApi(TransferService transfers) {
        this.transfers = transfers;
    }

    @Operation(summary = "Export every guide (token scope export)", description = "Every guide in any status as a "
            + "waymark-guides file: {\"format\": \"waymark-guides\", \"version\": 1, \"guides\": [{\"slug\", "
            + "\"status\", \"content\"}]}, as an attachment.")
    @ApiResponse(responseCode = "200", description = "the file")
    @GetMapping("/guides/export")
    ResponseEntity<String> exportAll() {
        return file(transfers.exportAll(), "waymark-guides.json");
    }

    @Operation(summary = "Export one guide (token scope export)", description = "One guide as a waymark-guides file.")
    @ApiResponse(responseCode = "200", description = "the file")
    @GetMapping("/guides/{slug}/export")
    ResponseEntity<String> exportGuide(@Parameter(description = "the guide's slug",
            example = "serbia-cancel-mobile-service") @PathVariable String slug) {
        return file(transfers.exportGuide(slug), "waymark-guide-" + slug + ".json");
    }

    @Operation(summary = "Import a waymark-guides file (token scope import)", description = "Each guide becomes a "
            + "draft (a new draft revision when the slug exists; never published); all or nothing: when any guide "
            + "breaks a rule, none is imported and the 400 names each guide and rule.")
    @ApiResponse(responseCode = "200", description = "what was imported")
    @ApiResponse(responseCode = "409", description = "a slug is taken, or a guide changed meanwhile")
    @PostMapping(path = "/guides/import", consumes = MediaType.APPLICATION_JSON_VALUE)
    ImportReply importJson(@RequestBody byte[] body,
                           @Parameter(hidden = true) @RequestHeader(HttpHeaders.CONTENT_TYPE) String contentType) {
        List<ImportedGuide> imported = transfers.importJson(decode(body, contentType));
        return new ImportReply(imported.stream().map(guide -> new ImportReply.Guide(guide.id().toString(),
                guide.slug().value(), guide.revision(), guide.created())).toList());
    }

    @Operation(summary = "Import a Markdown article as a draft (token scope import)", description = "UTF-8 unless the "
            + "content type names a charset; what the parameters leave out is detected from the article. Answers "
            + "with the report: counts per part, promotion lines dropped, operator hints.")
    @ApiResponse(responseCode = "201", description = "the draft was created; the report")
    @ApiResponse(responseCode = "409", description = "the slug is taken")
    @PostMapping(path = "/import/markdown", consumes = "text/markdown")
    ResponseEntity<MarkdownReply> importMarkdown(
            @RequestBody byte[] body,
            @Parameter(hidden = true) @RequestHeader(HttpHeaders.CONTENT_TYPE) String contentType,
            @Parameter(description = "ISO 3166-1 alpha-2 country code; detected when left out", example = "RS")
            @RequestParam(required = false) @Nullable String country,
            @Parameter(description = "comma-separated card types; detected when left out", example = "esim,physical-sim")
            @RequestParam(required = false) @Nullable String cardTypes,
            @Parameter(description = "the article's language, zh-CN or en; detected when left out", example = "zh-CN")
            @RequestParam(required = false) @Nullable String language,
            @Parameter(description = "the new guide's slug; made from the title when left out",
                    example = "serbia-esim-cancel")
            @RequestParam(required = false) @Nullable String slug) {
        String article = decode(body, contentType);
        Detection detected = transfers.detect(article);
        ImportOptions options = new ImportOptions(country(country, detected), cardTypes(cardTypes, detected),
                language(language, detected));
        MarkdownImport imported = transfers.importMarkdown(article, options,
                slug == null || slug.isBlank() ? null : new Slug(slug.strip()));
        return ResponseEntity.status(HttpStatus.CREATED).body(MarkdownReply.of(imported, options));
    }

    /** The body as text: in the charset the request names, else UTF-8; malformed text is refused. */
    private static String decode(byte[] body, String contentType) {
        Charset charset = StandardCharsets.UTF_8;
        try {
            Charset named = MediaType.parseMediaType(contentType).getCharset();
            if (named != null) {
                charset = named;
            }
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("the body is not valid " + charset.name() + " text");
        } catch (org.springframework.util.InvalidMimeTypeException | java.nio.charset.UnsupportedCharsetException e) {
            throw new IllegalArgumentException("the content type '" + contentType + "' names an unknown charset");
        }
    }

    private static CountryCode country(@Nullable String text, Detection detected) {
        if (text != null && !text.isBlank()) {
            return CountryCode.parse(text);
        }
        return detected.detectedCountry().orElseThrow(() -> new IllegalArgumentException(
                "the article names no country Waymark recognises: give one, such as ?country=RS"));
    }

    private static Set<CardType> cardTypes(@Nullable String text, Detection detected) {
        if (text == null || text.isBlank()) {
            return detected.cardTypes();
        }
        Set<CardType> types = EnumSet.noneOf(CardType.class);
        for (String key : text.split(",")) {
            types.add(CardType.fromKey(key.strip()).orElseThrow(() -> new IllegalArgumentException(
                    "unknown card type '" + key.strip() + "' (use " + String.join(", ",
                            Arrays.stream(CardType.values()).map(CardType::key).toList()) + ")")));
        }
        return types;
    }

    private static Language language(@Nullable String text, Detection detected) {
        if (text == null || text.isBlank()) {
            return detected.language();
        }
        return Language.parse(text).orElseThrow(() -> new IllegalArgumentException(
                "'" + text.strip() + "' is not a language tag such as zh-CN, zh-TW, en or ru"));
    }

    private static ResponseEntity<String> file(String json, String name) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(json);
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<ApiError> refused(IllegalArgumentException e) {
        return error(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    @ExceptionHandler({SlugTakenException.class, StaleGuideException.class})
    ResponseEntity<ApiError> conflict(RuntimeException e) {
        return error(HttpStatus.CONFLICT, e.getMessage());
    }

    @ExceptionHandler(NoSuchElementException.class)
    ResponseEntity<ApiError> notFound(NoSuchElementException e) {
        return error(HttpStatus.NOT_FOUND, e.getMessage());
    }

    private static ResponseEntity<ApiError> error(HttpStatus status, @Nullable String message) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON)
                .body(new ApiError(status.value(), status.getReasonPhrase(), message == null ? "" : message));
    }

    /** What a JSON import saved. */
    record ImportReply(List<Guide> guides) {
        record Guide(String id, String slug, int revision, boolean created) {
        }
    }

    /**
     * The draft a Markdown import made, where to edit it, and the report: the sources read from the article's
     * metadata, and each piece of text left in the unsorted part with its line and reason.
     */
    record MarkdownReply(String id, String slug, String editUrl, String country, List<String> cardTypes,
                         String language, Map<String, Integer> counts, List<String> sources, List<Unsorted> unsorted,
                         List<Dropped> dropped, List<Hint> hints, boolean unverified) {

        record Unsorted(int line, String text, String reason) {
        }

        record Dropped(int line, String text, boolean wholeLine) {
        }

        record Hint(String kind, String text, String detail) {
        }

        static MarkdownReply of(MarkdownImport imported, ImportOptions options) {
            Map<String, Integer> counts = new LinkedHashMap<>();
            imported.report().counts().forEach((part, count) -> counts.put(key(part), count));
            return new MarkdownReply(imported.id().toString(), imported.slug().value(), "/" + imported.editorRoute(),
                    options.country().value(), options.cardTypes().stream().sorted().map(CardType::key).toList(),
                    imported.report().content().sourceLanguage().tag(), counts,
                    imported.report().content().provenance().sources().stream().map(source -> source.url().toString())
                            .toList(),
                    imported.report().unsortedNotes().stream()
                            .map(note -> new Unsorted(note.line(), note.text(), note.detail())).toList(),
                    imported.report().dropped().stream().map(MarkdownReply::dropped).toList(),
                    imported.report().hints().stream().map(MarkdownReply::hint).toList(), true);
        }

        private static String key(ImportPart part) {
            return part.name().toLowerCase(Locale.ROOT);
        }

        private static Dropped dropped(DroppedLine line) {
            return new Dropped(line.line(), line.text(), line.wholeLine());
        }

        private static Hint hint(ImportHint hint) {
            return new Hint(hint.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'), hint.text(), hint.detail());
        }
    }
}
