package com.envgrid.api.publicity;

import com.envgrid.api.access.AccessDenied;
import com.envgrid.api.audit.Audit;
import com.envgrid.api.layer.LiveGridLayer;
import com.envgrid.api.photo.PhotoInfo;
import com.envgrid.api.photo.Photos;
import com.envgrid.api.shared.Conflict;
import com.envgrid.api.shared.InvalidParameter;
import com.envgrid.api.shared.NotFound;
import com.envgrid.api.shared.Statements;
import com.envgrid.core.access.Actor;
import com.envgrid.core.access.GridScope;
import com.envgrid.core.duty.Period;
import com.envgrid.core.grid.Grid;
import com.envgrid.core.grid.GridLayer;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Publicity events and volunteers (宣传教育), light records of a grid. They are recorded by the grid's staff (its
 * chiefs and supervisors, and those of the grids above) and its administrators, and read by whoever reads the grid.
 * Both are POSTed under an id their client made: sending the same again answers with the stored record and stores
 * nothing (the same id with other content: 409). A volunteer's phone is personal data, shown like staff phones: to
 * those who may manage the grid's volunteers, to nobody else. A volunteer's record counts the complaints staff
 * entered naming them as the reporter ({@link VolunteerReporters}).
 */
@Singleton
public class Publicity {
    /** The kinds of event: the two days of the calendar and the three "进…" campaigns. */
    static final Map<String, String> KINDS = kinds();
    private static final int MAX_TEXT = 2000;
    private static final int MAX_PHOTOS = 20;
    private static final Pattern PHONE = Pattern.compile("1[3-9]\\d{9}|0\\d{2,3}-?\\d{7,8}");

    private final PublicityRows rows;
    private final LiveGridLayer layer;
    private final Photos photos;
    private final Audit audit;
    private final Statements locks;

    Publicity(PublicityRows rows, LiveGridLayer layer, Photos photos, Audit audit, Statements locks) {
        this.locks = locks;
        this.rows = rows;
        this.layer = layer;
        this.photos = photos;
        this.audit = audit;
    }

    private static Map<String, String> kinds() {
        Map<String, String> kinds = new LinkedHashMap<>();
        kinds.put("earth_day", "4·22 世界地球日");
        kinds.put("environment_day", "6·5 环境日");
        kinds.put("community", "进社区");
        kinds.put("enterprise", "进企业");
        kinds.put("school", "进学校");
        kinds.put("other", "其他");
        return kinds;
    }

    /** An event as sent. */
    @Serdeable
    public record EventRequest(@Nullable UUID id, @Nullable String grid, @Nullable String title,
                               @Nullable String heldOn, @Nullable String kind, @Nullable String place,
                               @Nullable Integer attendance, @Nullable String organiser, @Nullable String notes,
                               @Nullable List<String> photos) {
    }

    @Serdeable
    public record VolunteerRequest(@Nullable UUID id, @Nullable String grid, @Nullable String name,
                                   @Nullable String phone, @Nullable String registeredOn, @Nullable Boolean active) {
    }

    /** Events of a grid and period, and the totals of each grid reached, its own and those below summed. */
    @Serdeable
    public record EventList(String period, List<EventView> events, List<Total> totals) {
    }

    @Serdeable
    public record EventView(UUID id, String grid, String gridName, String title, LocalDate heldOn, String kind,
                            String kindName, String place, int attendance, String organiser, @Nullable String notes,
                            List<String> photos) {
    }

    /** A grid's events and attendance: those held in it and in every grid below it, each counted once. */
    @Serdeable
    public record Total(String grid, String gridName, @Nullable String parent, int events, long attendance) {
    }

    @Serdeable
    public record VolunteerView(UUID id, String grid, String gridName, String name, @Nullable String phone,
                                LocalDate registeredOn, boolean active, long complaints) {
    }

    /** Records an event, or recognises a retry of the same POST. */
    @Transactional
    public EventView addEvent(Actor actor, Instant at, EventRequest r) {
        UUID id = required("id", r.id());
        locks.hold("publicity event " + id);
        PublicityRows.Event event = checked(id, r);
        Optional<PublicityRows.Event> stored = rows.event(id);
        if (stored.isPresent()) {
            readable(actor.scope(), stored.get().gridCode(), "event", id);
            if (!stored.get().equals(event)) {
                throw new Conflict("event " + id + " was recorded already with other content");
            }
            return view(stored.get());
        }
        writable(actor.scope(), event.gridCode());
        rows.saveEvent(event, actor.person(), at);
        audit.record(actor, at, "create", "publicity_event", id.toString(), null, event);
        return view(event);
    }

