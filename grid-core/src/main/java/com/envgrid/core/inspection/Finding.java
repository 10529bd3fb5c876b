package com.envgrid.core.inspection;

import java.util.Objects;

/**
 * A problem an inspection found — what kind, how serious, in the inspector's words — as the record stores it and as
 * the case it opens takes it: typed once when the record is read, never re-parsed downstream.
 */
public record Finding(FindingCategory category, Severity severity, String description) {
    public Finding {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(severity, "severity");
        description = description == null ? "" : description;
    }
}
