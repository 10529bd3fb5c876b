package com.envgrid.api.access;

import java.util.Optional;

/** The district a person's account is bound to; the people package keeps it, access only reads it. */
public interface DistrictBindings {
    /** The district grid's code; empty for an account of the whole city (or no such person). */
    Optional<String> districtOf(long personId);
}
