package dev.waymark.base;

import dev.waymark.base.api.ApiError;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every error that reaches {@code /error} (Spring's own refusals such as 405, 406 and 415 before any controller is
 * chosen, and exceptions no handler caught), in place of Spring Boot's Whitelabel page and its JSON shape: an
 * {@link ApiError} for {@code /api/**}, whatever the request accepts, and a short page in Chinese and English
 * elsewhere. Neither ever shows an exception's message, a class name or a stack trace. Tomcat's own refusals
 * (malformed request lines, oversized headers) get the same bodies from {@link ContainerErrorPages}.
 */
@Controller
@RequestMapping("${server.error.path:/error}")
class ErrorPages implements ErrorController {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final MediaType HTML = new MediaType("text", "html", StandardCharsets.UTF_8);

    /** What a caller of the API is told for a status, in words that do not depend on the failure's internals. */
    private static final Map<Integer, String> API_MESSAGES = Map.ofEntries(
            Map.entry(400, "the request is malformed"),
            Map.entry(401, "sign in with HTTP Basic as an editor or admin"),
            Map.entry(403, "you may not do this"),
            Map.entry(404, "no such endpoint"),
            Map.entry(405, "this endpoint does not take this HTTP method (see the Allow header)"),
            Map.entry(406, "this endpoint answers only with application/json"),
            Map.entry(408, "the request took too long to arrive"),
            Map.entry(413, "the request is too large"),
            Map.entry(414, "the address is too long"),
            Map.entry(415, "this endpoint does not take a body of this content type"),
            Map.entry(431, "the request's headers are too large"),
            Map.entry(503, "Waymark is temporarily unavailable; please try again in a minute"));

    @RequestMapping
    ResponseEntity<String> error(HttpServletRequest request) {
        int status = status(request);
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = uri == null ? request.getRequestURI() : uri.toString();
        String contextPath = request.getContextPath();
        if (path.startsWith(contextPath)) {
            path = path.substring(contextPath.length());
        }
        if (isApi(path)) {
            return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(json(status));
        }
        return ResponseEntity.status(status).contentType(HTML).body(html(status));
    }

    /**
     * The status to answer: the one set, except that failures the client caused but that reached the container as
     * exceptions (a malformed multipart body, one too large) are the client's 4xx, not a 500.
     */
    private static int status(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer number ? number : HttpStatus.NOT_FOUND.value();
        Object exception = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        for (Throwable cause = exception instanceof Throwable t ? t : null; cause != null; cause = cause.getCause()) {
            if (cause instanceof MaxUploadSizeExceededException) {
                return HttpStatus.CONTENT_TOO_LARGE.value();
            }
            if (cause instanceof MultipartException) {
                return HttpStatus.BAD_REQUEST.value();
            }
            if (cause == cause.getCause()) {
                break;
            }
        }
        return status < 400 ? HttpStatus.INTERNAL_SERVER_ERROR.value() : status;
    }

    static boolean isApi(@Nullable String path) {
        return path != null && (path.equals("/api") || path.startsWith("/api/"));
    }

    /** The {@link ApiError} for a status, as JSON. */
    static String json(int status) {
        HttpStatus known = HttpStatus.resolve(status);
        String reason = known == null ? "Error" : known.getReasonPhrase();
        String message = API_MESSAGES.getOrDefault(status, status >= 500
                ? "something went wrong on our side; it has been logged" : "the request was refused");
        return JSON.writeValueAsString(new ApiError(status, reason, message));
    }

    /** A plain page for people: what happened, in Chinese and English, and the way home. No script, no style. */
    static String html(int status) {
        String zh;
        String en;
        if (status == 404) {
            zh = "找不到这个页面。";
            en = "There is no such page.";
        } else if (status == 403 || status == 401) {
            zh = "您无权打开这个页面。";
            en = "You may not open this page.";
        } else if (status >= 500) {
            zh = "出了点问题，请稍后再试。";
            en = "Something went wrong on our side; please try again in a minute.";
        } else {
            zh = "无法处理这个请求。";
            en = "This request cannot be handled.";
        }
        return "<!doctype html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\"><title>Waymark: " + status
                + "</title></head><body><h1>" + zh + "</h1><p lang=\"en\">" + en + "</p><p><a href=\"/\">Waymark</a>"
                + "</p></body></html>";
    }
}
