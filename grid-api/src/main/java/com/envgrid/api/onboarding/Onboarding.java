package com.envgrid.api.onboarding;

import com.envgrid.api.calendar.HolidayCalendars;
import com.envgrid.api.city.Cities;
import com.envgrid.api.duty.Duties;
import com.envgrid.api.duty.Rules;
import com.envgrid.api.layer.LayerState;
import com.envgrid.api.layer.LiveGridLayer;
import com.envgrid.api.onboarding.Checklist.Next;
import com.envgrid.api.onboarding.Checklist.Step;
import com.envgrid.api.people.Staffings;
import com.envgrid.api.shared.DistrictTime;
import com.envgrid.api.source.SupervisedObjects;
import com.envgrid.core.access.Role;
import com.envgrid.core.duty.Period;
import com.envgrid.core.grid.City;
import com.envgrid.core.grid.Grid;
import com.envgrid.core.grid.GridLayer;
import com.envgrid.core.grid.GridLevel;
import com.envgrid.core.grid.validation.ValidationReport;
import jakarta.inject.Singleton;

import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;

/**
 * The onboarding checklist, composed from what each feature already answers — the live grid layer and its
 * validation report, the directory's census, today's staffing, the saved rules and the holiday calendars, the
 * period's duties —, counting nothing itself. The current period is the district's month today.
 */
@Singleton
class Onboarding {
    /** How many grid names a step lists before it says only how many more there are. */
    static final int NAMES_SHOWN = 5;

    private static final String DONE = "done";
    private static final String TODO = "todo";
    private static final String ATTENTION = "attention";

    private final LiveGridLayer layer;
    private final SupervisedObjects directory;
    private final Staffings staffings;
    private final Rules rules;
    private final HolidayCalendars calendars;
    private final Duties duties;
    private final DistrictTime time;
    private final Cities cities;

    Onboarding(LiveGridLayer layer, SupervisedObjects directory, Staffings staffings, Rules rules,
               HolidayCalendars calendars, Duties duties, DistrictTime time, Cities cities) {
        this.cities = cities;
        this.layer = layer;
        this.directory = directory;
        this.staffings = staffings;
        this.rules = rules;
        this.calendars = calendars;
        this.duties = duties;
        this.time = time;
    }

    Checklist checklist() {
        LayerState state = layer.current();
        boolean noGrids = state.layer().isEmpty();
        SupervisedObjects.Census census = directory.census();
        List<Step> steps = List.of(grids(state, cities.city()), directory(census, noGrids), riversAndZones(census, noGrids),
                people(noGrids), rules(), duties(noGrids));
        return new Checklist(steps, steps.stream().allMatch(s -> s.state().equals(DONE)));
    }

    /**
     * 1: the layer is there with the outlines of the city's districts and first-level grids, and validation found no
     * error.
     */
    private static Step grids(LayerState state, City city) {
        GridLayer grids = state.layer();
        ValidationReport report = state.report();
        long errors = report.errors().size();
        long warnings = report.findings().size() - errors;
        Map<String, Long> byLevel = new LinkedHashMap<>();
        for (GridLevel level : GridLevel.values()) {
            long count = grids.grids().stream().filter(g -> g.level() == level).count();
            if (count > 0) {
                byLevel.put(level.key(), count);
            }
        }
        Map<String, Object> found = new LinkedHashMap<>();
        found.put("grids", grids.size());
        found.put("by_level", byLevel);
        found.put("errors", errors);
        found.put("warnings", warnings);
        found.put("city", city.name());
        found.put("city_code", city.code());
        found.put("districts", grids.districts().stream().map(Grid::name).toList());
        String page = "grids-import.html";
        if (grids.isEmpty()) {
            return step(1, "grids", TODO, page, found, null, next("grids.import", Map.of(), page));
        }
        if (errors > 0) {
            return step(1, "grids", ATTENTION, page, found, null, next("grids.errors", Map.of("count", errors), page));
        }
        if (grids.districts().isEmpty()) {
            return step(1, "grids", ATTENTION, page, found, null, next("grids.no_district", Map.of(), page));
        }
        if (grids.firstLevel().isEmpty()) {
            return step(1, "grids", ATTENTION, page, found, null, next("grids.no_first_level", Map.of(), page));
        }
        return step(1, "grids", DONE, page, found, null, warnings == 0 ? null
                : next("grids.warnings", Map.of("count", warnings), "index.html"));
    }

    /** 2: sources are in the directory, each in a grid. */
    private static Step directory(SupervisedObjects.Census census, boolean noGrids) {
        Map<String, Object> found = new LinkedHashMap<>();
        found.put("sources", census.sources());
        found.put("in_no_grid", census.sourcesInNoGrid());
        String page = "directory-import.html";
        if (census.sources() == 0) {
            return step(2, "directory", TODO, page, found, noGrids ? "grids" : null, next("directory.import", Map.of(), page));
        }
        if (census.sourcesInNoGrid() > 0) {
            return step(2, "directory", ATTENTION, page, found, null,
                    next("directory.in_no_grid", Map.of("count", census.sourcesInNoGrid()), page));
        }
        return step(2, "directory", DONE, page, found, null, null);
    }

