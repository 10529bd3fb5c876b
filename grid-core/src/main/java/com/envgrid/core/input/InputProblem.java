package com.envgrid.core.input;

import java.util.Map;

/**
 * One thing wrong with submitted data: where it is, as a JSON Pointer (RFC 6901) into the submitted document
 * such as {@code /features/3/geometry/coordinates/0/5}, what is wrong with it (English, for API clients), and the
 * same as a stable {@link ProblemCode code} with its {@code params} for clients that say it in their own words.
 */
public record InputProblem(String pointer, String message, String code, Map<String, Object> params) {
    public InputProblem {
        params = Map.copyOf(params);
    }

    /** A problem no specific code describes: {@link InputCode#INVALID}, its message is all there is to say. */
    public InputProblem(String pointer, String message) {
        this(pointer, message, InputCode.INVALID, Map.of());
    }

    public InputProblem(String pointer, String message, ProblemCode code, Map<String, ?> params) {
        this(pointer, message, code.code(), Map.<String, Object>copyOf(params));
    }
}
