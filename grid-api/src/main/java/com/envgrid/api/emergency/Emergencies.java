package com.envgrid.api.emergency;

import com.envgrid.api.access.AccessDenied;
import com.envgrid.api.audit.Audit;
import com.envgrid.api.layer.LiveGridLayer;
import com.envgrid.api.people.Staffings;
import com.envgrid.api.shared.Conflict;
import com.envgrid.api.shared.DistrictTime;
import com.envgrid.api.shared.InvalidParameter;
import com.envgrid.api.shared.JsonText;
import com.envgrid.api.shared.NotFound;
import com.envgrid.api.shared.Statements;
import com.envgrid.api.source.SupervisedObjects;
import com.envgrid.core.access.Actor;
import com.envgrid.core.access.GridScope;
import com.envgrid.core.emergency.EmergencyLevel;
import com.envgrid.core.emergency.EmergencyType;
import com.envgrid.core.duty.Period;
import com.envgrid.core.emergency.Nearby;
import com.envgrid.core.grid.Grid;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Environmental emergencies (突发环境事件): reported once under the id the client made (a retry gets the stored
 * emergency; the same id with other content is a conflict), located in the deepest grid containing the point, told
 * to the district's administrators and the grid's chiefs; actions are appended to the timeline (each once, under its
 * own client-made id) until an administrator closes the emergency with a closure report — then nothing more is
 * added (409). Everything is read and written in the caller's grids, like cases.
 */
@Singleton
public class Emergencies {
    private static final int MAX_TEXT = 4000;
    private static final double MAX_REACH_METRES = 50_000;

    private final EmergencyRows rows;
    private final SupervisedObjects directory;
    private final LiveGridLayer layer;
    private final Staffings staffings;
    private final Audit audit;
    private final ApplicationEventPublisher<Object> events;
    private final JsonText json;
    private final DistrictTime time;
    private final EmergencyTeam team;
    private final Statements locks;

    Emergencies(EmergencyRows rows, SupervisedObjects directory, LiveGridLayer layer, Staffings staffings,
                Audit audit, ApplicationEventPublisher<Object> events, JsonText json, DistrictTime time,
                EmergencyTeam team, Statements locks) {
        this.locks = locks;
        this.team = team;
        this.rows = rows;
        this.directory = directory;
        this.layer = layer;
        this.staffings = staffings;
        this.audit = audit;
        this.events = events;
        this.json = json;
        this.time = time;
    }

    /** An action on the timeline as sent, under the id its client made. */
    public record ActionRequest(UUID id, String text) {
    }

    /** Reports an emergency, or recognises a retry of the report, and answers with it and what is near. */
    @Transactional
    public EmergencyView open(Actor actor, Instant at, EmergencyRequest r, Nearby.Reach reach) {
        UUID id = required("id", r.id());
        String hash = json.hash(r);
        locks.hold("emergency " + id);
        Optional<EmergencyRows.Row> stored = rows.byId(id);
        if (stored.isPresent()) {
            EmergencyRows.Row row = readable(actor.scope(), stored, id);
            if (!row.payloadHash().equals(hash)) {
                throw new Conflict("emergency " + id + " was reported already with other content");
            }
            return view(row, true, reach);
        }
        EmergencyType type = EmergencyType.of(required("type", r.type())).orElseThrow(() -> new InvalidParameter(
                "type", "type is one of water, air, soil, hazardous_chemicals, radiation"));
        EmergencyLevel level = EmergencyLevel.of(required("level", r.level())).orElseThrow(() -> new InvalidParameter(
                "level", "level is one of general, larger, major, especially_major (一般/较大/重大/特别重大)"));
        double lon = required("lon", r.lon());
        double lat = required("lat", r.lat());
        if (!(lon >= -180 && lon <= 180)) {
            throw new InvalidParameter("lon", "lon is a WGS84 longitude from -180 to 180");
        }
        if (!(lat >= -90 && lat <= 90)) {
            throw new InvalidParameter("lat", "lat is a WGS84 latitude from -90 to 90");
        }
        Instant occurredAt = instant("occurredAt", required("occurredAt", r.occurredAt()));
        if (occurredAt.isAfter(at)) {
            throw new InvalidParameter("occurredAt", "occurredAt is not in the future");
        }
        String description = text("description", r.description());
        if (r.complaintId() != null && !rows.complaintExists(r.complaintId())) {
            throw new InvalidParameter("complaintId", "no complaint " + r.complaintId());
        }
        Grid grid = layer.locator().locate(lon, lat).deepest().orElseThrow(() -> new InvalidParameter("lon",
                "the point (" + lon + ", " + lat + ") lies in no grid of the platform"));
        if (!actor.scope().canWrite(grid.code())) {
            throw new AccessDenied("grid " + grid.code() + " is not one of your grids: emergencies are reported in"
                    + " the grids you work in");
        }
        EmergencyRows.Row row = new EmergencyRows.Row(id, hash, type.key(), level.key(), lon, lat, grid.code(),
                occurredAt, description, r.complaintId(), actor.person(), at, null, null, null, null);
        rows.add(row);
        LocalDate day = time.dateOf(at);
        events.publishEvent(new EmergencyOpened(id, type.chineseName(), level.chineseName(), grid.code(),
                grid.name(), description, occurredAt, at, day, team.tell(id, grid.code(), day)));
        audit.record(actor, at, "report", "emergency", id.toString(), null, Map.of("type", type.key(),
                "level", level.key(), "grid", grid.code(), "lon", lon, "lat", lat));
        return view(row, true, reach);
    }

