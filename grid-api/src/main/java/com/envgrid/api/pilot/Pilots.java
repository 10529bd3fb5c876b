package com.envgrid.api.pilot;

import com.envgrid.api.access.AccessDenied;
import com.envgrid.api.audit.Audit;
import com.envgrid.api.layer.LiveGridLayer;
import com.envgrid.api.people.Staffings;
import com.envgrid.api.photo.Photos;
import com.envgrid.api.shared.Conflict;
import com.envgrid.api.shared.DistrictTime;
import com.envgrid.api.shared.InvalidParameter;
import com.envgrid.api.shared.JsonText;
import com.envgrid.api.shared.NotFound;
import com.envgrid.api.shared.Statements;
import com.envgrid.core.access.Actor;
import com.envgrid.core.access.GridScope;
import com.envgrid.core.grid.Grid;
import com.envgrid.core.grid.GridLevel;
import com.envgrid.core.pilot.CreationStage;
import com.envgrid.core.pilot.IndicatorKind;
import com.envgrid.core.pilot.Progress;
import com.envgrid.core.pilot.Target;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Rural environment pilots and eco-civilisation creation, kept in the grids: a pilot (a town, street, park,
 * community or village grid with a programme's years and targets) is set up and changed by the administrators of
 * its district and the chiefs over its grid; progress entries are recorded by the grid's staff and administrators;
 * everyone reads what lies in their grids. A pilot and a progress entry are stored once under the id their client
 * made: a retry answers with what is stored, the same id with other content is a conflict (409).
 */
@Singleton
public class Pilots {
    private static final int MAX_TEXT = 500;
    private static final int MAX_NOTE = 4000;
    private static final int MAX_ITEMS = 20;
    private static final double MAX_VALUE = 1_000_000;

    private final PilotRows rows;
    private final LiveGridLayer layer;
    private final Staffings staffings;
    private final Photos photos;
    private final Audit audit;
    private final JsonText json;
    private final DistrictTime time;
    private final Statements locks;

    Pilots(PilotRows rows, LiveGridLayer layer, Staffings staffings, Photos photos, Audit audit, JsonText json,
           DistrictTime time, Statements locks) {
        this.locks = locks;
        this.rows = rows;
        this.layer = layer;
        this.staffings = staffings;
        this.photos = photos;
        this.audit = audit;
        this.json = json;
        this.time = time;
    }

    /** A pilot set up, and whether this request set it up (false: a retry). */
    public record Created(PilotView pilot, boolean isNew) {
    }

    /** Sets up a pilot, or recognises a retry of the request, and answers with it. */
    @Transactional
    public Created create(Actor actor, Instant at, PilotRequests.PilotBody body) {
        UUID id = required("id", body.id());
        String hash = json.hash(body);
        locks.hold("pilot " + id);
        Optional<PilotRows.Row> stored = rows.byId(id);
        if (stored.isPresent()) {
            PilotRows.Row row = readable(actor.scope(), stored, id);
            if (!row.payloadHash().equals(hash)) {
                throw new Conflict("pilot " + id + " was set up already with other content");
            }
            return new Created(view(row), false);
        }
        Grid grid = pilotGrid(required("grid", body.grid()));
        writable(actor.scope(), grid.code(), "pilots are set up");
        String title = text("title", body.title(), MAX_TEXT);
        int[] years = years(body.fromYear(), body.toYear());
        List<Target> targets = targets(body.targets());
        PilotRows.Row row = new PilotRows.Row(id, hash, grid.code(), title, years[0], years[1]);
        rows.add(row, actor.person(), at);
        rows.setTargets(id, targets);
        audit.record(actor, at, "create", "pilot", id.toString(), null, summary(row, targets));
        return new Created(view(row), true);
    }

    /** Changes a pilot's title, years and targets (its grid stays); entries of a dropped indicator are kept. */
    @Transactional
    public PilotView update(Actor actor, Instant at, UUID id, PilotRequests.PilotBody body) {
        PilotRows.Row row = readable(actor.scope(), rows.byId(id), id);
        writable(actor.scope(), row.gridCode(), "pilots are changed");
        if (body.grid() != null && !body.grid().equals(row.gridCode())) {
            throw new InvalidParameter("grid", "a pilot stays in its grid " + row.gridCode()
                    + ": set up a new pilot for another grid");
        }
        String title = text("title", body.title(), MAX_TEXT);
        int[] years = years(body.fromYear(), body.toYear());
        List<Target> targets = targets(body.targets());
        Map<String, Object> before = summary(row, rows.targetsOf(id));
        rows.update(id, title, years[0], years[1]);
        rows.setTargets(id, targets);
        PilotRows.Row after = new PilotRows.Row(id, row.payloadHash(), row.gridCode(), title, years[0], years[1]);
        audit.record(actor, at, "update", "pilot", id.toString(), before, summary(after, targets));
        return view(after);
    }

    @Transactional
    public PilotView one(GridScope scope, UUID id) {
        return view(readable(scope, rows.byId(id), id));
    }

    /** The pilots in the caller's grids, by grid. */
    @Transactional
    public List<PilotView> list(GridScope scope) {
        return rows.all().stream().filter(r -> scope.canRead(r.gridCode())).map(this::view).toList();
    }

    /** Records a progress entry, or recognises a retry of it, and answers with the pilot. */
    @Transactional
    public PilotView progress(Actor actor, Instant at, UUID pilot, PilotRequests.ProgressBody body) {
        PilotRows.Row row = readable(actor.scope(), rows.byId(pilot), pilot);
        UUID id = required("id", body.id());
        if (!actor.scope().canWrite(row.gridCode())) {
            throw new AccessDenied("grid " + row.gridCode() + " is not one of your grids: progress is recorded by"
                    + " the grid's staff and administrators");
        }
        locks.hold("pilot progress " + id);
        LocalDate date = date("date", body.date(), at);
        String indicator = required("indicator", body.indicator());
        if (rows.targetsOf(pilot).stream().noneMatch(t -> t.indicator().equals(indicator))) {
            throw new InvalidParameter("indicator", "indicator is one of the pilot's targets, not " + indicator);
        }
        double value = value("value", body.value());
        String note = body.note() == null || body.note().isBlank() ? null : text("note", body.note(), MAX_NOTE);
        List<String> hashes = list("photos", body.photos());
        for (int i = 0; i < hashes.size(); i++) {
            if (!Photos.SHA256.matcher(hashes.get(i)).matches()) {
                throw new InvalidParameter("photos[" + i + "]", "a photo is named by its sha256: 64 lowercase hex");
            }
        }
        if (photos.infos(hashes).size() != new HashSet<>(hashes).size()) {
            throw new InvalidParameter("photos", "a photo is uploaded through PUT /api/photos/{sha256} first");
        }
        List<String> documents = list("documents", body.documents()).stream()
                .map(d -> text("documents", d, MAX_TEXT)).toList();
        var entry = new PilotRows.ProgressRow(id, pilot, date, indicator, value, note, hashes, documents,
                actor.person(), at);
        Optional<PilotRows.ProgressRow> stored = rows.progressById(id);
        if (stored.isPresent()) {
            if (!same(stored.get(), entry)) {
                throw new Conflict("progress entry " + id + " was recorded already with other content");
            }
            return view(row);
        }
        rows.addProgress(entry);
        audit.record(actor, at, "progress", "pilot", pilot.toString(), null, Map.of("entry", id.toString(),
                "date", date.toString(), "indicator", indicator, "value", value));
        return view(row);
    }

    /** The creations in the caller's grids, by grid. */
    @Transactional
    public List<CreationView> creations(GridScope scope) {
        Map<String, List<PilotRows.StageRow>> byGrid = new LinkedHashMap<>();
        rows.stages().stream().filter(s -> scope.canRead(s.gridCode()))
                .forEach(s -> byGrid.computeIfAbsent(s.gridCode(), g -> new ArrayList<>()).add(s));
        return byGrid.values().stream().map(this::creation).toList();
    }

    /**
     * Records that a grid reached a stage of its creation. Forward only: a stage before or at the grid's stage is a
     * conflict, except the same stage with the same date and note, which is a retry and changes nothing.
     */
    @Transactional
    public CreationView reach(Actor actor, Instant at, String gridCode, PilotRequests.StageBody body) {
        Grid grid = layer.layer().find(gridCode).orElseThrow(() -> new NotFound("no grid " + gridCode));
        pilotGrid(grid.code());
        writable(actor.scope(), grid.code(), "creation stages are recorded");
        CreationStage stage = CreationStage.of(required("stage", body.stage())).orElseThrow(() ->
                new InvalidParameter("stage", "stage is one of " + CreationStage.keys()));
        LocalDate date = date("date", body.date(), at);
        String note = body.note() == null || body.note().isBlank() ? null : text("note", body.note(), MAX_NOTE);
        locks.hold("creation " + grid.code());
        List<PilotRows.StageRow> reached = rows.stages().stream().filter(s -> s.gridCode().equals(grid.code()))
                .toList();
        Optional<PilotRows.StageRow> same = reached.stream().filter(s -> s.stage().equals(stage.key())).findFirst();
        if (same.isPresent() && same.get().reachedOn().equals(date) && Objects.equals(same.get().note(), note)) {
            return creation(reached);
        }
        CreationStage current = reached.isEmpty() ? null
                : CreationStage.of(reached.get(reached.size() - 1).stage()).orElseThrow();
        if (!stage.mayFollow(current)) {
            throw new Conflict("grid " + grid.code() + " is at " + current.chineseName() + " already: a creation"
                    + " moves forward only, to a stage after it");
        }
        if (!reached.isEmpty() && date.isBefore(reached.get(reached.size() - 1).reachedOn())) {
            throw new InvalidParameter("date", "date is not before the date of the stage before, "
                    + reached.get(reached.size() - 1).reachedOn());
        }
        var row = new PilotRows.StageRow(grid.code(), stage.key(), date, note);
        rows.addStage(row, actor.person(), at);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("stage", stage.key());
        after.put("date", date.toString());
        after.put("note", note);
        audit.record(actor, at, "stage", "eco_creation", grid.code(),
                current == null ? null : Map.of("stage", current.key()), after);
        List<PilotRows.StageRow> now = new ArrayList<>(reached);
        now.add(row);
        return creation(now);
    }

    private static boolean same(PilotRows.ProgressRow a, PilotRows.ProgressRow b) {
        return a.pilotId().equals(b.pilotId()) && a.date().equals(b.date()) && a.indicator().equals(b.indicator())
                && a.value() == b.value() && Objects.equals(a.note(), b.note()) && a.photos().equals(b.photos())
                && a.documents().equals(b.documents());
    }

    private CreationView creation(List<PilotRows.StageRow> reached) {
        PilotRows.StageRow last = reached.get(reached.size() - 1);
        CreationStage stage = CreationStage.of(last.stage()).orElseThrow();
        Optional<Grid> grid = layer.layer().find(last.gridCode());
        return new CreationView(last.gridCode(), grid.map(Grid::name).orElse(last.gridCode()),
                grid.map(g -> g.level().name().toLowerCase()).orElse(null), stage.key(), stage.chineseName(),
                stage.ordinal(), reached.stream().map(s -> {
                    CreationStage st = CreationStage.of(s.stage()).orElseThrow();
                    return new CreationView.Reached(st.key(), st.chineseName(), s.reachedOn(), s.note());
                }).toList());
    }

    private PilotView view(PilotRows.Row r) {
        List<Target> targets = rows.targetsOf(r.id());
        List<PilotRows.ProgressRow> entries = rows.progressOf(r.id());
        Progress.Summary summary = Progress.of(targets, entries.stream()
                .map(e -> new Progress.Entry(e.date(), e.indicator(), e.value())).toList());
        Set<Long> people = new HashSet<>();
        entries.forEach(e -> people.add(e.recordedBy()));
        Map<Long, String> names = staffings.namesOf(people);
        Optional<Grid> grid = layer.layer().find(r.gridCode());
        return new PilotView(r.id(), r.gridCode(), grid.map(Grid::name).orElse(r.gridCode()),
                grid.map(g -> g.level().name().toLowerCase()).orElse(null), r.title(), r.fromYear(), r.toYear(),
                summary.standings().stream().map(s -> new PilotView.TargetView(s.target().indicator(),
                        s.target().unit(), s.target().kind().key(), s.target().target(), s.reached(), s.met()))
                        .toList(),
                summary.met(), summary.share(),
                entries.stream().map(e -> new PilotView.Entry(e.id(), e.date(), e.indicator(), e.value(), e.note(),
                        e.photos(), e.documents(), e.recordedBy(), names.get(e.recordedBy()), e.recordedAt()))
                        .toList());
    }

    private static Map<String, Object> summary(PilotRows.Row r, List<Target> targets) {
        return Map.of("grid", r.gridCode(), "title", r.title(), "fromYear", r.fromYear(), "toYear", r.toYear(),
                "targets", targets.stream().map(t -> t.indicator() + " " + t.target() + t.unit()).toList());
    }

    /** The grid of a pilot or a creation: a town, street or park, or a community or village. */
    private Grid pilotGrid(String code) {
        Grid grid = layer.layer().find(code).orElseThrow(() -> new InvalidParameter("grid", "no grid " + code));
        if (grid.level() == GridLevel.DISTRICT || grid.level() == GridLevel.CELL) {
            throw new InvalidParameter("grid", "grid " + code + " is a " + grid.level().chineseName()
                    + ": pilots and creations are of towns, streets, parks, communities and villages");
        }
        return grid;
    }

    private static void writable(GridScope scope, String grid, String what) {
        if (!scope.canWrite(grid)) {
            throw new AccessDenied("grid " + grid + " is not one of your grids: " + what + " by the administrators"
                    + " of the district and the chiefs over the grid");
        }
    }

    private static PilotRows.Row readable(GridScope scope, Optional<PilotRows.Row> row, UUID id) {
        return row.filter(r -> scope.canRead(r.gridCode()))
                .orElseThrow(() -> new NotFound("no pilot " + id + " that you may see"));
    }

    private static int[] years(Integer from, Integer to) {
        int f = year("fromYear", required("fromYear", from));
        int t = year("toYear", required("toYear", to));
        if (t < f) {
            throw new InvalidParameter("toYear", "toYear is not before fromYear");
        }
        return new int[] {f, t};
    }

    private static int year(String name, int year) {
        if (year < 2000 || year > 2100) {
            throw new InvalidParameter(name, name + " is a year between 2000 and 2100, not " + year);
        }
        return year;
    }

    private static List<Target> targets(List<PilotRequests.TargetBody> bodies) {
        List<PilotRequests.TargetBody> list = list("targets", bodies);
        if (list.isEmpty()) {
            throw new InvalidParameter("targets", "a pilot has at least one target");
        }
        List<Target> targets = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            String at = "targets[" + i + "]";
            PilotRequests.TargetBody b = required(at, list.get(i));
            String indicator = text(at + ".indicator", b.indicator(), MAX_TEXT);
            if (!seen.add(indicator)) {
                throw new InvalidParameter(at + ".indicator", "indicator " + indicator + " is a target twice");
            }
            IndicatorKind kind = IndicatorKind.of(required(at + ".kind", b.kind())).orElseThrow(() ->
                    new InvalidParameter(at + ".kind", "kind is rate (the latest entry counts) or count (entries"
                            + " are summed)"));
            double target = value(at + ".target", b.target());
            if (kind == IndicatorKind.RATE && target > 100) {
                throw new InvalidParameter(at + ".target", "a rate's target is a share in per cent, at most 100");
            }
            targets.add(new Target(indicator, text(at + ".unit", b.unit(), 20), kind, target));
        }
        return targets;
    }

    private static <T> List<T> list(String name, List<T> items) {
        if (items == null) {
            return List.of();
        }
        if (items.size() > MAX_ITEMS) {
            throw new InvalidParameter(name, name + " holds at most " + MAX_ITEMS + " items");
        }
        for (int i = 0; i < items.size(); i++) {
            required(name + "[" + i + "]", items.get(i));
        }
        return items;
    }

    private static double value(String name, Double value) {
        double v = required(name, value);
        if (!(v >= 0 && v <= MAX_VALUE)) {
            throw new InvalidParameter(name, name + " is a number from 0 to " + (long) MAX_VALUE);
        }
        return v;
    }

    private LocalDate date(String name, String text, Instant at) {
        LocalDate date;
        try {
            date = LocalDate.parse(required(name, text));
        } catch (DateTimeParseException e) {
            throw new InvalidParameter(name, name + " is a date such as 2026-11-30");
        }
        if (date.isAfter(time.dateOf(at))) {
            throw new InvalidParameter(name, name + " is not in the future");
        }
        return date;
    }

    private static <T> T required(String name, T value) {
        if (value == null) {
            throw new InvalidParameter(name, name + " is required");
        }
        return value;
    }

    private static String text(String name, String value, int max) {
        if (value == null || value.isBlank()) {
            throw new InvalidParameter(name, name + " is required");
        }
        if (value.length() > max) {
            throw new InvalidParameter(name, name + " is at most " + max + " characters");
        }
        return value.strip();
    }
}
