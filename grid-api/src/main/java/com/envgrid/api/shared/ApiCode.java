package com.envgrid.api.shared;

import com.envgrid.core.input.ProblemCode;
import io.micronaut.http.HttpStatus;

/**
 * The codes of problems no more specific code describes, one per status: what a problem says when its thrower named
 * no code ({@link Problem#response(HttpStatus, String, io.micronaut.http.HttpRequest, java.util.List)}); and
 * {@link #DUPLICATE}, the conflict of a value already taken that no feature's own check caught.
 */
public enum ApiCode implements ProblemCode {
    INVALID_INPUT("input.invalid", HttpStatus.BAD_REQUEST),
    UNAUTHORIZED("unauthorized", HttpStatus.UNAUTHORIZED),
    ACCESS_DENIED("access.denied", HttpStatus.FORBIDDEN),
    NOT_FOUND("not_found", HttpStatus.NOT_FOUND),
    METHOD_NOT_ALLOWED("method_not_allowed", HttpStatus.METHOD_NOT_ALLOWED),
    NOT_ACCEPTABLE("not_acceptable", HttpStatus.NOT_ACCEPTABLE),
    CONFLICT("conflict", HttpStatus.CONFLICT),
    TOO_LARGE("too_large", HttpStatus.REQUEST_ENTITY_TOO_LARGE),
    UNSUPPORTED_MEDIA_TYPE("unsupported_media_type", HttpStatus.UNSUPPORTED_MEDIA_TYPE),
    TOO_MANY_REQUESTS("too_many_requests", HttpStatus.TOO_MANY_REQUESTS),
    INTERNAL_ERROR("internal_error", HttpStatus.INTERNAL_SERVER_ERROR),
    UNAVAILABLE("unavailable", HttpStatus.SERVICE_UNAVAILABLE),
    /** A value a unique key of the database holds already ({@link UniqueViolation}); its params: key, value. */
    DUPLICATE("conflict.duplicate", null),
    /** Any other status; its params name it ({@code status}). */
    OTHER("http.error", null);

    private final String code;
    private final HttpStatus status;

    ApiCode(String code, HttpStatus status) {
        this.code = code;
        this.status = status;
    }

    @Override
    public String code() {
        return code;
    }

    /** The code of a problem with this status and no code of its own. */
    public static ApiCode of(HttpStatus status) {
        for (ApiCode c : values()) {
            if (c.status == status) {
                return c;
            }
        }
        return OTHER;
    }
}
