package com.envgrid.api.shared;

import com.envgrid.core.input.ProblemCode;

import java.util.Map;

/**
 * A request the API answers with a problem of the exception's status: its message is the problem's {@code detail},
 * its {@link ProblemCode code} and params those of the problem. A subtype's message-only constructor gives its
 * status's code ({@link ApiCode}); a refusal that a person sees in a page names a specific code instead.
 */
public abstract class Refusal extends RuntimeException {
    private final ProblemCode code;
    private final Map<String, Object> params;

    protected Refusal(ProblemCode code, Map<String, ?> params, String message) {
        super(message);
        this.code = code;
        this.params = Map.copyOf(params);
    }

    public ProblemCode code() {
        return code;
    }

    public Map<String, Object> params() {
        return params;
    }
}
