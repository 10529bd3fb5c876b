package com.envgrid.api.access;

import com.envgrid.api.layer.LiveGridLayer;
import com.envgrid.api.shared.InvalidParameter;
import com.envgrid.core.access.GridScope;
import com.envgrid.core.grid.Grid;
import com.envgrid.core.grid.GridLevel;
import jakarta.inject.Singleton;

/**
 * The {@code ?district=} of the endpoints that read and set the rules a district may set for itself (rules, review
 * weights, deadlines, holiday calendars): absent, the city's rules; else a district grid's code. The city's
 * administrators set the city's rules and any district's; a district's administrators set their own district's only.
 */
@Singleton
public class RuleDistricts {
    private final LiveGridLayer layer;

    RuleDistricts(LiveGridLayer layer) {
        this.layer = layer;
    }

    /**
     * The district a request names, null for the city.
     *
     * @throws InvalidParameter naming {@code ?district} when it is given and names no district grid of the layer
     */
    public String named(String district) {
        if (district == null || district.isBlank()) {
            return null;
        }
        String code = district.strip();
        if (layer.layer().find(code).map(Grid::level).filter(l -> l == GridLevel.DISTRICT).isEmpty()) {
            throw new InvalidParameter("district", "no district " + code + " in the grid layer; give a district"
                    + " grid's code, or none for the city");
        }
        return code;
    }

    /**
     * The district a request names, when the caller may set its rules.
     *
     * @throws AccessDenied unless the caller administers the city (for the city's rules) or the district
     */
    public String editable(GridScope scope, String district) {
        String code = named(district);
        if (code == null ? !scope.administersCity() : !scope.administers(code)) {
            throw new AccessDenied(code == null ? "only the city's administrators set the city's rules"
                    : "only administrators of district " + code + " or of the city set its rules");
        }
        return code;
    }
}
