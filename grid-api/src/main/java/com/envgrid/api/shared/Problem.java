package com.envgrid.api.shared;

import com.envgrid.core.input.InputProblem;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * An RFC 9457 problem detail, the body of every error response ({@code application/problem+json}).
 * {@code errors} lists each problem of the input with a JSON Pointer to where it is; {@code request_id} names the
 * log entry of an unexpected failure.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, @Nullable String instance,
                      @Nullable List<InputProblem> errors, @Nullable @JsonProperty("request_id") String requestId) {
    public static final String MEDIA_TYPE = "application/problem+json";

    public Problem(String type, String title, int status, String detail, @Nullable String instance,
                   @Nullable List<InputProblem> errors) {
        this(type, title, status, detail, instance, errors, null);
    }

    /** The error response carrying a problem about the given request. */
    public static HttpResponse<Problem> response(HttpStatus status, String detail, HttpRequest<?> request,
                                                 List<InputProblem> errors) {
        return HttpResponse.<Problem>status(status)
                .contentType(MEDIA_TYPE)
                .body(new Problem("about:blank", status.getReason(), status.getCode(), detail, request.getPath(), errors));
    }

    /** A 500 saying only under which request id the failure is logged. */
    public static HttpResponse<Problem> internalError(HttpRequest<?> request, String requestId) {
        HttpStatus status = HttpStatus.INTERNAL_SERVER_ERROR;
        return HttpResponse.<Problem>status(status)
                .contentType(MEDIA_TYPE)
                .body(new Problem("about:blank", status.getReason(), status.getCode(), "something went wrong on our"
                        + " side; it is logged as request " + requestId + ": please quote it when you report this",
                        request.getPath(), null, requestId));
    }
}
