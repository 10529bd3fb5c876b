package com.envgrid.api.people;

import com.envgrid.api.shared.DistrictTime;
import com.envgrid.api.layer.LiveGridLayer;
import com.envgrid.core.access.Assignment;
import com.envgrid.core.access.Post;
import com.envgrid.core.access.Role;
import com.envgrid.core.access.Staffing;
import com.envgrid.core.grid.Grid;
import com.envgrid.core.grid.GridLayer;
import jakarta.inject.Singleton;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.TreeMap;

/** Who supervises which grid today: for the map, the unstaffed list, duty assignment and draws. */
@Singleton
public class Staffings {
    private final AssignmentRows assignments;
    private final PersonRows people;
    private final DistrictTime time;
    private final LiveGridLayer layer;

    Staffings(AssignmentRows assignments, PersonRows people, DistrictTime time, LiveGridLayer layer) {
        this.assignments = assignments;
        this.people = people;
        this.time = time;
        this.layer = layer;
    }

    public Staffing today() {
        return new Staffing(layer.layer(), activeToday());
    }

    /** The assignments active on a day, of every person and duty. */
    public List<Assignment> activeOn(LocalDate day) {
        return assignments.findActiveOn(day).stream().map(AssignmentRow::assignment).toList();
    }

    private List<Assignment> activeToday() {
        return activeOn(time.today());
    }

    /**
     * For every grid below the district, the supervisors who answer for it on {@code day}: its own, or else those of the
     * nearest ancestor that has any (a supervisor of a street covers its communities). Grids nobody answers for
     * are absent.
     */
    public Map<String, List<Long>> supervisorsByGrid(LocalDate day) {
        GridLayer grids = layer.layer();
        Map<String, List<Long>> own = new HashMap<>();
        activeOn(day).stream().filter(a -> a.post() == Post.SUPERVISOR)
                .forEach(a -> own.computeIfAbsent(a.gridCode(), k -> new ArrayList<>()).add(a.personId()));
        Map<String, List<Long>> result = new TreeMap<>();
        for (Grid g : grids.grids()) {
            for (Grid up = g; up != null; up = grids.parent(up).orElse(null)) {
                if (own.containsKey(up.code())) {
                    result.put(g.code(), own.get(up.code()).stream().distinct().sorted().toList());
                    break;
                }
            }
        }
        return result;
    }

    /** How a person is reached: their name, and their e-mail and phone where they gave them. */
    public record Contact(long id, String name, String email, String phone) {
    }

    /** How to reach the active people among these; deactivated ones are not told anything any more. */
    public List<Contact> contactsOf(Collection<Long> ids) {
        return people.findByIdIn(ids).stream().filter(PersonRow::active)
                .map(p -> new Contact(p.id(), p.name(), p.email(), p.phone())).toList();
    }

    /** The people whose accounts are bound to the district. */
    public Set<Long> boundTo(String district) {
        return people.findByDistrictCode(district).stream().map(PersonRow::id).collect(Collectors.toSet());
    }

    /** The active administrators of the grid's district: those bound to it and the city's (bound to none). */
    public List<Long> administratorsOf(String gridCode) {
        String district = layer.layer().districtOf(gridCode).map(Grid::code).orElse(null);
        return people.findByRoleAndActive(Role.ADMIN.key(), true).stream()
                .filter(p -> p.districtCode() == null || p.districtCode().equals(district))
                .map(PersonRow::id).toList();
    }

    /** The grid chiefs over a grid on {@code day}: those of the first-level grid it is, or lies in. */
    public List<Long> chiefsOver(String gridCode, LocalDate day) {
        GridLayer grids = layer.layer();
        Set<String> above = new HashSet<>();
        for (Grid g = grids.find(gridCode).orElse(null); g != null; g = grids.parent(g).orElse(null)) {
            above.add(g.code());
        }
        return activeOn(day).stream().filter(a -> a.post() == Post.CHIEF && above.contains(a.gridCode()))
                .map(Assignment::personId).distinct().sorted().toList();
    }

    /** The first-level grids (towns, streets, parks) with no grid chief today, in layer order. */
    public List<Grid> firstLevelWithoutChief() {
        LocalDate today = time.today();
        return layer.layer().firstLevel().stream().filter(g -> chiefsOver(g.code(), today).isEmpty()).toList();
    }

    /** How many active accounts each role has. */
    public Map<Role, Long> activeAccounts() {
        Map<Role, Long> counts = new EnumMap<>(Role.class);
        for (Role role : Role.values()) {
            counts.put(role, people.countByRoleAndActive(role.key(), true));
        }
        return counts;
    }

    /** The display names of people, by id. */
    public Map<Long, String> namesOf(Collection<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        people.findByIdIn(ids).forEach(p -> names.put(p.id(), p.name()));
        return names;
    }
}
