package dev.waymark.base.api;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.web.HttpRequestHandler;
import org.springframework.web.servlet.handler.SimpleUrlHandlerMapping;

/** What the whole JSON API shares beyond its error bodies. */
@Configuration(proxyBeanMethods = false)
class ApiConfiguration {

    private static final Pattern DOCUMENTATION = Pattern.compile("/api/(docs|swagger-ui|openapi\\.json)(/|$)");

    /**
     * An address under {@code /api/} that no endpoint has is a JSON 404, not Vaadin's HTML page (Vaadin serves every
     * path that no controller takes). Consulted after the controllers' mappings, so an existing endpoint asked with
     * the wrong method still answers 405.
     */
    @Bean
    SimpleUrlHandlerMapping apiNotFoundMapping() {
        HttpRequestHandler notFound = (request, response) ->
                ApiSecurityErrors.write(response, HttpStatus.NOT_FOUND, "no such endpoint");
        return new SimpleUrlHandlerMapping(Map.of("/api", notFound, "/api/**", notFound), 10) {
            @Override
            protected @Nullable Object getHandlerInternal(HttpServletRequest request) throws Exception {
                // The API's description and Swagger UI are served by springdoc's own mappings, consulted later.
                String path = request.getRequestURI().substring(request.getContextPath().length());
                return DOCUMENTATION.matcher(path).lookingAt() ? null : super.getHandlerInternal(request);
            }
        };
    }
}
