package com.envgrid.core.grid.validation;

import org.locationtech.jts.geom.Geometry;

import java.util.List;
import java.util.Objects;

/**
 * One issue validation found in a layer (its JSON name is a "finding"): its kind, the grid code(s) concerned, where it is (the area in lon/lat, or a point for
 * an invalid geometry), its area in m² when it is an area, a message a person can act on, and its severity — the
 * kind's, except for an overhang accepted under a tolerance (a warning).
 */
public record LayerIssue(IssueKind kind, List<String> codes, Geometry where, Double areaM2, String message,
                         IssueLevel severity) {
    public LayerIssue {
        codes = List.copyOf(codes);
        Objects.requireNonNull(severity, "severity");
    }

    /** An issue of its kind's severity. */
    public LayerIssue(IssueKind kind, List<String> codes, Geometry where, Double areaM2, String message) {
        this(kind, codes, where, areaM2, message, kind.severity());
    }
}