    @Transactional
    public EmergencyView one(GridScope scope, UUID id, Nearby.Reach reach) {
        return view(readable(scope, rows.byId(id), id), true, reach);
    }

    /** Those of a year (by when they occurred, in the district's time) in the caller's grids; state open/closed. */
    @Transactional
    public List<EmergencyView> list(GridScope scope, int year, String state) {
        if (state != null && !state.equals("open") && !state.equals("closed")) {
            throw new InvalidParameter("state", "state is open or closed");
        }
        return rows.between(time.startOf(LocalDate.of(year, 1, 1)), time.startOf(LocalDate.of(year + 1, 1, 1)))
                .stream().filter(r -> scope.canRead(r.gridCode()))
                .filter(r -> state == null || state.equals("open") == (r.closedAt() == null))
                .map(r -> view(r, false, null)).toList();
    }

    /** An emergency as a marker of the coverage map. */
    @Serdeable
    public record Point(UUID id, String level, String levelName, String typeName, double lon, double lat,
                        String gridName, Instant occurredAt, boolean open) {
    }

    /** Those that occurred in the period (district days) in the caller's grids, as markers. */
    @Transactional
    public List<Point> points(GridScope scope, Period period) {
        return rows.between(time.startOf(period.start()), time.startOf(period.endExclusive())).stream()
                .filter(r -> scope.canRead(r.gridCode())).map(r -> new Point(r.id(), r.level(),
                        EmergencyLevel.of(r.level()).orElseThrow().chineseName(),
                        EmergencyType.of(r.type()).orElseThrow().chineseName(), r.lon(), r.lat(),
                        layer.layer().find(r.gridCode()).map(Grid::name).orElse(r.gridCode()), r.occurredAt(),
                        r.closedAt() == null)).toList();
    }

    @Transactional
    public EmergencyView act(Actor actor, Instant at, UUID emergency, ActionRequest a) {
        EmergencyRows.Row row = readable(actor.scope(), rows.byId(emergency), emergency);
        UUID id = required("id", a.id());
        String text = text("text", a.text());
        if (!actor.scope().canWrite(row.gridCode())) {
            throw new AccessDenied("grid " + row.gridCode() + " is not one of your grids: actions are recorded by"
                    + " the grid's staff and administrators");
        }
        Optional<UUID> owner = rows.emergencyOfAction(id);
        if (owner.isPresent()) {
            if (!owner.get().equals(emergency)) {
                throw new Conflict("action " + id + " belongs to another emergency");
            }
            return view(row, false, null);
        }
        if (row.closedAt() != null) {
            throw new Conflict("emergency " + emergency + " was closed at " + row.closedAt()
                    + ": no more actions are recorded");
        }
        rows.addAction(emergency, new EmergencyRows.ActionRow(id, actor.person(), at, text));
        audit.record(actor, at, "act", "emergency", emergency.toString(), null, Map.of("action", id.toString(),
                "text", text));
        return view(row, false, null);
    }

    /** The closure report, by an administrator of the emergency's grid; once. */
    @Transactional
    public EmergencyView close(Actor actor, Instant at, UUID emergency, String summary, String consequences) {
        EmergencyRows.Row row = readable(actor.scope(), rows.byId(emergency), emergency);
        if (!actor.scope().administers(row.gridCode())) {
            throw new AccessDenied("only the administrators of grid " + row.gridCode() + " close its emergencies");
        }
        String s = text("summary", summary);
        String c = text("consequences", consequences);
        if (!rows.close(emergency, at, actor.person(), s, c)) {
            throw new Conflict("emergency " + emergency + " was closed already at " + row.closedAt());
        }
        audit.record(actor, at, "close", "emergency", emergency.toString(), null, Map.of("summary", s,
                "consequences", c));
        return view(rows.byId(emergency).orElseThrow(), false, null);
    }

