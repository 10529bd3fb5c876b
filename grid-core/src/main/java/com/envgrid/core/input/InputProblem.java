package com.envgrid.core.input;

/**
 * One thing wrong with submitted data: where it is, as a JSON Pointer (RFC 6901) into the submitted document
 * such as {@code /features/3/geometry/coordinates/0/5}, and what is wrong with it.
 */
public record InputProblem(String pointer, String message) {
}
