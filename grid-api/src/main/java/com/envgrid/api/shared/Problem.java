package com.envgrid.api.shared;

import com.envgrid.core.input.InputProblem;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * An RFC 9457 problem detail, the body of every error response ({@code application/problem+json}).
 * {@code errors} lists each problem of the input with a JSON Pointer to where it is.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, @Nullable String instance,
                      @Nullable List<InputProblem> errors) {
    public static final String MEDIA_TYPE = "application/problem+json";

    /** The error response carrying a problem about the given request. */
    public static HttpResponse<Problem> response(HttpStatus status, String detail, HttpRequest<?> request,
                                                 List<InputProblem> errors) {
        return HttpResponse.<Problem>status(status)
                .contentType(MEDIA_TYPE)
                .body(new Problem("about:blank", status.getReason(), status.getCode(), detail, request.getPath(), errors));
    }
}
