package com.envgrid.api.draw;

import com.envgrid.core.input.ProblemCode;

/** Codes of the problems of 双随机 draws (see {@link ProblemCode}). */
enum DrawCode implements ProblemCode {
    /** A draw's title: 1 to {@code limit} characters. */
    TITLE("draw.title"),
    /** A period is YYYY-MM or YYYY-Qn. */
    PERIOD("draw.period"),
    /** A draw runs once. */
    RUN_ALREADY("draw.run_already");

    private final String code;

    DrawCode(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