    @Transactional
    public EventView changeEvent(Actor actor, Instant at, UUID id, EventRequest r) {
        PublicityRows.Event before = rows.event(id).orElseThrow(() -> new NotFound("no event " + id));
        readable(actor.scope(), before.gridCode(), "event", id);
        writable(actor.scope(), before.gridCode());
        PublicityRows.Event after = checked(id, r);
        writable(actor.scope(), after.gridCode());
        rows.saveEvent(after, actor.person(), at);
        audit.record(actor, at, "update", "publicity_event", id.toString(), before, after);
        return view(after);
    }

    @Transactional
    public void deleteEvent(Actor actor, Instant at, UUID id) {
        PublicityRows.Event before = rows.event(id).orElseThrow(() -> new NotFound("no event " + id));
        readable(actor.scope(), before.gridCode(), "event", id);
        writable(actor.scope(), before.gridCode());
        rows.deleteEvent(id);
        audit.record(actor, at, "delete", "publicity_event", id.toString(), before, null);
    }

    /** The events held in the period in the grid (absent: every grid one reads) and below it, with the totals. */
    @Transactional
    public EventList events(GridScope scope, String grid, Period period) {
        GridLayer grids = layer.layer();
        Predicate<String> shown = shown(scope, grids, grid);
        List<PublicityRows.Event> held = rows.eventsBetween(period.start(), period.endExclusive()).stream()
                .filter(e -> shown.test(e.gridCode())).toList();
        Map<String, long[]> sums = new LinkedHashMap<>();
        for (PublicityRows.Event e : held) {
            // the event counts in its grid and in each grid above it that is shown, once in each
            for (Optional<Grid> g = grids.find(e.gridCode()); g.isPresent() && shown.test(g.get().code());
                 g = grids.parent(g.get())) {
                long[] sum = sums.computeIfAbsent(g.get().code(), c -> new long[2]);
                sum[0]++;
                sum[1] += e.attendance();
            }
        }
        List<Total> totals = sums.entrySet().stream().map(s -> {
            Grid g = grids.find(s.getKey()).orElseThrow();
            return new Total(g.code(), g.name(), g.parentCode(), (int) s.getValue()[0], s.getValue()[1]);
        }).sorted(Comparator.comparing(Total::grid)).toList();
        return new EventList(period.label(), held.stream().map(this::view).toList(), totals);
    }

    /** Registers a volunteer, or recognises a retry of the same POST. */
    @Transactional
    public VolunteerView addVolunteer(Actor actor, Instant at, VolunteerRequest r) {
        UUID id = required("id", r.id());
        locks.hold("volunteer " + id);
        PublicityRows.Volunteer volunteer = checked(id, r);
        Optional<PublicityRows.Volunteer> stored = rows.volunteer(id);
        if (stored.isPresent()) {
            readable(actor.scope(), stored.get().gridCode(), "volunteer", id);
            if (!stored.get().equals(volunteer)) {
                throw new Conflict("volunteer " + id + " was registered already with other details");
            }
            return view(actor.scope(), stored.get(), rows.complaintCounts());
        }
        writable(actor.scope(), volunteer.gridCode());
        rows.saveVolunteer(volunteer, actor.person(), at);
        audit.record(actor, at, "create", "volunteer", id.toString(), null, volunteer);
        return view(actor.scope(), volunteer, Map.of());
    }

    @Transactional
    public VolunteerView changeVolunteer(Actor actor, Instant at, UUID id, VolunteerRequest r) {
        PublicityRows.Volunteer before = rows.volunteer(id).orElseThrow(() -> new NotFound("no volunteer " + id));
        readable(actor.scope(), before.gridCode(), "volunteer", id);
        writable(actor.scope(), before.gridCode());
        PublicityRows.Volunteer after = checked(id, r);
        writable(actor.scope(), after.gridCode());
        rows.saveVolunteer(after, actor.person(), at);
        audit.record(actor, at, "update", "volunteer", id.toString(), before, after);
        return view(actor.scope(), after, rows.complaintCounts());
    }

    /** The volunteers of the grid (absent: of every grid one reads) and those below it. */
    @Transactional
    public List<VolunteerView> volunteers(GridScope scope, String grid) {
        Predicate<String> shown = shown(scope, layer.layer(), grid);
        Map<UUID, Long> complaints = rows.complaintCounts();
        return rows.volunteers().stream().filter(v -> shown.test(v.gridCode()))
                .map(v -> view(scope, v, complaints)).toList();
    }

    /** The grids a list shows: those the caller reads, in the grid asked for and below it (none asked: all). */
    private static Predicate<String> shown(GridScope scope, GridLayer grids, String grid) {
        if (grid == null) {
            return scope::canRead;
        }
        if (grids.find(grid).isEmpty() || !scope.canRead(grid)) {
            throw new NotFound("no grid " + grid + " that you may see");
        }
        Set<String> within = grids.subtree(grid);
        return code -> within.contains(code) && scope.canRead(code);
    }

