package com.envgrid.core.rules;

import com.envgrid.core.complaint.WorkingDays;
import com.envgrid.core.grid.Grid;
import com.envgrid.core.grid.GridLayer;

import java.util.HashMap;
import java.util.Map;

/**
 * The rules of the city and of each of its districts at one moment, answered without further reads — so that a list
 * of a thousand cases asks for its escalation policy a thousand times at no cost. A grid's rules are those of its
 * district ({@link GridLayer#districtOf}); a grid outside every district (or no grid: an unrouted complaint) has
 * the city's.
 */
public final class RuleBook {
    private final DistrictRules city;
    private final Map<String, Map<RuleItem, Object>> districtItems;
    private final Map<String, WorkingDays> districtCalendars;
    private final GridLayer layer;
    private final Map<String, DistrictRules> resolved = new HashMap<>();

    /**
     * @param city              the city's rules
     * @param districtItems     by district code, the items each district set for itself
     * @param districtCalendars by district code, the yearly schedules each district stored for itself
     * @param layer             the grid layer grids are found in
     */
    public RuleBook(DistrictRules city, Map<String, Map<RuleItem, Object>> districtItems,
                    Map<String, WorkingDays> districtCalendars, GridLayer layer) {
        this.city = city;
        this.districtItems = Map.copyOf(districtItems);
        this.districtCalendars = Map.copyOf(districtCalendars);
        this.layer = layer;
    }

    public DistrictRules city() {
        return city;
    }

    /** The rules of a district: the city's with what the district set in their place; null gives the city's. */
    public synchronized DistrictRules ofDistrict(String districtCode) {
        if (districtCode == null) {
            return city;
        }
        return resolved.computeIfAbsent(districtCode, code -> city.overriddenBy(DistrictRules.Origin.DISTRICT,
                districtItems.getOrDefault(code, Map.of()), city.workingDays()
                        .overriddenBy(districtCalendars.getOrDefault(code, WorkingDays.WEEKENDS_ONLY))));
    }

    /** The rules of the district a grid lies in; the city's for null or a grid in no district. */
    public DistrictRules ofGrid(String gridCode) {
        return ofDistrict(gridCode == null ? null : layer.districtOf(gridCode).map(Grid::code).orElse(null));
    }
}
