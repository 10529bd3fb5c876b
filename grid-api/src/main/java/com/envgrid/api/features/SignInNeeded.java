package com.envgrid.api.features;

import com.envgrid.api.shared.ApiCode;
import com.envgrid.api.shared.Refusal;

import java.util.Map;

/** A collection the public may not read, asked for without signing in: 401 with how to authenticate. */
class SignInNeeded extends Refusal {
    SignInNeeded(String message) {
        super(ApiCode.UNAUTHORIZED, Map.of(), message);
    }
}
