package com.envgrid.api.people;

import com.envgrid.api.grid.LiveGridLayer;
import com.envgrid.core.access.Staffing;
import jakarta.inject.Singleton;

/** Who supervises which grid today, for the map and the list of unstaffed grids. */
@Singleton
public class Staffings {
    private final AssignmentRows assignments;
    private final AccessScopes scopes;
    private final LiveGridLayer layer;

    Staffings(AssignmentRows assignments, AccessScopes scopes, LiveGridLayer layer) {
        this.assignments = assignments;
        this.scopes = scopes;
        this.layer = layer;
    }

    public Staffing today() {
        return new Staffing(layer.layer(),
                assignments.findActiveOn(scopes.today()).stream().map(AccessScopes::assignment).toList());
    }
}
