package dev.waymark.operator.api;

import dev.waymark.base.api.ApiError;
import dev.waymark.base.api.BadRequestException;
import dev.waymark.operator.OperatorCodeTakenException;
import dev.waymark.operator.OperatorRegistry;
import dev.waymark.operator.StaleOperatorException;
import dev.waymark.operator.StoredOperator;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.NoSuchElementException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/editor/operators}: editors and admins add and change operators, for any country, with an API token with
 * the {@code operators} scope (see the security configuration). Every change is a new revision and is audited; a
 * change names the revision it was made from and is refused (409) when someone saved since.
 */
@Tag(name = "Editors", description = "For editors and admins with an API token")
@RestController
@RequestMapping(path = "/api/editor/operators", produces = "application/json")
class EditorOperatorApi {

    private final OperatorRegistry registry;

    EditorOperatorApi(OperatorRegistry registry) {
        this.registry = registry;
    }

    @Operation(summary = "Add an operator (token scope operators)", description = "Stores a new operator as its "
            + "revision 1. The revision field is ignored.")
    @ApiResponse(responseCode = "201", description = "the operator as stored")
    @ApiResponse(responseCode = "409", description = "the code 'be-base' is taken by another operator")
    @PostMapping(consumes = "application/json")
    ResponseEntity<OperatorJson> create(@RequestBody OperatorJson body,
                                        @Parameter(description = "why, for the history", example = "new in Germany")
                                        @RequestParam(required = false) @Nullable String message) {
        StoredOperator created = registry.create(body.toOperator(), message == null ? "" : message);
        return ResponseEntity.created(URI.create("/api/operators/" + created.operator().code().value()))
                .body(OperatorJson.of(created.operator(), created.revision()));
    }

    @Operation(summary = "Change an operator (token scope operators)", description = "Stores the operator as a new "
            + "revision. The body's revision must be the latest one (what the change was made from); its code, when "
            + "given, must be the path's.")
    @ApiResponse(responseCode = "200", description = "the operator as stored, with its new revision")
    @ApiResponse(responseCode = "404", description = "no operator has the code 'xx-none'")
    @ApiResponse(responseCode = "409", description = "someone else changed the operator since that revision")
    @PutMapping(path = "/{code}", consumes = "application/json")
    OperatorJson update(@Parameter(description = "the operator's code", example = "be-base") @PathVariable String code,
                        @RequestBody OperatorJson body,
                        @Parameter(description = "why, for the history", example = "renamed")
                        @RequestParam(required = false) @Nullable String message) {
        if (body.revision() == null) {
            throw new BadRequestException("revision is required: the revision the change was made from");
        }
        OperatorJson named = body.code() == null || body.code().isBlank() ? withCode(body, code) : body;
        if (!named.code().equals(code)) {
            throw new BadRequestException("the body's code '" + named.code() + "' is not the path's '" + code + "'");
        }
        StoredOperator saved = registry.save(named.toOperator(), body.revision(), message == null ? "" : message);
        return OperatorJson.of(saved.operator(), saved.revision());
    }

    @Operation(summary = "An operator's revisions, newest first (token scope operators)")
    @ApiResponse(responseCode = "200", description = "the revisions")
    @ApiResponse(responseCode = "404", description = "no operator has the code 'xx-none'")
    @GetMapping("/{code}/revisions")
    List<OperatorJson.RevisionJson> history(@Parameter(description = "the operator's code", example = "be-base")
                                            @PathVariable String code) {
        List<OperatorJson.RevisionJson> revisions = registry.history(OperatorApi.code(code)).stream()
                .map(OperatorJson.RevisionJson::of).toList();
        if (revisions.isEmpty()) {
            throw new NoSuchElementException("no operator has the code '" + code + "'");
        }
        return revisions;
    }

    private static OperatorJson withCode(OperatorJson body, String code) {
        return new OperatorJson(code, body.country(), body.name(), body.brandOwner(), body.formerNames(),
                body.website(), body.contacts(), body.note(), body.sources(), body.status(), body.reviewDue(),
                body.revision());
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<ApiError> refused(IllegalArgumentException e) {
        return error(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    @ExceptionHandler({OperatorCodeTakenException.class, StaleOperatorException.class})
    ResponseEntity<ApiError> conflict(RuntimeException e) {
        return error(HttpStatus.CONFLICT, e.getMessage());
    }

    @ExceptionHandler(NoSuchElementException.class)
    ResponseEntity<ApiError> notFound(NoSuchElementException e) {
        return error(HttpStatus.NOT_FOUND, e.getMessage());
    }

    private static ResponseEntity<ApiError> error(HttpStatus status, @Nullable String message) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON)
                .body(new ApiError(status.value(), status.getReasonPhrase(), message == null ? "" : message));
    }
}
