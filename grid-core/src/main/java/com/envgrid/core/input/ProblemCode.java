package com.envgrid.core.input;

/**
 * A stable machine name for a kind of problem the platform reports — {@code input.required},
 * {@code workflow.wrong_state}, {@code login.wrong_credentials} — that clients translate (the pages say it in
 * Chinese or English from the code and the problem's {@code params}); the English {@code detail} beside it is for
 * API clients and logs and may change. Codes are constants of small enums per feature implementing this interface
 * ({@link InputCode}, …): a test finds every such enum and checks that the pages translate each code.
 * <p>
 * To give a new refusal a code: add a constant to the feature's enum (or create one implementing this interface),
 * throw with it, and add the code's message to the pages' zh-CN.js and en.js under {@code problem.<code>}.
 */
public interface ProblemCode {
    /** The code as clients see it: lower case, dot-separated, {@code feature.what} (e.g. {@code complaint.reopened_once}). */
    String code();
}
