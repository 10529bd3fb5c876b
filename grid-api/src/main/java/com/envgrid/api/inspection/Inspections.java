package com.envgrid.api.inspection;

import com.envgrid.api.shared.DistrictTime;
import com.envgrid.api.shared.TooLarge;
import com.envgrid.api.audit.Audit;
import com.envgrid.api.layer.LiveGridLayer;
import com.envgrid.api.access.AccessDenied;
import com.envgrid.api.access.AccessScopes;
import com.envgrid.api.problem.Cases;
import com.envgrid.api.shared.Conflict;
import com.envgrid.api.shared.NotFound;
import com.envgrid.api.source.SupervisedObjects;
import com.envgrid.core.access.GridScope;
import com.envgrid.core.duty.TargetKind;
import com.envgrid.core.inspection.Checklists;
import com.envgrid.core.inspection.CountsAsInspected;
import com.envgrid.core.inspection.FindingCategory;
import com.envgrid.core.inspection.FixCrs;
import com.envgrid.core.inspection.Gcj02;
import com.envgrid.core.inspection.LocationCheck;
import com.envgrid.core.inspection.LocationSettings;
import com.envgrid.core.inspection.Severity;
import com.envgrid.core.input.InputProblem;
import com.envgrid.core.input.InvalidInput;
import io.micronaut.context.annotation.Value;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Field inspections. A record is stored once under the id its phone made: a retry — after a timeout, twice at once,
 * a day later — gets the original answer and stores nothing; the same id with different content is a conflict.
 * Where the fix was made is checked against the grid and the target, allowing for its accuracy; a mismatch is
 * stored, flagged for review, never dropped. A duty is done when one of its records counts as inspected
 * ({@link CountsAsInspected}: plausible, or accepted on review, and not corrected). Findings open
 * problem cases. Records are never edited: a correction is a new record that names the one it corrects.
 */
@Singleton
public class Inspections {
    static final int MAX_FINDINGS = 50;
    private static final Duration EXIF_TIME_TOLERANCE = Duration.ofHours(1);
    private static final double EXIF_DISTANCE_TOLERANCE_M = 500;

    private final InspectionRows rows;
    private final PhotoRows photos;
    private final SupervisedObjects objects;
    private final LiveGridLayer layer;
    private final AccessScopes scopes;
    private final Cases cases;
    private final Audit audit;
    private final JsonMapper json;
    private final Clock clock;
    private final DistrictTime time;
    private final LocationSettings location;
    private final long maxRecordBytes;

    Inspections(InspectionRows rows, PhotoRows photos, SupervisedObjects objects, LiveGridLayer layer,
                AccessScopes scopes, Cases cases, Audit audit, JsonMapper json, Clock clock, DistrictTime time,
                @Value("${envgrid.inspections.min-grid-tolerance-m:50}") double minGridToleranceM,
                @Value("${envgrid.inspections.point-source-m:200}") double pointSourceM,
                @Value("${envgrid.inspections.river-m:100}") double riverM,
                @Value("${envgrid.photos.max-record-bytes:31457280}") long maxRecordBytes) {
        this.rows = rows;
        this.photos = photos;
        this.objects = objects;
        this.layer = layer;
        this.scopes = scopes;
        this.cases = cases;
        this.audit = audit;
        this.json = json;
        this.clock = clock;
        this.time = time;
        this.location = new LocationSettings(minGridToleranceM, pointSourceM, riverM);
        this.maxRecordBytes = maxRecordBytes;
    }

