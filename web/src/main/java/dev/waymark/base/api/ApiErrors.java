package dev.waymark.base.api;

import dev.waymark.base.DatabaseDown;
import java.util.Locale;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/** Turns failures of the JSON API into {@link ApiError} bodies; never a stack trace. */
@RestControllerAdvice(annotations = RestController.class)
class ApiErrors {

    private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

    @ExceptionHandler(BadRequestException.class)
    ResponseEntity<ApiError> badRequest(BadRequestException e) {
        return body(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    @ExceptionHandler({MissingServletRequestParameterException.class, MethodArgumentTypeMismatchException.class})
    ResponseEntity<ApiError> badParameter(Exception e) {
        return body(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ApiError> unreadableBody(HttpMessageNotReadableException e) {
        // Jackson's own message names Java types; say what the reader of the API can act on.
        return body(HttpStatus.BAD_REQUEST, "the request body must be a JSON object with the documented fields"
                + " and value types");
    }

    /** Tomcat refuses a query string that is not valid UTF-8 (such as {@code q=%ED%A0%80}): the client's fault. */
    @ExceptionHandler(InvalidParameterException.class)
    ResponseEntity<ApiError> undecodable(InvalidParameterException e) {
        return body(HttpStatus.BAD_REQUEST, "a parameter is not valid UTF-8 text");
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ApiError> notFound(NotFoundException e) {
        return body(HttpStatus.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<ApiError> noSuchEndpoint(NoResourceFoundException e) {
        return body(HttpStatus.NOT_FOUND, "no such endpoint: /" + e.getResourcePath());
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ApiError> forbidden(AccessDeniedException e) {
        return body(HttpStatus.FORBIDDEN, "you may not do this");
    }

    /** A multipart body that does not parse is the client's mistake (no endpoint of the API takes multipart). */
    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ApiError> malformedMultipart(MultipartException e) {
        return body(HttpStatus.BAD_REQUEST, "the body is not a well-formed multipart body, and no endpoint of this API"
                + " takes one");
    }

    /**
     * A database outage is a 503 with a retry hint; Spring's own refusals ({@link ErrorResponse}: wrong method, media
     * type, missing header, ...) keep their 4xx status with a message of ours; anything else unexpected is a 500,
     * logged.
     */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ApiError> unexpected(Exception e) {
        if (e instanceof ErrorResponse refusal && refusal.getStatusCode().is4xxClientError()) {
            HttpStatus status = HttpStatus.valueOf(refusal.getStatusCode().value());
            return ResponseEntity.status(status).headers(refusal.getHeaders()).contentType(MediaType.APPLICATION_JSON)
                    .body(new ApiError(status.value(), status.getReasonPhrase(), "the request was refused: "
                            + status.getReasonPhrase().toLowerCase(Locale.ROOT)));
        }
        if (DatabaseDown.causes(e)) {
            log.warn("Database unavailable: {}", e.getMessage());
            HttpStatus status = HttpStatus.SERVICE_UNAVAILABLE;
            return ResponseEntity.status(status).header(HttpHeaders.RETRY_AFTER, "30").contentType(MediaType.APPLICATION_JSON)
                    .body(new ApiError(status.value(), status.getReasonPhrase(),
                            "Waymark is temporarily unavailable; please try again in a minute"));
        }
        log.error("API request failed", e);
        return body(HttpStatus.INTERNAL_SERVER_ERROR, "something went wrong on our side; it has been logged");
    }

    /** Always JSON, whatever the request accepts: a preset content type skips Spring's negotiation. */
    private static ResponseEntity<ApiError> body(HttpStatus status, String message) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON)
                .body(new ApiError(status.value(), status.getReasonPhrase(), message));
    }
}
