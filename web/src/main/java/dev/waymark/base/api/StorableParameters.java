package dev.waymark.base.api;

import dev.waymark.base.StoredText;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses an API request whose query parameters hold text PostgreSQL cannot take ({@link StoredText}: a NUL, a lone
 * surrogate), with 400 and the parameter's name, before any endpoint passes it to a query; and one that is not valid
 * UTF-8. Bodies are checked by the endpoints that read them, which know their fields' names. The search's own query
 * text ({@code q}) is exempt: the search drops what it cannot search for.
 */
public final class StorableParameters extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<String> problem;
        try {
            problem = problem(request.getRequestURI().substring(request.getContextPath().length()),
                    request.getParameterMap());
        } catch (InvalidParameterException e) {
            // Tomcat reads a multipart body's parts as parameters too, and refuses a malformed one the same way.
            String type = request.getContentType();
            problem = Optional.of(type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/")
                    ? "the body is not a well-formed multipart body, and no endpoint of this API takes one"
                    : "a parameter is not valid UTF-8 text");
        }
        if (problem.isPresent()) {
            ApiSecurityErrors.write(response, HttpStatus.BAD_REQUEST, problem.get());
            return;
        }
        chain.doFilter(request, response);
    }

    static Optional<String> problem(String path, Map<String, String[]> parameters) {
        for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
            if (path.equals("/api/search") && parameter.getKey().equals("q")) {
                // The search folds its query itself and drops what it cannot search for: a NUL there is harmless.
                continue;
            }
            if (StoredText.problem(parameter.getKey()).isPresent()) {
                return Optional.of("a parameter's name " + StoredText.problem(parameter.getKey()).get());
            }
            for (String value : parameter.getValue()) {
                Optional<String> problem = StoredText.problem(value);
                if (problem.isPresent()) {
                    return Optional.of("parameter '" + parameter.getKey() + "' " + problem.get());
                }
            }
        }
        return Optional.empty();
    }
}