    /** 3: river segments and protection zones are in, each river crossing some grid. */
    private static Step riversAndZones(SupervisedObjects.Census census, boolean noGrids) {
        Map<String, Object> found = new LinkedHashMap<>();
        found.put("rivers", census.rivers());
        found.put("rivers_in_no_grid", census.riversInNoGrid());
        found.put("zones", census.zones());
        String page = "directory-import.html";
        if (census.rivers() + census.zones() == 0) {
            return step(3, "rivers_zones", TODO, page, found, noGrids ? "grids" : null,
                    next("rivers_zones.import", Map.of(), page));
        }
        if (census.riversInNoGrid() > 0) {
            return step(3, "rivers_zones", ATTENTION, page, found, null,
                    next("rivers_zones.in_no_grid", Map.of("count", census.riversInNoGrid()), page));
        }
        return step(3, "rivers_zones", DONE, page, found, null, null);
    }

    /** 4: there are staff, every grid nobody splits further has a supervisor and every first-level grid a chief. */
    private Step people(boolean noGrids) {
        Map<Role, Long> accounts = staffings.activeAccounts();
        List<Grid> unstaffed = staffings.today().unstaffedLeaves();
        List<Grid> withoutChief = staffings.firstLevelWithoutChief();
        Map<String, Object> found = new LinkedHashMap<>();
        accounts.forEach((role, count) -> found.put(role.key() + "s", count));
        found.put("unstaffed", unstaffed.size());
        found.put("unstaffed_grids", names(unstaffed));
        found.put("without_chief", withoutChief.size());
        found.put("without_chief_grids", names(withoutChief));
        String page = "people.html";
        if (accounts.get(Role.SUPERVISOR) + accounts.get(Role.CHIEF) == 0) {
            return step(4, "people", TODO, page, found, noGrids ? "grids" : null, next("people.import", Map.of(), page));
        }
        if (!unstaffed.isEmpty()) {
            return step(4, "people", ATTENTION, page, found, null, next("people.unstaffed",
                    Map.of("count", unstaffed.size(), "grids", String.join("、", names(unstaffed))), page));
        }
        if (!withoutChief.isEmpty()) {
            return step(4, "people", ATTENTION, page, found, null, next("people.without_chief",
                    Map.of("count", withoutChief.size(), "grids", String.join("、", names(withoutChief))), page));
        }
        return step(4, "people", DONE, page, found, null, null);
    }

    /** 5: the district saved its own inspection frequencies, and holiday calendars cover the deadlines ahead. */
    private Step rules() {
        boolean saved = rules.saved();
        SortedSet<Integer> missing = calendars.missingYears();
        Map<String, Object> found = new LinkedHashMap<>();
        found.put("saved", saved);
        found.put("calendar_missing", List.copyOf(missing));
        String page = "rules.html";
        if (!saved) {
            return step(5, "rules", TODO, page, found, null, next("rules.defaults", Map.of(), page));
        }
        if (!missing.isEmpty()) {
            return step(5, "rules", ATTENTION, page, found, null, next("rules.calendar_missing",
                    Map.of("years", String.join("、", missing.stream().map(String::valueOf).toList())), page));
        }
        return step(5, "rules", DONE, page, found, null, null);
    }

    /** 6: the duties of this month were generated, and each of the month's duties has a supervisor. */
    private Step duties(boolean noGrids) {
        Period month = Period.month(YearMonth.from(time.today()));
        Duties.Scheduled scheduled = duties.scheduled(month);
        Map<String, Object> found = new LinkedHashMap<>();
        found.put("period", month.label());
        found.put("duties", scheduled.duties());
        found.put("unassigned", scheduled.unassigned());
        found.put("generated", scheduled.generated());
        String page = "duties.html?period=" + month.label();
        if (!scheduled.generated()) {
            return step(6, "duties", TODO, page, found, noGrids ? "grids" : null,
                    next("duties.generate", Map.of("period", month.label()), page));
        }
        if (scheduled.unassigned() > 0) {
            return step(6, "duties", ATTENTION, page, found, null,
                    next("duties.unassigned", Map.of("count", scheduled.unassigned(), "period", month.label()), page));
        }
        return step(6, "duties", DONE, page, found, null, null);
    }

    /** The names of the first few grids (the count says how many there are in all). */
    private static List<String> names(List<Grid> grids) {
        return grids.stream().limit(NAMES_SHOWN).map(Grid::name).toList();
    }

    private static Step step(int number, String key, String state, String page, Map<String, Object> found,
                             String waitsFor, Next next) {
        return new Step(number, key, state, page, found, waitsFor, next);
    }

    private static Next next(String code, Map<String, Object> params, String page) {
        return new Next(code, params, page);
    }
}
