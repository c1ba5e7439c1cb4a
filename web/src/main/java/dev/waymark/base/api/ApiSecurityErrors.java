package dev.waymark.base.api;

import jakarta.servlet.http.HttpServletResponse;
import dev.waymark.account.LoginThrottledException;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import tools.jackson.databind.json.JsonMapper;

/**
 * The security filter's refusals of an API call as {@link ApiError} bodies, like every other API error: 401 with
 * an HTTP Basic or Bearer challenge when the caller did not sign in (or signed in wrongly), 429 with
 * {@code Retry-After} while the login throttle makes the caller wait, 403 when the account (or the API token) may not.
 */
public final class ApiSecurityErrors {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ApiSecurityErrors() {
    }

    public static AuthenticationEntryPoint unauthorized(String realm) {
        return throttledOr((request, response, exception) -> {
            response.setHeader("WWW-Authenticate", "Basic realm=\"" + realm + "\"");
            write(response, HttpStatus.UNAUTHORIZED, "sign in with HTTP Basic as an editor or admin");
        });
    }

    /**
     * A sign-in the login throttle refused unchecked is a 429 with {@code Retry-After} (whole seconds) and an
     * {@link ApiError} saying how long to wait; any other refusal goes to {@code otherwise}.
     */
    public static AuthenticationEntryPoint throttledOr(AuthenticationEntryPoint otherwise) {
        return (request, response, exception) -> {
            if (exception instanceof LoginThrottledException throttled) {
                long seconds = LoginThrottledException.seconds(throttled.retryAfter());
                response.setHeader("Retry-After", String.valueOf(seconds));
                write(response, HttpStatus.TOO_MANY_REQUESTS, "too many failed sign-ins; try again in " + seconds
                        + " second" + (seconds == 1 ? "" : "s"));
            } else {
                otherwise.commence(request, response, exception);
            }
        };
    }

    /**
     * 401 with a Bearer challenge: with the exception's message when a token was sent and refused (unknown, revoked,
     * expired), else saying that a token is needed.
     */
    public static AuthenticationEntryPoint unauthorizedBearer(String realm) {
        return (request, response, exception) -> {
            boolean tokenSent = exception instanceof BadCredentialsException;
            response.setHeader("WWW-Authenticate", "Bearer realm=\"" + realm + "\""
                    + (tokenSent ? ", error=\"invalid_token\"" : ""));
            write(response, HttpStatus.UNAUTHORIZED, tokenSent ? exception.getMessage()
                    : "send an editor's or admin's API token: Authorization: Bearer <token>");
        };
    }

    public static AccessDeniedHandler forbidden() {
        return (request, response, exception) -> write(response, HttpStatus.FORBIDDEN, "you may not do this");
    }

    /** Writes an {@link ApiError} body with the status, whatever the request accepts. */
    public static void write(HttpServletResponse response, HttpStatus status, String message) throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(JSON.writeValueAsString(new ApiError(status.value(), status.getReasonPhrase(), message)));
    }
}
