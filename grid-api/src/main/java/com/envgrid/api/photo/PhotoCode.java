package com.envgrid.api.photo;

import com.envgrid.core.input.ProblemCode;

/** Codes of the problems of stored photos (see {@link ProblemCode}). */
enum PhotoCode implements ProblemCode {
    /** The bytes kept for a photo are gone or no longer have its SHA-256: they were altered after the upload. */
    DAMAGED("photo.damaged"),
    /** The object store keeping photos does not answer: nothing was changed, try again later. */
    STORE_UNAVAILABLE("photo.store_unavailable");

    private final String code;

    PhotoCode(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
