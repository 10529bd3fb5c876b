package com.envgrid.api.access;

import com.envgrid.core.access.Assignment;
import io.micronaut.core.annotation.Nullable;

import java.time.LocalDate;
import java.util.List;

/**
 * Where a person stands, as the people package keeps it and access only reads it: the district their account is
 * bound to and their assignments active on a day. Read at every request, so in one statement.
 */
public interface Standings {
    /** The district grid's code (null: an account of the whole city, or no such person) and the active assignments. */
    record Standing(@Nullable String district, List<Assignment> active) {
    }

    Standing of(long personId, LocalDate day);
}
