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
    EMAIL("people.email");

    private final String code;

    PeopleCode(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
