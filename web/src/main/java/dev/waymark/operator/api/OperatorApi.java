package dev.waymark.operator.api;

import dev.waymark.base.api.BadRequestException;
import dev.waymark.base.api.NotFoundException;
import dev.waymark.guide.CountryCode;
import dev.waymark.guide.OperatorCode;
import dev.waymark.operator.OperatorFilter;
import dev.waymark.operator.OperatorRegistry;
import dev.waymark.operator.OperatorStatus;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/operators} and {@code /api/operators/{code}}: the operator registry, for anyone. */
@Tag(name = "Operators", description = "Mobile operators, their former names and how to reach them")
@RestController
@RequestMapping(path = "/api/operators", produces = "application/json")
class OperatorApi {

    private final OperatorRegistry registry;

    OperatorApi(OperatorRegistry registry) {
        this.registry = registry;
    }

    @Operation(summary = "List operators", description = "Every operator in the registry matching the filters, by "
            + "country then name, with former names, contacts and sources.")
    @ApiResponse(responseCode = "200", description = "the operators (possibly none)")
    @GetMapping
    List<OperatorJson> list(@Parameter(description = "ISO 3166-1 alpha-2 country code", example = "BE")
                            @RequestParam(required = false) @Nullable String country,
                            @Parameter(description = "active, merged or shut_down", example = "active")
                            @RequestParam(required = false) @Nullable String status) {
        OperatorFilter filter = new OperatorFilter(country(country),
                status == null || status.isBlank() ? null : OperatorJson.named(OperatorStatus.class, status, "status"),
                null, null);
        return registry.published(filter).stream().map(operator -> OperatorJson.of(operator, null)).toList();
    }

    @Operation(summary = "Read one operator")
    @ApiResponse(responseCode = "200", description = "the operator")
    @ApiResponse(responseCode = "404", description = "no operator has the code 'xx-none'")
    @GetMapping("/{code}")
    OperatorJson one(@Parameter(description = "the operator's code", example = "be-base") @PathVariable String code) {
        return registry.published(code(code)).map(operator -> OperatorJson.of(operator, null))
                .orElseThrow(() -> new NotFoundException("no operator has the code '" + code + "'"));
    }

    static OperatorCode code(String text) {
        try {
            return new OperatorCode(text);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("no operator has the code '" + text + "'");
        }
    }

    private static @Nullable CountryCode country(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return CountryCode.parse(text);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(e.getMessage());
        }
    }
}
