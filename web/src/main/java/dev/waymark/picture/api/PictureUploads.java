package dev.waymark.picture.api;

import dev.waymark.guide.Language;
import dev.waymark.picture.PictureFormat;
import dev.waymark.picture.PictureRejectedException;
import dev.waymark.picture.PictureService;
import dev.waymark.picture.PictureSettings;
import dev.waymark.picture.PictureUrls;
import dev.waymark.picture.Rejection;
import dev.waymark.picture.StoredPicture;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Uploads of pictures by editors and admins; the answer is the kept picture
 * ({@code {"hash", "width", "height", "src", "srcset"}}) or a JSON error with a message a person can act on
 * ({@code {"status", "error", "message", "reason"}}): 413 over the size limit, 415 for what is not a JPEG, PNG or
 * WebP, 422 for a picture that is refused (too many pixels, truncated, trailing data, undecodable).
 * <ul>
 *   <li>{@code POST /api/editor/pictures}: with an API token that has the {@code import} scope; the picture is the
 *       request body ({@code image/jpeg}, {@code image/png}, {@code image/webp} or
 *       {@code application/octet-stream}: never a type a cross-site form can send; the type is not trusted, the
 *       content decides).</li>
 *   <li>{@code POST /editor/pictures}: for the editor's pages, signed in with the session and the CSRF token
 *       (header {@code X-CSRF-TOKEN}); the picture as multipart field {@code file} or as the body; the message in
 *       the language of {@code Accept-Language}.</li>
 * </ul>
 */
@Tag(name = "Editors", description = "For editors and admins with an API token")
@RestController
class PictureUploads {

    /** A body this much over the limit is still read (and dropped), so the client hears the refusal. */
    private static final long DRAIN_LIMIT = 64L * 1024 * 1024;

    private final PictureService pictures;
    private final PictureSettings settings;

    PictureUploads(PictureService pictures, PictureSettings settings) {
        this.pictures = pictures;
        this.settings = settings;
    }

    /** The kept picture, with the addresses of its largest JPEG and of every WebP width. */
    record Uploaded(String hash, int width, int height, String src, String srcset, List<Integer> widths) {

        static Uploaded of(StoredPicture picture) {
            List<Integer> widths = PictureUrls.widths(picture);
            return new Uploaded(picture.hash().value(), picture.width(), picture.height(),
                    PictureUrls.src(picture, widths.getLast(), PictureFormat.JPEG),
                    PictureUrls.srcset(picture, PictureFormat.WEBP), widths);
        }
    }

    /** A refused upload: the HTTP status, its reason phrase, the message and the {@link Rejection}'s name. */
    record Refusal(int status, String error, String message, String reason) {
    }

    @Operation(summary = "Upload a picture (token scope import)", description = "The body is a JPEG, PNG or WebP of "
            + "at most waymark.pictures.max-bytes (10 MB) and 40 megapixels. It is re-encoded (orientation applied, "
            + "all metadata removed) and kept once: the same picture again gives the same hash.")
    @ApiResponse(responseCode = "200", description = "the kept picture")
    @ApiResponse(responseCode = "413", description = "larger than the limit")
    @ApiResponse(responseCode = "415", description = "not a JPEG, PNG or WebP by its content")
    @ApiResponse(responseCode = "422", description = "refused: too many pixels, truncated, data after the picture")
    @PostMapping(path = "/api/editor/pictures", produces = MediaType.APPLICATION_JSON_VALUE,
            consumes = {"image/jpeg", "image/png", "image/webp", MediaType.APPLICATION_OCTET_STREAM_VALUE})
    Uploaded uploadWithToken(HttpServletRequest request) {
        return Uploaded.of(pictures.upload(body(request)));
    }

    @PostMapping(path = "/editor/pictures", produces = MediaType.APPLICATION_JSON_VALUE,
            consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    Uploaded uploadForm(@RequestParam("file") MultipartFile file) throws IOException {
        if (file.getSize() > settings.maxBytes().toBytes()) {
            throw tooLarge(file.getSize());
        }
        return Uploaded.of(pictures.upload(file.getBytes()));
    }

    @PostMapping(path = "/editor/pictures", produces = MediaType.APPLICATION_JSON_VALUE,
            consumes = {"image/*", MediaType.APPLICATION_OCTET_STREAM_VALUE})
    Uploaded uploadBody(HttpServletRequest request) {
        return Uploaded.of(pictures.upload(body(request)));
    }

    @ExceptionHandler(PictureRejectedException.class)
    ResponseEntity<Refusal> refused(PictureRejectedException e, HttpServletRequest request) {
        HttpStatus status = switch (e.reason()) {
            case TOO_LARGE -> HttpStatus.CONTENT_TOO_LARGE;
            case EMPTY, NOT_A_PICTURE, MARKUP -> HttpStatus.UNSUPPORTED_MEDIA_TYPE;
            default -> HttpStatus.UNPROCESSABLE_CONTENT;
        };
        Language language = request.getRequestURI().startsWith(request.getContextPath() + "/api/") ? Language.EN
                : Language.parse(request.getLocale().toLanguageTag()).orElse(Language.EN);
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON)
                .body(new Refusal(status.value(), status.getReasonPhrase(), e.message(language),
                        e.reason().name().toLowerCase(Locale.ROOT)));
    }

    /**
     * The request body, read to at most one byte over the limit; a larger body is refused as too large (what is
     * left of it is read and dropped, up to {@link #DRAIN_LIMIT}, so that the client reads the answer).
     */
    private byte[] body(HttpServletRequest request) {
        long max = settings.maxBytes().toBytes();
        long declared = request.getContentLengthLong();
        try (InputStream in = request.getInputStream()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(Math.max(declared, 8192), max + 1));
            byte[] buffer = new byte[65536];
            long total = 0;
            int read;
            while ((read = in.read(buffer)) > 0) {
                if (total + read <= max) {
                    out.write(buffer, 0, read);
                }
                total += read;
                if (total > max + DRAIN_LIMIT) {
                    break;
                }
            }
            if (total > max) {
                throw tooLarge(Math.max(total, declared));
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the upload", e);
        }
    }

    private PictureRejectedException tooLarge(long bytes) {
        return new PictureRejectedException(Rejection.TOO_LARGE, megabytes(bytes), megabytes(settings.maxBytes().toBytes()));
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f", bytes / 1024.0 / 1024.0);
    }
}
