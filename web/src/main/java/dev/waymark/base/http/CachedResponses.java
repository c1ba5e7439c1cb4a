package dev.waymark.base.http;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Enumeration;
import java.util.Locale;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Answers a request with a kept {@link Representation}: gzip when the client takes it, {@code 304 Not Modified}
 * with no body when the client's copy is current ({@code If-None-Match}, else {@code If-Modified-Since}), and
 * the validators and caching headers a browser or a shared cache (a CDN, nginx's {@code proxy_cache}) needs.
 */
public final class CachedResponses {

    /**
     * Published reads: any cache may keep them for a minute, then serve the old copy for up to ten minutes while it
     * revalidates in the background. A minute bounds how long a reader behind a cache sees a replaced revision;
     * revalidation is a cheap 304.
     */
    public static final CacheControl PUBLISHED = CacheControl.maxAge(Duration.ofSeconds(60)).cachePublic()
            .staleWhileRevalidate(Duration.ofSeconds(600));

    private static final String GZIP_SUFFIX = "-gz";

    private CachedResponses() {
    }

    /**
     * The response for {@code representation}.
     *
     * @param negotiatedLanguage true when the language was not in the address but taken from the request
     *                           ({@code Accept-Language} or the reader's language cookie), so caches must keep
     *                           one copy per value of those headers
     */
    public static ResponseEntity<byte[]> respond(HttpServletRequest request, Representation representation,
                                                 CacheControl cacheControl, boolean negotiatedLanguage) {
        boolean gzip = representation.compressed() && acceptsGzip(request);
        String etag = "\"" + representation.tag() + (gzip ? GZIP_SUFFIX : "") + "\"";
        HttpHeaders headers = new HttpHeaders();
        headers.setETag(etag);
        headers.setLastModified(representation.lastModified());
        headers.setCacheControl(cacheControl);
        headers.setVary(negotiatedLanguage ? java.util.List.of(HttpHeaders.ACCEPT_ENCODING, HttpHeaders.ACCEPT_LANGUAGE,
                HttpHeaders.COOKIE) : java.util.List.of(HttpHeaders.ACCEPT_ENCODING));
        if (notModified(request, representation)) {
            return new ResponseEntity<>(headers, HttpStatus.NOT_MODIFIED);
        }
        headers.setContentType(representation.contentType());
        byte[] body = gzip ? representation.gzip() : representation.identity();
        if (gzip) {
            headers.set(HttpHeaders.CONTENT_ENCODING, "gzip");
        }
        headers.setContentLength(body.length);
        return new ResponseEntity<>(body, headers, HttpStatus.OK);
    }

    /**
     * Writes the response for {@code representation} straight to the servlet response, as {@link #respond} would
     * have it written: for a path that answers without going through Spring MVC.
     */
    public static void write(HttpServletRequest request, HttpServletResponse response, Representation representation,
                             CacheControl cacheControl) throws IOException {
        ResponseEntity<byte[]> entity = respond(request, representation, cacheControl, false);
        response.setStatus(entity.getStatusCode().value());
        entity.getHeaders().forEach((name, values) -> {
            for (String value : values) {
                response.addHeader(name, value);
            }
        });
        byte[] body = entity.getBody();
        if (body != null && !"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(body);
        }
    }

    /** Whether the client's copy is this representation, in either encoding. */
    static boolean notModified(HttpServletRequest request, Representation representation) {
        Enumeration<String> matches = request.getHeaders(HttpHeaders.IF_NONE_MATCH);
        boolean conditional = false;
        while (matches.hasMoreElements()) {
            for (String candidate : matches.nextElement().split(",")) {
                String tag = candidate.strip();
                if (tag.isEmpty()) {
                    continue;
                }
                conditional = true;
                if (tag.equals("*") || opaque(tag).equals(representation.tag())) {
                    return true;
                }
            }
        }
        if (conditional) {
            return false;
        }
        long since;
        try {
            since = request.getDateHeader(HttpHeaders.IF_MODIFIED_SINCE);
        } catch (IllegalArgumentException unreadable) {
            return false;
        }
        return since >= 0 && representation.lastModified().toEpochMilli() <= since;
    }

    /** An entity tag without its weakness mark, quotes and encoding suffix. */
    private static String opaque(String tag) {
        String t = tag.startsWith("W/") ? tag.substring(2) : tag;
        if (t.length() >= 2 && t.startsWith("\"") && t.endsWith("\"")) {
            t = t.substring(1, t.length() - 1);
        }
        return t.endsWith(GZIP_SUFFIX) ? t.substring(0, t.length() - GZIP_SUFFIX.length()) : t;
    }

    /** Whether {@code Accept-Encoding} takes gzip (not {@code gzip;q=0}). */
    static boolean acceptsGzip(HttpServletRequest request) {
        Enumeration<String> values = request.getHeaders(HttpHeaders.ACCEPT_ENCODING);
        while (values.hasMoreElements()) {
            for (String coding : values.nextElement().split(",")) {
                String[] parts = coding.strip().split(";");
                String name = parts[0].strip().toLowerCase(Locale.ROOT);
                if (name.equals("gzip") || name.equals("x-gzip") || name.equals("*")) {
                    return !zeroQuality(parts);
                }
            }
        }
        return false;
    }

    private static boolean zeroQuality(String[] parts) {
        for (int i = 1; i < parts.length; i++) {
            String parameter = parts[i].strip().toLowerCase(Locale.ROOT);
            if (parameter.startsWith("q=")) {
                try {
                    return Double.parseDouble(parameter.substring(2)) <= 0;
                } catch (NumberFormatException e) {
                    return false;
                }
            }
        }
        return false;
    }
}
