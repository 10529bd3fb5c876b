package com.envgrid.api.shared;

import com.envgrid.core.input.InputProblem;
import com.envgrid.core.input.ProblemCode;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.Map;

/**
 * An RFC 9457 problem detail, the body of every error response ({@code application/problem+json}).
 * {@code errors} lists each problem of the input with a JSON Pointer to where it is; {@code request_id} names the
 * log entry of an unexpected failure.
 * <p>
 * {@code code} is the problem's stable machine name ({@link ProblemCode}), {@code params} the values it speaks of
 * (a field, a limit, a state…): the pages say the problem in the reader's language from these two, while the
 * English {@code detail} is for API clients and may change. Each entry of {@code errors} has its own code and params.
 * A problem thrown without a code gets its status's ({@link ApiCode}: {@code not_found}, {@code conflict}, …). To give
 * a refusal that people see its own code: add a constant to its feature's {@link ProblemCode} enum, throw with it
 * ({@code new Conflict(code, params, detail)}, {@code new InputProblem(pointer, message, code, params)}, …), and
 * add {@code problem.<code>} to the pages' zh-CN.js and en.js.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, @Nullable String instance,
                      String code, @Nullable Map<String, Object> params,
                      @Nullable List<InputProblem> errors, @Nullable @JsonProperty("request_id") String requestId) {
    public static final String MEDIA_TYPE = "application/problem+json";

    /** A problem with its status's code ({@link ApiCode}). */
    public Problem(HttpStatus status, String detail, @Nullable String instance, @Nullable List<InputProblem> errors) {
        this("about:blank", status.getReason(), status.getCode(), detail, instance, ApiCode.of(status).code(),
                ApiCode.of(status) == ApiCode.OTHER ? Map.of("status", status.getCode()) : null, errors, null);
    }

    /** The error response carrying a problem about the given request, with its status's code. */
    public static HttpResponse<Problem> response(HttpStatus status, String detail, HttpRequest<?> request,
                                                 @Nullable List<InputProblem> errors) {
        return HttpResponse.<Problem>status(status)
                .contentType(MEDIA_TYPE)
                .body(new Problem(status, detail, request.getPath(), errors));
    }

    /** The error response carrying a problem with its own code about the given request. */
    public static HttpResponse<Problem> response(HttpStatus status, ProblemCode code, Map<String, ?> params,
                                                 String detail, HttpRequest<?> request,
                                                 @Nullable List<InputProblem> errors) {
        return HttpResponse.<Problem>status(status)
                .contentType(MEDIA_TYPE)
                .body(of(status, code, params, detail, request, errors));
    }

    /** A problem with its own code about the given request. */
    public static Problem of(HttpStatus status, ProblemCode code, Map<String, ?> params, String detail,
                             HttpRequest<?> request, @Nullable List<InputProblem> errors) {
        return new Problem("about:blank", status.getReason(), status.getCode(), detail, request.getPath(),
                code.code(), params.isEmpty() ? null : Map.copyOf(params), errors, null);
    }

    /** The error response for a {@link Refusal}: its code, params and message. */
    public static HttpResponse<Problem> response(HttpStatus status, Refusal refusal, HttpRequest<?> request) {
        return response(status, refusal.code(), refusal.params(), refusal.getMessage(), request, null);
    }

    /** A 500 saying only under which request id the failure is logged. */
    public static HttpResponse<Problem> internalError(HttpRequest<?> request, String requestId) {
        HttpStatus status = HttpStatus.INTERNAL_SERVER_ERROR;
        return HttpResponse.<Problem>status(status)
                .contentType(MEDIA_TYPE)
                .body(new Problem("about:blank", status.getReason(), status.getCode(), "something went wrong on our"
                        + " side; it is logged as request " + requestId + ": please quote it when you report this",
                        request.getPath(), ApiCode.INTERNAL_ERROR.code(), Map.of("request_id", requestId), null,
                        requestId));
    }
}
