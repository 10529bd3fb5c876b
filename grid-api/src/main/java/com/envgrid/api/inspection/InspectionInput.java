package com.envgrid.api.inspection;

import com.envgrid.api.duty.Duties;
import com.envgrid.api.layer.LiveGridLayer;
import com.envgrid.api.photo.PhotoInfo;
import com.envgrid.api.photo.PhotoSettings;
import com.envgrid.api.photo.Photos;
import com.envgrid.api.shared.TooLarge;
import com.envgrid.api.source.SupervisedObjects;
import com.envgrid.core.access.Actor;
import com.envgrid.core.duty.DutyPurpose;
import com.envgrid.core.duty.TargetKind;
import com.envgrid.core.input.InputCode;
import com.envgrid.core.input.InputProblem;
import com.envgrid.core.input.InvalidInput;
import com.envgrid.core.inspection.Checklists;
import com.envgrid.core.inspection.Finding;
import com.envgrid.core.inspection.FindingCategory;
import com.envgrid.core.inspection.FixCrs;
import com.envgrid.core.inspection.Inspection;
import com.envgrid.core.inspection.InspectionCode;
import com.envgrid.core.inspection.InspectionStore;
import com.envgrid.core.inspection.LocationCheck;
import com.envgrid.core.inspection.LocationSettings;
import com.envgrid.core.inspection.LocationVerdict;
import com.envgrid.core.inspection.Severity;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * An inspection record as a phone sent it, read once into what the {@link Inspection} aggregate records: every field
 * checked, every problem reported with its pointer, what it refers to (its duty, its target, its photos, the record it
 * corrects) looked up once, and the verdict on where it was made ({@link LocationVerdict}).
 */
@Singleton
class InspectionInput {
    static final int MAX_FINDINGS = 50;

    private final InspectionStore store;
    private final Photos photos;
    private final Duties duties;
    private final SupervisedObjects objects;
    private final LiveGridLayer layer;
    private final LocationSettings location;
    private final long maxRecordBytes;
    private final ChecklistSupplements supplements;

    InspectionInput(InspectionStore store, Photos photos, Duties duties, SupervisedObjects objects, LiveGridLayer layer,
                    InspectionSettings settings, PhotoSettings photoSettings, ChecklistSupplements supplements) {
        this.store = store;
        this.photos = photos;
        this.duties = duties;
        this.objects = objects;
        this.layer = layer;
        this.location = settings.location();
        this.maxRecordBytes = photoSettings.maxRecordBytes();
        this.supplements = supplements;
    }

    /** What a record says, read once field by field, the record it corrects, and its photos in its order. */
    record Read(Inspection.Draft draft, Inspection corrected, List<PhotoInfo> photos) {
    }

    /** What a record is of: its duty's target or the one it names, in its grid; the source when it is one. */
    private record Target(TargetKind kind, String code, String grid, Optional<SupervisedObjects.Source> source,
                          DutyPurpose purpose) {
    }

