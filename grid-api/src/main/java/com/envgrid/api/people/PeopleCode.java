package com.envgrid.api.people;

import com.envgrid.core.input.ProblemCode;

/** Codes of the problems of signing in and of the people form (see {@link ProblemCode}). */
enum PeopleCode implements ProblemCode {
    /** The one answer to an unknown user, a wrong password, a deactivated account and a locked one. */
    WRONG_CREDENTIALS("login.wrong_credentials"),
    /** A username someone has already; {@code value}. */
    USERNAME_TAKEN("people.username_taken"),
    /** A person's name: 1 to {@code limit} characters. */
    NAME("people.name"),
    /** A username: 3 to 32 of a-z, 0-9, _ . - */
    USERNAME("people.username"),
    /** A password: at least {@code min} characters and at most {@code max_bytes} bytes in UTF-8. */
    PASSWORD("people.password"),
    /** The password is the username. */
    PASSWORD_IS_USERNAME("people.password_is_username"),
    /** A phone: a mobile number or a landline with its area code. */
    PHONE("people.phone"),
    /** An e-mail address: name@domain.tld, at most {@code max} characters. */
    EMAIL("people.email"),
    /** A post the person's role cannot hold: a supervisor is a grid's supervisor, a chief its chief; {@code role}, {@code duty}. */
    DUTY_NOT_ROLE("people.duty_not_role"),
    /** A grid chief answers for a first-level grid (town, street, park), not {@code value}. */
    CHIEF_FIRST_LEVEL("people.chief_first_level"),
    /** Nobody is assigned to the district grid {@code value} itself. */
    DISTRICT_UNASSIGNED("people.district_unassigned"),
    /** The account must choose its own password before anything else (a roster import or a reset chose it). */
    MUST_CHANGE_PASSWORD("people.must_change_password"),
    /** The current password given to change it is not the account's. */
    WRONG_CURRENT_PASSWORD("people.wrong_current_password"),
    /** The new password is the one it replaces. */
    PASSWORD_UNCHANGED("people.password_unchanged"),
    /** No district grid has the code or name {@code value}; {@code accepted}: the districts there are. */
    DISTRICT("people.district"),
    /** An administrator of one district binds people to it only, not to {@code value} (another, or "null": the city). */
    DISTRICT_NOT_YOURS("people.district_not_yours"),
    /** The grid {@code value} lies outside the district {@code district} the person is bound to. */
    GRID_OUTSIDE_DISTRICT("people.grid_outside_district");

    private final String code;

    PeopleCode(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
