package com.envgrid.api.people;

import com.envgrid.core.input.ProblemCode;

/** Codes of the problems of personal API keys (see {@link ProblemCode}). */
enum ApiKeyCode implements ProblemCode {
    /** The one answer to a key that is wrong, revoked or expired, or not the named user's. */
    INVALID("api_key.invalid"),
    /** A read-only key was used for something other than reading (GET, HEAD). */
    READ_ONLY("api_key.read_only"),
    /** Keys are made by a person signed in with their password, not with another key. */
    SIGN_IN_NEEDED("api_key.sign_in_needed"),
    /** A key's label: 1 to {@code limit} characters. */
    LABEL("api_key.label");

    private final String code;

    ApiKeyCode(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
