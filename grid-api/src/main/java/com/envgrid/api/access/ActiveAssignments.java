package com.envgrid.api.access;

import com.envgrid.core.access.Assignment;

import java.time.LocalDate;
import java.util.List;

/** The assignments a person holds on a day; the people package keeps them, access only reads them. */
public interface ActiveAssignments {
    List<Assignment> activeOf(long personId, LocalDate day);
}