    /** The distances to look within, in metres; absent ones are the defaults. */
    public static Nearby.Reach reach(Double zoneMetres, Double sourceMetres, Double riverMetres) {
        Nearby.Reach d = Nearby.Reach.defaults();
        return new Nearby.Reach(metres("zoneMetres", zoneMetres, d.zoneMetres()),
                metres("riverMetres", riverMetres, d.riverMetres()),
                metres("sourceMetres", sourceMetres, d.sourceMetres()), d.joinMetres());
    }

    private static double metres(String name, Double value, double otherwise) {
        if (value == null) {
            return otherwise;
        }
        if (!(value > 0 && value <= MAX_REACH_METRES)) {
            throw new InvalidParameter(name, name + " is a distance in metres, more than 0 and at most 50000");
        }
        return value;
    }

    private static EmergencyRows.Row readable(GridScope scope, Optional<EmergencyRows.Row> row, UUID id) {
        return row.filter(r -> scope.canRead(r.gridCode()))
                .orElseThrow(() -> new NotFound("no emergency " + id + " that you may see"));
    }

    private EmergencyView view(EmergencyRows.Row r, boolean withNearby, Nearby.Reach reach) {
        List<EmergencyRows.ActionRow> actions = rows.actionsOf(r.id());
        Set<Long> people = new HashSet<>();
        people.add(r.reportedBy());
        if (r.closedBy() != null) {
            people.add(r.closedBy());
        }
        actions.forEach(a -> people.add(a.actorId()));
        Map<Long, String> names = staffings.namesOf(people);
        EmergencyType type = EmergencyType.of(r.type()).orElseThrow();
        EmergencyLevel level = EmergencyLevel.of(r.level()).orElseThrow();
        String gridName = layer.layer().find(r.gridCode()).map(Grid::name).orElse(r.gridCode());
        EmergencyView.Closure closure = r.closedAt() == null ? null : new EmergencyView.Closure(r.closedAt(),
                r.closedBy(), names.get(r.closedBy()), r.closureSummary(), r.consequences());
        return new EmergencyView(r.id(), type.key(), type.chineseName(), level.key(), level.chineseName(), r.lon(),
                r.lat(), r.gridCode(), gridName, r.occurredAt(), r.description(), r.complaintId(), r.reportedBy(),
                names.get(r.reportedBy()), r.reportedAt(), closure,
                actions.stream().map(a -> new EmergencyView.Action(a.id(), a.actorId(), names.get(a.actorId()),
                        a.at(), a.text())).toList(),
                withNearby ? near(r.lon(), r.lat(), reach) : null, withNearby ? team.toldOf(r.id()) : null);
    }

    /**
     * What is near: zones, the river downstream, the key dischargers and enterprises within the radius (no table of
     * hazardous-waste generators exists yet: enterprises stand for them), and the grids containing the point with who
     * is on duty for each today.
     */
    private EmergencyView.Near near(double lon, double lat, Nearby.Reach reach) {
        List<Nearby.Source> sources = directory.located().stream()
                .filter(s -> s.keyDischarger() || s.kind().equals("enterprise"))
                .map(s -> new Nearby.Source(s.code(), s.name(), s.kind(), s.gridCode(), s.keyDischarger(), s.lon(),
                        s.lat())).toList();
        Nearby.Found found = Nearby.around(lon, lat, reach, directory.zonesAround(), directory.riversAround(),
                sources);
        LocalDate today = time.today();
        Map<String, List<Long>> supervisors = staffings.supervisorsByGrid(today);
        List<EmergencyView.OnDuty> grids = layer.locator().locate(lon, lat).chain().stream()
                .map(g -> new EmergencyView.OnDuty(g.code(), g.name(), persons(staffings.chiefsOver(g.code(), today)),
                        persons(supervisors.getOrDefault(g.code(), List.of())))).toList();
        return new EmergencyView.Near(reach.zoneMetres(), reach.riverMetres(), reach.sourceMetres(),
                reach.joinMetres(), found.zones(), found.downstream(), found.sources(), grids);
    }

    private List<EmergencyView.Person> persons(Collection<Long> ids) {
        return staffings.contactsOf(ids).stream().map(c -> new EmergencyView.Person(c.id(), c.name(), c.phone()))
                .toList();
    }

    private static <T> T required(String name, T value) {
        if (value == null) {
            throw new InvalidParameter(name, name + " is required");
        }
        return value;
    }

    private static String text(String name, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidParameter(name, name + " is required");
        }
        if (value.length() > MAX_TEXT) {
            throw new InvalidParameter(name, name + " is at most " + MAX_TEXT + " characters");
        }
        return value.strip();
    }

    private static Instant instant(String name, String text) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidParameter(name, name + " is an ISO-8601 instant such as 2026-11-30T08:00:00Z");
        }
    }
}