    /**
     * Stores a record (or recognises a retry of one) and answers with the stored record. An id the caller may not
     * see is unknown to them, whatever the content: neither its record nor whether it exists is given away.
     */
    public InspectionView submit(UUID id, InspectionRequest request, long inspectorId) {
        String payloadHash = Photos.sha256(write(request).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        GridScope scope = scopes.current();
        Optional<InspectionRow> stored = rows.findById(id);
        if (stored.isPresent()) {
            return replay(stored.get(), payloadHash, scope);
        }
        Resolved r = resolve(request, inspectorId, scope);
        if (!scope.canWrite(r.gridCode)) {
            throw new AccessDenied("grid " + r.gridCode + " is not one of your grids: inspections are recorded only"
                    + " in the grids you supervise");
        }
        return store(id, payloadHash, inspectorId, request, r, scope);
    }

    @Transactional
    InspectionView store(UUID id, String payloadHash, long inspectorId, InspectionRequest request, Resolved r,
                         GridScope scope) {
        Instant now = clock.instant();
        int inserted = rows.insertIfNew(id, payloadHash, inspectorId, request.dutyId(), r.kind, r.targetCode,
                r.gridCode, r.inspectedAt, r.lon, r.lat, r.crs.name().toLowerCase(Locale.ROOT),
                request.fix().lon(), request.fix().lat(), request.fix().accuracyM(), write(r.checklist),
                write(r.findings), request.notes(), r.verdict.plausible(), r.verdict.distanceM(), r.verdict.reason(),
                request.corrects(), now);
        if (inserted == 0) {
            // a concurrent copy of this submission got in first: answer as it was answered
            return replay(rows.findById(id).orElseThrow(), payloadHash, scope);
        }
        for (int i = 0; i < r.photos.size(); i++) {
            photos.link(id, i, r.photos.get(i));
        }
        InspectionRow row = rows.findById(id).orElseThrow();
        cases.openFor(id, inspectorId, r.gridCode, r.kind, r.targetCode, r.findings.stream()
                .map(f -> new Cases.Finding(f.get("category"), f.get("severity"), f.get("description"))).toList());
        if (request.dutyId() != null) {
            settleDuty(request.dutyId());
        }
        if (request.corrects() != null) {
            // the correction stands in the corrected record's place, which may have settled another duty
            rows.findById(request.corrects()).map(InspectionRow::dutyId)
                    .filter(duty -> !duty.equals(request.dutyId())).ifPresent(this::settleDuty);
        }
        audit.record("record", "inspection", id.toString(), null, Map.of("grid", r.gridCode, "target", r.targetCode,
                "plausible", r.verdict.plausible(), "findings", r.findings.size()));
        return view(row);
    }

    /**
     * A chief's or administrator's decision on a record flagged for where it was made: accepted, it counts as
     * inspected like a plausible one and completes its duty (unless a correction stands in its place); rejected, it
     * does not. Decided once; the record is not changed.
     */
    @Transactional
    InspectionView review(UUID id, boolean accept, String reason, long reviewerId) {
        GridScope scope = scopes.current();
        InspectionRow row = rows.findById(id).filter(r -> scope.canRead(r.gridCode()))
                .orElseThrow(() -> new NotFound("no inspection " + id + " that you may see"));
        if (!scope.canWrite(row.gridCode())) {
            throw new AccessDenied("inspection " + id + " is in grid " + row.gridCode() + ", outside what you may review");
        }
        if (row.locationPlausible()) {
            throw new Conflict("inspection " + id + " was not flagged: there is nothing to review");
        }
        if (reason == null || reason.isBlank()) {
            throw new InvalidInput("a review needs a reason", List.of(new InputProblem("/reason",
                    "say why the location is accepted or not")));
        }
        if (rows.review(id, accept, reviewerId, reason.trim(), clock.instant()) == 0) {
            throw new Conflict("inspection " + id + " has been reviewed already");
        }
        if (row.dutyId() != null) {
            settleDuty(row.dutyId());
        }
        audit.record(accept ? "accept_location" : "reject_location", "inspection", id.toString(), null,
                Map.of("reason", reason.trim()));
        return view(row);
    }

    /**
     * A duty is done when one of its records counts as inspected ({@link CountsAsInspected}), at the earliest such
     * record's time; open when none does — as when the only plausible record is corrected by a flagged one.
     */
    private void settleDuty(long dutyId) {
        rows.lockDuty(dutyId);
        rows.settleDuty(dutyId, rows.standingsOfDuty(dutyId).stream().filter(InspectionRows.Standing::countsAsInspected)
                .map(InspectionRows.Standing::inspectedAt).min(Comparator.naturalOrder()).orElse(null));
    }

    /** Per inspector: records in a time range and how many were flagged — a figure of the quarterly review. */
    List<InspectionRows.FlagCount> flagCounts(Instant from, Instant to) {
        return rows.flagCounts(from, to);
    }

    private InspectionView replay(InspectionRow row, String payloadHash, GridScope scope) {
        if (!scope.canRead(row.gridCode())) {
            throw new NotFound("no inspection " + row.id() + " that you may see");
        }
        if (!row.payloadHash().equals(payloadHash)) {
            throw new Conflict("inspection " + row.id() + " exists with different content: a correction is a new"
                    + " record with its own id that names this one in \"corrects\"");
        }
        return view(row);
    }

    InspectionView one(UUID id) {
        InspectionRow row = rows.findById(id).orElseThrow(() -> new NotFound("no inspection " + id));
        if (!scopes.current().canRead(row.gridCode())) {
            throw new NotFound("no inspection " + id + " that you may see");
        }
        return view(row);
    }

    List<InspectionView> between(String grid, Instant from, Instant to) {
        var scope = scopes.current();
        return rows.findBetween(grid, from, to).stream().filter(r -> scope.canRead(r.gridCode())).map(this::view).toList();
    }

    /** The record as answered: built from what is stored only, so every retry gets the same answer. */
    private InspectionView view(InspectionRow row) {
        List<InspectionView.Photo> photoViews = photos.findOfInspection(row.id()).stream()
                .map(p -> new InspectionView.Photo(p.sha256(), p.mediaType(), p.sizeBytes(), p.exifTime(), p.exifLon(),
                        p.exifLat(), exifCheck(p, row, time.zone())))
                .toList();
        return new InspectionView(row.id(), row.inspectorId(), row.dutyId(), row.targetKind(), row.targetCode(),
                row.gridCode(), row.inspectedAt(),
                new InspectionView.Fix(row.fixLon(), row.fixLat(), row.accuracyM(), row.fixCrs(), row.sentLon(), row.sentLat()),
                new InspectionView.Location(row.locationPlausible(), !row.locationPlausible(), row.locationDistanceM(),
                        row.locationReason()),
                tree(row.checklist()), tree(row.findings()), row.notes(), photoViews, cases.idsFor(row.id()),
                row.corrects(), row.receivedAt());
    }

    /** How a photo's EXIF compares with the record: null when it agrees or has no EXIF. */
    private static String exifCheck(PhotoRows.PhotoInfo p, InspectionRow row, java.time.ZoneId zone) {
        List<String> doubts = new ArrayList<>();
        if (p.exifTime() != null) {
            // the camera's wall clock is the district's
            Instant taken = p.exifTime().atZone(zone).toInstant();
            Duration apart = Duration.between(taken, row.inspectedAt()).abs();
            if (apart.compareTo(EXIF_TIME_TOLERANCE) > 0) {
                doubts.add("taken " + apart.toMinutes() + " min away from the inspection time");
            }
        }
        if (p.exifLon() != null && p.exifLat() != null) {
            double metres = LocationCheck.againstPoint(p.exifLon(), p.exifLat(), row.fixLon(), row.fixLat(), 0, 0).distanceM();
            if (metres > EXIF_DISTANCE_TOLERANCE_M) {
                doubts.add(String.format(Locale.ROOT, "taken %.0f m from the fix", metres));
            }
        }
        return doubts.isEmpty() ? null : String.join("; ", doubts);
    }

    /** The request checked field by field, every problem with its pointer, and what it refers to looked up. */
    record Resolved(String kind, String targetCode, String gridCode, Instant inspectedAt, double lon, double lat,
                    FixCrs crs, Map<String, Boolean> checklist, List<Map<String, String>> findings, List<String> photos,
                    LocationCheck.Verdict verdict) {
    }

    private Resolved resolve(InspectionRequest request, long inspectorId, GridScope scope) {
        List<InputProblem> problems = new ArrayList<>();
        String kind = null;
        String code = null;
        String grid = null;
        String sourceKind = null;
        if (request.dutyId() != null) {
            var duty = rows.findDuty(request.dutyId());
            if (duty.isEmpty()) {
                problems.add(new InputProblem("/duty_id", "no duty " + request.dutyId()));
            } else {
                kind = duty.get().targetKind();
                code = duty.get().targetCode();
                grid = duty.get().gridCode();
            }
        } else if (request.target() == null || request.target().kind() == null || request.target().code() == null) {
            problems.add(new InputProblem("/target", "an ad hoc inspection names its target: {kind, code, grid}"));
        } else {
            kind = request.target().kind();
            code = request.target().code();
            switch (kind) {
                case "source" -> grid = objects.source(code).map(SupervisedObjects.Source::gridCode).orElse(null);
                case "grid_patrol" -> grid = layer.layer().find(code).map(g -> g.code()).orElse(null);
                case "river_patrol" -> grid = request.target().grid() != null
                        && objects.gridsOfRiver(code).contains(request.target().grid()) ? request.target().grid() : null;
                default -> problems.add(new InputProblem("/target/kind", "kind is source, grid_patrol or river_patrol"));
            }
            if (grid == null && problems.isEmpty()) {
                problems.add(new InputProblem("/target/code", "no " + kind + " " + code
                        + (kind.equals("river_patrol") ? " crossing grid " + request.target().grid() : " in the directory")));
            }
        }
        if (kind != null && kind.equals("source") && code != null) {
            sourceKind = objects.source(code).map(SupervisedObjects.Source::kind).orElse(null);
        }
        Instant inspectedAt = request.inspectedAt() == null ? null : request.inspectedAt().toInstant();
        if (inspectedAt == null) {
            problems.add(new InputProblem("/inspected_at", "when the inspection was made is needed (ISO-8601 with offset)"));
        } else if (inspectedAt.isAfter(clock.instant().plus(Duration.ofMinutes(10)))) {
            problems.add(new InputProblem("/inspected_at", "the inspection time " + request.inspectedAt() + " is in the future"));
        }
        var fix = request.fix();
        FixCrs crs = FixCrs.WGS84;
        if (fix == null || fix.lon() == null || fix.lat() == null || fix.accuracyM() == null) {
            problems.add(new InputProblem("/fix", "the GPS fix needs lon, lat and accuracy_m"));
        } else {
            // "NaN" and "Infinity" arrive as numbers from JSON strings; no comparison would refuse them
            if (!Double.isFinite(fix.lon()) || !Double.isFinite(fix.lat()) || Math.abs(fix.lon()) > 180
                    || Math.abs(fix.lat()) > 90) {
                problems.add(new InputProblem("/fix", "lon within ±180 and lat within ±90, got " + fix.lon() + ", " + fix.lat()));
            }
            if (!Double.isFinite(fix.accuracyM()) || fix.accuracyM() < 0 || fix.accuracyM() > 10_000) {
                problems.add(new InputProblem("/fix/accuracy_m", "accuracy is 0 to 10,000 metres"));
            }
            if (fix.crs() != null) {
                var parsed = FixCrs.parse(fix.crs());
                if (parsed.isEmpty()) {
                    problems.add(new InputProblem("/fix/crs", "crs is " + FixCrs.accepted()));
                } else {
                    crs = parsed.get();
                }
            }
        }
        Map<String, Boolean> checklist = request.checklist() == null ? Map.of() : new java.util.TreeMap<>(request.checklist());
        if (kind != null && problems.isEmpty()) {
            Checklists.unknownKey(TargetKind.valueOf(kind.toUpperCase(Locale.ROOT)), sourceKind, checklist.keySet())
                    .ifPresent(key -> problems.add(new InputProblem("/checklist/" + key, "\"" + key
                            + "\" is not on this target's checklist")));
        }
        List<Map<String, String>> findings = new ArrayList<>();
        List<InspectionRequest.Finding> given = request.findings() == null ? List.of() : request.findings();
        if (given.size() > MAX_FINDINGS) {
            // each finding opens a case: a record with thousands would flood the grid's queue
            problems.add(new InputProblem("/findings", "at most " + MAX_FINDINGS + " findings in one record, got "
                    + given.size() + "; record more as further inspections"));
            given = List.of();
        }
        for (int i = 0; i < given.size(); i++) {
            var f = given.get(i);
            var category = FindingCategory.parse(f.category());
            var severity = Severity.parse(f.severity());
            if (category.isEmpty()) {
                problems.add(new InputProblem("/findings/" + i + "/category", "category is " + FindingCategory.accepted()));
            }
            if (severity.isEmpty()) {
                problems.add(new InputProblem("/findings/" + i + "/severity", "severity is " + Severity.accepted()));
            }
            String description = f.description() == null ? "" : f.description().trim();
            if (description.length() > 2000) {
                problems.add(new InputProblem("/findings/" + i + "/description", "at most 2,000 characters"));
            }
            if (category.isPresent() && severity.isPresent()) {
                Map<String, String> finding = new LinkedHashMap<>();
                finding.put("category", category.get().key());
                finding.put("severity", severity.get().key());
                finding.put("description", description);
                findings.add(finding);
            }
        }
        List<String> photoHashes = request.photos() == null ? List.of() : request.photos();
        if (!photoHashes.isEmpty()) {
            var known = photos.findSentBy(photoHashes, inspectorId);
            long total = known.stream().mapToLong(PhotoRows.PhotoInfo::sizeBytes).sum();
            for (int i = 0; i < photoHashes.size(); i++) {
                String hash = photoHashes.get(i);
                if (known.stream().noneMatch(p -> p.sha256().equals(hash))) {
                    problems.add(new InputProblem("/photos/" + i, "no photo " + hash + " sent by you: a record names"
                            + " only photos its author uploaded with PUT /api/photos/{sha256}"));
                }
            }
            if (total > maxRecordBytes) {
                throw new TooLarge("the record's photos have " + total + " bytes; at most " + maxRecordBytes);
            }
        }
        if (request.corrects() != null
                && rows.findById(request.corrects()).filter(c -> scope.canRead(c.gridCode())).isEmpty()) {
            problems.add(new InputProblem("/corrects", "no inspection " + request.corrects() + " to correct"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput("the inspection record cannot be accepted as sent", problems);
        }
        double[] wgs84 = crs == FixCrs.GCJ02 ? Gcj02.toWgs84(fix.lon(), fix.lat()) : new double[]{fix.lon(), fix.lat()};
        var verdict = verdict(kind, code, grid, wgs84[0], wgs84[1], fix.accuracyM());
        return new Resolved(kind, code, grid, inspectedAt, wgs84[0], wgs84[1], crs, checklist, findings, photoHashes, verdict);
    }

    /** The fix against the grid (buffered by the accuracy) and against the target itself; the worse verdict wins. */
    private LocationCheck.Verdict verdict(String kind, String code, String grid, double lon, double lat, double accuracy) {
        var inGrid = LocationCheck.againstGrid(layer.layer().effectiveGeometry(grid), lon, lat, accuracy,
                location.minGridToleranceM());
        LocationCheck.Verdict atTarget = switch (kind) {
            case "source" -> objects.source(code).map(s -> LocationCheck.againstPoint(s.lon(), s.lat(), lon, lat,
                    accuracy, location.pointSourceM())).orElse(inGrid);
            case "river_patrol" -> objects.course(code).map(c -> LocationCheck.againstLine(c, lon, lat, accuracy,
                    location.riverM())).orElse(inGrid);
            default -> inGrid;
        };
        if (!inGrid.plausible()) {
            return inGrid;
        }
        return atTarget;
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private JsonNode tree(String text) {
        try {
            return json.readValue(text, JsonNode.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
