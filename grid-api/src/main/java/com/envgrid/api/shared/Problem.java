package com.envgrid.api.shared;

import com.envgrid.core.input.InputProblem;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
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
}
