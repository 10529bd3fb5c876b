package com.envgrid.core.input;

/**
 * Codes of problems with submitted data, for the problem's {@code errors} entries; the params each names are given.
 * {@link #INVALID} is the code of an entry no more specific code describes: clients show its message.
 */
public enum InputCode implements ProblemCode {
    /** Anything else wrong with a value; its message says what. */
    INVALID("input.invalid"),
    /** A value is needed and none was given; {@code expected} may say what kind. */
    REQUIRED("input.required"),
    /** A value of the wrong type; {@code expected}: number, whole_number, boolean, text, date, date_time, uuid, list, object, body. */
    WRONG_TYPE("input.wrong_type"),
    /** A text or list longer than allowed; {@code limit}, and {@code length} when known. */
    TOO_LONG("input.too_long"),
    /** A text holding a control character; {@code position}. */
    CONTROL_CHARACTER("input.control_character"),
    /** A word that is not one of a vocabulary's; {@code accepted}: the words that are. */
    NOT_ONE_OF("input.not_one_of"),
    /** A body that is not valid JSON, or a form that cannot be decoded. */
    UNREADABLE("input.unreadable"),
    /** A null among the items of a list. */
    NULL_IN_LIST("input.null_in_list"),
    /** A value that names nothing known (no such grid, duty, photo, source…); {@code value}. */
    UNKNOWN("input.unknown"),
    /** A number or date outside its range; {@code min}, {@code max} when they apply. */
    OUT_OF_RANGE("input.out_of_range");

    private final String code;

    InputCode(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
