package com.envgrid.api.shared;

import com.envgrid.core.input.ProblemCode;

import java.util.Map;

/** Something the request names does not exist; answered as a 404 problem with this message. */
public class NotFound extends Refusal {
    public NotFound(String message) {
        super(ApiCode.NOT_FOUND, Map.of(), message);
    }

    public NotFound(ProblemCode code, Map<String, ?> params, String message) {
        super(code, params, message);
    }
}
