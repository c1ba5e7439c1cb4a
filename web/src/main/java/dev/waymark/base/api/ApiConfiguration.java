package dev.waymark.base.api;

import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.web.HttpRequestHandler;
import org.springframework.web.servlet.handler.SimpleUrlHandlerMapping;

/** What the whole JSON API shares beyond its error bodies. */
@Configuration(proxyBeanMethods = false)
class ApiConfiguration {

    /**
     * An address under {@code /api/} that no endpoint has is a JSON 404, not Vaadin's HTML page (Vaadin serves every
     * path that no controller takes). Consulted after the controllers' mappings, so an existing endpoint asked with
     * the wrong method still answers 405.
     */
    @Bean
    SimpleUrlHandlerMapping apiNotFoundMapping() {
        HttpRequestHandler notFound = (request, response) ->
                ApiSecurityErrors.write(response, HttpStatus.NOT_FOUND, "no such endpoint");
        return new SimpleUrlHandlerMapping(Map.of("/api", notFound, "/api/**", notFound), 10);
    }
}
