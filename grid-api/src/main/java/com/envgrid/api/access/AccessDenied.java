package com.envgrid.api.access;

import com.envgrid.api.shared.ApiCode;
import com.envgrid.api.shared.Refusal;
import com.envgrid.core.input.ProblemCode;

import java.util.Map;

/** The signed-in person may not do this; answered as a 403 problem with this message. */
public class AccessDenied extends Refusal {
    public AccessDenied(String message) {
        super(ApiCode.ACCESS_DENIED, Map.of(), message);
    }

    public AccessDenied(ProblemCode code, Map<String, ?> params, String message) {
        super(code, params, message);
    }
}