    private PublicityRows.Event checked(UUID id, EventRequest r) {
        String grid = grid(r.grid());
        String title = text("title", r.title(), true);
        LocalDate heldOn = date("heldOn", r.heldOn());
        String kind = required("kind", r.kind());
        if (!KINDS.containsKey(kind)) {
            throw new InvalidParameter("kind", "kind is one of " + String.join(", ", KINDS.keySet()));
        }
        String place = text("place", r.place(), true);
        int attendance = required("attendance", r.attendance());
        if (attendance < 0 || attendance > 1_000_000) {
            throw new InvalidParameter("attendance", "attendance is a number of people from 0 to 1000000");
        }
        String organiser = text("organiser", r.organiser(), true);
        String notes = text("notes", r.notes(), false);
        List<String> hashes = r.photos() == null ? List.of() : r.photos();
        if (hashes.size() > MAX_PHOTOS) {
            throw new InvalidParameter("photos", "at most " + MAX_PHOTOS + " photos");
        }
        for (String h : hashes) {
            if (h == null || !Photos.SHA256.matcher(h).matches()) {
                throw new InvalidParameter("photos", "a photo is named by the sha256 (64 lower-case hex digits) it"
                        + " was uploaded under (PUT /api/photos/{sha256})");
            }
        }
        List<String> uploaded = photos.infos(hashes).stream().map(PhotoInfo::sha256).toList();
        for (String h : hashes) {
            if (!uploaded.contains(h)) {
                throw new InvalidParameter("photos", "no photo " + h + " was uploaded: PUT /api/photos/" + h
                        + " first");
            }
        }
        return new PublicityRows.Event(id, grid, title, heldOn, kind, place, attendance, organiser, notes,
                List.copyOf(hashes));
    }

    private PublicityRows.Volunteer checked(UUID id, VolunteerRequest r) {
        String grid = grid(r.grid());
        String name = text("name", r.name(), true);
        if (name.length() > 100) {
            throw new InvalidParameter("name", "name is at most 100 characters");
        }
        String phone = r.phone() == null || r.phone().isBlank() ? null : r.phone().strip();
        if (phone != null && !PHONE.matcher(phone).matches()) {
            throw new InvalidParameter("phone", "a phone is a mobile number (11 digits, 1[3-9]…) or a landline with"
                    + " its area code (0xxx-xxxxxxx)");
        }
        LocalDate registeredOn = date("registeredOn", r.registeredOn());
        return new PublicityRows.Volunteer(id, grid, name, phone, registeredOn, r.active() == null || r.active());
    }

    private String grid(String code) {
        required("grid", code);
        if (layer.layer().find(code).isEmpty()) {
            throw new InvalidParameter("grid", "no grid " + code);
        }
        return code;
    }

    private static void readable(GridScope scope, String grid, String what, UUID id) {
        if (!scope.canRead(grid)) {
            throw new NotFound("no " + what + " " + id + " that you may see");
        }
    }

    private static void writable(GridScope scope, String grid) {
        if (!scope.canWrite(grid)) {
            throw new AccessDenied("grid " + grid + " is not one of your grids: its publicity is recorded by its"
                    + " staff and administrators");
        }
    }

    private EventView view(PublicityRows.Event e) {
        return new EventView(e.id(), e.gridCode(), gridName(e.gridCode()), e.title(), e.heldOn(), e.kind(),
                KINDS.get(e.kind()), e.place(), e.attendance(), e.organiser(), e.notes(), e.photos());
    }

    /** The phone only for those who may manage the grid's volunteers, like the phones of staff. */
    private VolunteerView view(GridScope scope, PublicityRows.Volunteer v, Map<UUID, Long> complaints) {
        return new VolunteerView(v.id(), v.gridCode(), gridName(v.gridCode()), v.name(),
                scope.canWrite(v.gridCode()) ? v.phone() : null, v.registeredOn(), v.active(),
                complaints.getOrDefault(v.id(), 0L));
    }

    private String gridName(String code) {
        return layer.layer().find(code).map(Grid::name).orElse(code);
    }

    private static <T> T required(String name, T value) {
        if (value == null) {
            throw new InvalidParameter(name, name + " is required");
        }
        return value;
    }

    private static String text(String name, String value, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                throw new InvalidParameter(name, name + " is required");
            }
            return null;
        }
        if (value.length() > MAX_TEXT) {
            throw new InvalidParameter(name, name + " is at most " + MAX_TEXT + " characters");
        }
        return value.strip();
    }

    private static LocalDate date(String name, String text) {
        try {
            return LocalDate.parse(required(name, text));
        } catch (DateTimeParseException e) {
            throw new InvalidParameter(name, name + " is a date such as 2026-06-05");
        }
    }
}
