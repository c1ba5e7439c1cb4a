package dev.waymark.base.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;

/**
 * The OpenAPI description of the JSON API at {@code /api/openapi.json} (Swagger UI at {@code /api/docs}): the
 * controllers' own annotations describe each operation and its parameters; this adds what every operation shares:
 * the {@link ApiError} body of every error with an example, the errors each kind of endpoint can answer, and the API
 * token that {@code /api/editor/**} needs.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    static final String ERROR_SCHEMA = "ApiError";
    static final String TOKEN = "apiToken";

    @Bean
    OpenAPI waymarkOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Waymark API").version("1")
                        .description("Published guides, search and readers' reports for anyone; drafts, import and "
                                + "export for editors with a personal API token (create one at /account/tokens and "
                                + "send it as `Authorization: Bearer <token>`). Every error is JSON: "
                                + "`{\"status\", \"error\", \"message\"}`.")
                        .license(new License().name("See the repository")))
                .components(new Components()
                        .addSchemas(ERROR_SCHEMA, errorSchema())
                        .addSecuritySchemes(TOKEN, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                                .description("A personal API token (wmk_...) with the scope the operation names")));
    }

    private static Schema<?> errorSchema() {
        return new ObjectSchema()
                .description("The body of every API error: the HTTP status, its reason phrase and what was wrong.")
                .addProperty("status", new IntegerSchema().example(404).description("the HTTP status code"))
                .addProperty("error", new StringSchema().example("Not Found").description("its reason phrase"))
                .addProperty("message", new StringSchema().example("no published guide has the slug 'atlantis'")
                        .description("what was wrong, for a person to read"))
                .required(List.of("status", "error", "message"));
    }

    /** Adds the shared error responses (and, for the editors' API, the token requirement) to every operation. */
    @Bean
    OpenApiCustomizer sharedApiResponses() {
        return openApi -> {
            // Springdoc also derives an ApiError schema from the handlers' return types; this one says more.
            openApi.getComponents().addSchemas(ERROR_SCHEMA, errorSchema());
            openApi.getPaths().forEach((path, item) -> operations(item).forEach(operation -> {
            ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
            operation.setResponses(responses);
            add(responses, HttpStatus.BAD_REQUEST, "a parameter or the body is not valid");
            if (path.contains("{slug}")) {
                add(responses, HttpStatus.NOT_FOUND, "no published guide has the slug 'atlantis'");
            }
            if (path.startsWith("/api/editor/")) {
                operation.addSecurityItem(new SecurityRequirement().addList(TOKEN));
                add(responses, HttpStatus.UNAUTHORIZED, "the API token is unknown");
                add(responses, HttpStatus.FORBIDDEN, "you may not do this");
            }
            add(responses, HttpStatus.INTERNAL_SERVER_ERROR, "something went wrong on our side; it has been logged");
            add(responses, HttpStatus.SERVICE_UNAVAILABLE,
                    "Waymark is temporarily unavailable; please try again in a minute");
            // Errors a controller names itself (409, 429, ...) have the same body.
            new LinkedHashMap<>(responses).forEach((code, response) -> {
                HttpStatus status = HttpStatus.resolve(Integer.parseInt(code));
                if (status != null && status.isError() && response.getContent() == null) {
                    add(responses, status, response.getDescription());
                }
            });
            }));
        };
    }

    private static List<Operation> operations(PathItem item) {
        return item.readOperations();
    }

    private static void add(ApiResponses responses, HttpStatus status, String message) {
        String code = String.valueOf(status.value());
        if (responses.containsKey(code) && responses.get(code).getContent() != null) {
            return;
        }
        Map<String, Object> example = new LinkedHashMap<>();
        example.put("status", status.value());
        example.put("error", status.getReasonPhrase());
        example.put("message", message);
        String description = responses.containsKey(code) && responses.get(code).getDescription() != null
                ? responses.get(code).getDescription() : status.getReasonPhrase();
        responses.addApiResponse(code, new ApiResponse().description(description).content(new Content()
                .addMediaType(org.springframework.http.MediaType.APPLICATION_JSON_VALUE, new MediaType()
                        .schema(new Schema<>().$ref("#/components/schemas/" + ERROR_SCHEMA))
                        .addExamples(status.name().toLowerCase(java.util.Locale.ROOT),
                                new Example().value(example)))));
    }
}
