package com.envgrid.api.people;

import com.envgrid.core.input.ProblemCode;

/** Codes of the problems of a roster import (see {@link ProblemCode}); the people rules' own codes come as they are. */
enum RosterCode implements ProblemCode {
    /** Some rows are bad: nothing was imported; the problem carries the report. */
    REJECTED("roster.rejected"),
    /** The header row lacks a required column; {@code column}: its key. */
    MISSING_COLUMN("roster.missing_column"),
    /** Nobody under the header. */
    EMPTY("roster.empty"),
    /** The username {@code value} is also on row {@code row}. */
    DUPLICATE_USERNAME("roster.duplicate_username"),
    /** The username {@code value} is a deactivated account; a roster does not bring it back. */
    DEACTIVATED("roster.deactivated"),
    /** The account exists with another role, {@code value}; a roster does not change roles. */
    ROLE_DIFFERS("roster.role_differs"),
    /** An administrator or viewer ({@code role}) is given no grid. */
    NO_GRID_FOR_ROLE("roster.no_grid_for_role"),
    /** The grid {@code value} has a chief, {@code username}: release them first. */
    CHIEF_TAKEN("roster.chief_taken"),
    /** Row {@code row} already makes someone chief of the grid {@code value}. */
    CHIEF_TWICE("roster.chief_twice");

    private final String code;

    RosterCode(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