    /** The request checked field by field, every problem with its pointer, and what it refers to looked up once. */
    Read read(Actor actor, Instant at, InspectionRequest request) {
        List<InputProblem> problems = new ArrayList<>();
        Target target = target(request, problems);
        Instant inspectedAt = request.inspectedAt() == null ? null : request.inspectedAt().toInstant();
        if (inspectedAt == null) {
            problems.add(new InputProblem("/inspected_at", "when the inspection was made is needed (ISO-8601 with offset)",
                    InputCode.REQUIRED, Map.of("expected", "date_time")));
        } else if (inspectedAt.isAfter(at.plus(Duration.ofMinutes(10)))) {
            problems.add(new InputProblem("/inspected_at", "the inspection time " + request.inspectedAt() + " is in the future",
                    InspectionCode.IN_FUTURE, Map.of()));
        }
        FixCrs crs = fixCrs(request.fix(), problems);
        Map<String, Boolean> checklist = request.checklist() == null ? Map.of() : new TreeMap<>(request.checklist());
        if (target != null && problems.isEmpty()) {
            uncheckedKey(target, checklist.keySet()).ifPresent(key -> problems.add(new InputProblem(
                    "/checklist/" + key, "\"" + key + "\" is not on this target's checklist")));
        }
        List<Finding> findings = findings(request.findings(), problems);
        List<String> photoHashes = request.photos() == null ? List.of() : request.photos();
        List<PhotoInfo> photoInfos = checkPhotos(photoHashes, actor.person(), problems);
        Optional<Inspection> corrected = request.corrects() == null ? Optional.empty()
                : store.byId(request.corrects()).map(InspectionStore.Stored::inspection)
                .filter(c -> actor.scope().canRead(c.gridCode()));
        if (request.corrects() != null && corrected.isEmpty()) {
            problems.add(new InputProblem("/corrects", "no inspection " + request.corrects() + " to correct"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput("the inspection record cannot be accepted as sent", problems);
        }
        var fix = request.fix();
        // PostgreSQL keeps microseconds: the record as answered is the record as stored
        inspectedAt = inspectedAt.truncatedTo(ChronoUnit.MICROS);
        double[] wgs84 = crs.toWgs84(fix.lon(), fix.lat());
        var inspectedFix = new Inspection.Fix(wgs84[0], wgs84[1], fix.accuracyM(), crs, fix.lon(), fix.lat());
        return new Read(new Inspection.Draft(request.dutyId(), target.purpose, target.kind, target.code, target.grid,
                inspectedAt, inspectedFix, checklist, findings, request.notes(), photoHashes,
                verdict(target, inspectedFix)),
                corrected.orElse(null), photoInfos);
    }

    /**
     * The first answered key not on the target's checklist. A source's supplements (hazardous waste, radiation) only
     * add items, and asking for them takes several lookups: they are asked for only when a key is not on the
     * source's own list.
     */
    private Optional<String> uncheckedKey(Target target, Set<String> keys) {
        String sourceKind = target.source.map(SupervisedObjects.Source::kind).orElse(null);
        return Checklists.unknownKey(target.kind, sourceKind, Set.of(), keys)
                .flatMap(key -> target.source.isEmpty() ? Optional.of(key)
                        : Checklists.unknownKey(target.kind, sourceKind, supplements.of(target.source.get().code()),
                        keys));
    }

    /** The target of the record's duty, or the one it names looked up in the directory; null with a problem if none. */
    private Target target(InspectionRequest request, List<InputProblem> problems) {
        if (request.dutyId() != null) {
            var duty = duties.find(request.dutyId());
            if (duty.isEmpty()) {
                problems.add(new InputProblem("/duty_id", "no duty " + request.dutyId()));
                return null;
            }
            var d = duty.get();
            return new Target(d.targetKind(), d.targetCode(), d.gridCode(), source(d.targetKind(), d.targetCode()),
                    d.purpose());
        }
        var named = request.target();
        if (named == null || named.kind() == null || named.code() == null) {
            problems.add(new InputProblem("/target", "an ad hoc inspection names its target: {kind, code, grid}"));
            return null;
        }
        String code = named.code();
        TargetKind kind = switch (named.kind()) {
            case "source" -> TargetKind.SOURCE;
            case "grid_patrol" -> TargetKind.GRID_PATROL;
            case "river_patrol" -> TargetKind.RIVER_PATROL;
            default -> null;
        };
        if (kind == null) {
            problems.add(new InputProblem("/target/kind", "kind is source, grid_patrol or river_patrol"));
            return null;
        }
        var source = source(kind, code);
        String grid = switch (kind) {
            case SOURCE -> source.map(SupervisedObjects.Source::gridCode).orElse(null);
            case GRID_PATROL -> layer.layer().find(code).map(g -> g.code()).orElse(null);
            case RIVER_PATROL -> named.grid() != null && objects.gridsOfRiver(code).contains(named.grid())
                    ? named.grid() : null;
        };
        if (grid == null) {
            problems.add(new InputProblem("/target/code", "no " + named.kind() + " " + code
                    + (kind == TargetKind.RIVER_PATROL ? " crossing grid " + named.grid() : " in the directory")));
            return null;
        }
        return new Target(kind, code, grid, source, null);
    }

    private Optional<SupervisedObjects.Source> source(TargetKind kind, String code) {
        return kind == TargetKind.SOURCE ? objects.source(code) : Optional.empty();
    }

    /** The fix's CRS, wgs84 unless given, once its position and accuracy are checked. */
    private static FixCrs fixCrs(InspectionRequest.Fix fix, List<InputProblem> problems) {
        if (fix == null || fix.lon() == null || fix.lat() == null || fix.accuracyM() == null) {
            problems.add(new InputProblem("/fix", "the GPS fix needs lon, lat and accuracy_m"));
            return FixCrs.WGS84;
        }
        // "NaN" and "Infinity" arrive as numbers from JSON strings; no comparison would refuse them
        if (!Double.isFinite(fix.lon()) || !Double.isFinite(fix.lat()) || Math.abs(fix.lon()) > 180
                || Math.abs(fix.lat()) > 90) {
            problems.add(new InputProblem("/fix", "lon within ±180 and lat within ±90, got " + fix.lon() + ", " + fix.lat()));
        }
        if (!Double.isFinite(fix.accuracyM()) || fix.accuracyM() < 0 || fix.accuracyM() > 10_000) {
            problems.add(new InputProblem("/fix/accuracy_m", "accuracy is 0 to 10,000 metres"));
        }
        if (fix.crs() == null) {
            return FixCrs.WGS84;
        }
        var parsed = FixCrs.parse(fix.crs());
        if (parsed.isEmpty()) {
            problems.add(new InputProblem("/fix/crs", "crs is " + FixCrs.accepted()));
        }
        return parsed.orElse(FixCrs.WGS84);
    }

    private static List<Finding> findings(List<InspectionRequest.Finding> given, List<InputProblem> problems) {
        if (given == null) {
            return List.of();
        }
        if (given.size() > MAX_FINDINGS) {
            // each finding opens a case: a record with thousands would flood the grid's queue
            problems.add(new InputProblem("/findings", "at most " + MAX_FINDINGS + " findings in one record, got "
                    + given.size() + "; record more as further inspections", InputCode.TOO_LONG,
                    Map.of("limit", MAX_FINDINGS, "length", given.size())));
            return List.of();
        }
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            var f = given.get(i);
            var category = FindingCategory.parse(f.category());
            var severity = Severity.parse(f.severity());
            if (category.isEmpty()) {
                problems.add(new InputProblem("/findings/" + i + "/category", "category is " + FindingCategory.accepted(),
                        InputCode.NOT_ONE_OF, Map.of("accepted", FindingCategory.accepted())));
            }
            if (severity.isEmpty()) {
                problems.add(new InputProblem("/findings/" + i + "/severity", "severity is " + Severity.accepted(),
                        InputCode.NOT_ONE_OF, Map.of("accepted", Severity.accepted())));
            }
            String description = f.description() == null ? "" : f.description().trim();
            if (description.length() > 2000) {
                problems.add(new InputProblem("/findings/" + i + "/description", "at most 2,000 characters",
                        InputCode.TOO_LONG, Map.of("limit", 2000)));
            }
            if (category.isPresent() && severity.isPresent()) {
                findings.add(new Finding(category.get(), severity.get(), description));
            }
        }
        return findings;
    }

    /**
     * A record names only photos its author uploaded, together within the record's size limit; those found, in the
     * record's order.
     */
    private List<PhotoInfo> checkPhotos(List<String> hashes, long inspectorId, List<InputProblem> problems) {
        if (hashes.isEmpty()) {
            return List.of();
        }
        var known = photos.sentBy(hashes, inspectorId);
        long total = known.stream().mapToLong(PhotoInfo::sizeBytes).sum();
        for (int i = 0; i < hashes.size(); i++) {
            String hash = hashes.get(i);
            if (known.stream().noneMatch(p -> p.sha256().equals(hash))) {
                problems.add(new InputProblem("/photos/" + i, "no photo " + hash + " sent by you: a record names"
                        + " only photos its author uploaded with PUT /api/photos/{sha256}"));
            }
        }
        if (total > maxRecordBytes) {
            throw new TooLarge("the record's photos have " + total + " bytes; at most " + maxRecordBytes);
        }
        return Photos.inOrder(hashes, known);
    }

    /** The fix against the grid (buffered by the accuracy) and against the target itself; the worse verdict wins. */
    private LocationCheck.Verdict verdict(Target target, Inspection.Fix fix) {
        double lon = fix.lon();
        double lat = fix.lat();
        double accuracy = fix.accuracyM();
        var inGrid = LocationCheck.againstGrid(layer.layer().effectiveGeometry(target.grid), lon, lat, accuracy,
                location.minGridToleranceM());
        LocationCheck.Verdict atTarget = switch (target.kind) {
            case SOURCE -> target.source.map(s -> LocationCheck.againstPoint(s.lon(), s.lat(), lon, lat, accuracy,
                    location.pointSourceM())).orElse(inGrid);
            case RIVER_PATROL -> objects.course(target.code).map(c -> LocationCheck.againstLine(c, lon, lat, accuracy,
                    location.riverM())).orElse(inGrid);
            case GRID_PATROL -> inGrid;
        };
        return LocationVerdict.worseOf(inGrid, atTarget);
    }
}
