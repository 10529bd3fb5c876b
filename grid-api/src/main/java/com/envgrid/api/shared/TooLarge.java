package com.envgrid.api.shared;

import com.envgrid.core.input.ProblemCode;

import java.util.Map;

/** A body over its size limit — a photo, the photos of a record, a complaint form —: a 413 problem. */
public class TooLarge extends Refusal {
    public TooLarge(String message) {
        super(ApiCode.TOO_LARGE, Map.of(), message);
    }

    public TooLarge(ProblemCode code, Map<String, ?> params, String message) {
        super(code, params, message);
    }
}
