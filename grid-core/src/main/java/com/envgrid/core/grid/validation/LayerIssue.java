package com.envgrid.core.grid.validation;

import org.locationtech.jts.geom.Geometry;

import java.util.List;

/**
 * One issue validation found in a layer (its JSON name is a "finding"): its kind, the grid code(s) concerned, where it is (the area in lon/lat, or a point for
 * an invalid geometry), its area in m² when it is an area, and a message a person can act on.
 */
public record LayerIssue(IssueKind kind, List<String> codes, Geometry where, Double areaM2, String message) {
    public LayerIssue {
        codes = List.copyOf(codes);
    }

    public IssueLevel severity() {
        return kind.severity();
    }
}
