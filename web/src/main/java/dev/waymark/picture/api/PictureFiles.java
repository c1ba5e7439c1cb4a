package dev.waymark.picture.api;

import dev.waymark.picture.PictureFormat;
import dev.waymark.picture.PictureHash;
import dev.waymark.picture.PictureService;
import dev.waymark.picture.PictureUrls;
import dev.waymark.picture.PictureVariant;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Enumeration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The served files of pictures, {@code GET /pictures/{hash}-{width}.{webp|jpg}} (and {@code HEAD}), for anyone and
 * without a session: bytes made at upload and kept in PostgreSQL, never the uploaded ones. What an address serves
 * never changes (it holds the hash), so it is cached for a year ({@code immutable}) with a strong entity tag. An
 * unknown hash, width or extension is a 404. Each answer carries {@code X-Content-Type-Options: nosniff} and a
 * policy under which nothing in it could run or load ({@link #POLICY}), should a browser show it as a document.
 */
@Hidden
@RestController
class PictureFiles {

    /** Nothing loads or runs; a browser's own image page still shows the picture. */
    static final String POLICY = "default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'; sandbox;"
            + " frame-ancestors 'none'";
    static final String IMMUTABLE = "public, max-age=31536000, immutable";

    private static final Pattern NAME = Pattern.compile("([0-9a-f]{64})-([1-9][0-9]{0,4})\\.([a-z]{1,5})");

    private final PictureService pictures;

    PictureFiles(PictureService pictures) {
        this.pictures = pictures;
    }

    @GetMapping(PictureUrls.PATH + "{name}")
    ResponseEntity<byte[]> file(@PathVariable String name, HttpServletRequest request, HttpServletResponse response) {
        // Set here, replacing the default policy of the security headers filter.
        response.setHeader("Content-Security-Policy", POLICY);
        Optional<PictureVariant> found = find(name);
        if (found.isEmpty()) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.TEXT_PLAIN)
                    .body("no such picture\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        }
        PictureVariant variant = found.get();
        String tag = "\"" + variant.hash().value() + "-" + variant.width() + "-" + variant.format().extension() + "\"";
        HttpHeaders headers = new HttpHeaders();
        headers.setETag(tag);
        headers.setCacheControl(IMMUTABLE);
        headers.set("X-Content-Type-Options", "nosniff");
        if (matches(request, tag)) {
            return new ResponseEntity<>(headers, HttpStatus.NOT_MODIFIED);
        }
        headers.setContentType(MediaType.parseMediaType(variant.format().mediaType()));
        headers.setContentLength(variant.bytes().length);
        headers.set(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + name + "\"");
        return new ResponseEntity<>(variant.bytes(), headers, HttpStatus.OK);
    }

    private Optional<PictureVariant> find(String name) {
        Matcher matcher = NAME.matcher(name);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        Optional<PictureFormat> format = PictureFormat.fromExtension(matcher.group(3));
        if (format.isEmpty()) {
            return Optional.empty();
        }
        return pictures.variant(new PictureHash(matcher.group(1)), Integer.parseInt(matcher.group(2)), format.get());
    }

    private static boolean matches(HttpServletRequest request, String tag) {
        Enumeration<String> values = request.getHeaders(HttpHeaders.IF_NONE_MATCH);
        while (values.hasMoreElements()) {
            for (String candidate : values.nextElement().split(",")) {
                String value = candidate.strip();
                if (value.equals("*") || value.equals(tag) || value.equals("W/" + tag)) {
                    return true;
                }
            }
        }
        return false;
    }
}
