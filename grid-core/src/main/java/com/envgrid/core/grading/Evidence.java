package com.envgrid.core.grading;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One item behind an indicator: what it is ({@code case}, {@code complaint}, {@code alert}), its id, the district's
 * day it counts on, and a line saying what it was.
 */
public record Evidence(String kind, String id, LocalDate on, String note) {
    public Evidence {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(on, "on");
        note = note == null ? "" : note;
    }
}
