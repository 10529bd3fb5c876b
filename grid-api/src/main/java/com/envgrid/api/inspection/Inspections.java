package com.envgrid.api.inspection;

import com.envgrid.api.audit.Audit;
import com.envgrid.api.duty.Duties;
import com.envgrid.api.grid.LiveGridLayer;
import com.envgrid.api.people.AccessDenied;
import com.envgrid.api.photo.PhotoInfo;
import com.envgrid.api.photo.PhotoSettings;
import com.envgrid.api.photo.Photos;
import com.envgrid.api.problem.Cases;
import com.envgrid.api.shared.Conflict;
import com.envgrid.api.shared.DistrictTime;
import com.envgrid.api.shared.NotFound;
import com.envgrid.api.shared.TooLarge;
import com.envgrid.api.source.SupervisedObjects;
import com.envgrid.core.access.Actor;
import com.envgrid.core.access.GridScope;
import com.envgrid.core.duty.TargetKind;
import com.envgrid.core.input.InputProblem;
import com.envgrid.core.input.InvalidInput;
import com.envgrid.core.input.Vocabulary;
import com.envgrid.core.inspection.Checklists;
import com.envgrid.core.inspection.CountsAsInspected;
import com.envgrid.core.inspection.ExifAgreement;
import com.envgrid.core.inspection.Finding;
import com.envgrid.core.inspection.FindingCategory;
import com.envgrid.core.inspection.FixCrs;
import com.envgrid.core.inspection.Inspection;
import com.envgrid.core.inspection.LocationCheck;
import com.envgrid.core.inspection.LocationSettings;
import com.envgrid.core.inspection.LocationVerdict;
import com.envgrid.core.inspection.Severity;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.json.JsonMapper;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Field inspections. A record is stored once under the id its phone made: a retry — after a timeout, twice at once,
 * a day later — gets the original answer and stores nothing; the same id with different content is a conflict.
 * Where the fix was made is checked against the grid and the target, allowing for its accuracy ({@link
 * LocationVerdict}); a mismatch is stored, flagged for review, never dropped. Recording a record and reviewing one
 * raise the events on which its duty is settled ({@link CountsAsInspected}). Findings open problem cases. Records are
 * never edited: a correction is a new record that names the one it corrects.
 */
@Singleton
public class Inspections {
    static final int MAX_FINDINGS = 50;

    private final InspectionRows rows;
    private final Photos photos;
    private final Duties duties;
    private final SupervisedObjects objects;
    private final LiveGridLayer layer;
    private final Cases cases;
    private final Audit audit;
    private final ApplicationEventPublisher<Object> events;
    private final JsonMapper json;
    private final DistrictTime time;
    private final LocationSettings location;
    private final long maxRecordBytes;

    Inspections(InspectionRows rows, Photos photos, Duties duties, SupervisedObjects objects, LiveGridLayer layer,
                Cases cases, Audit audit, ApplicationEventPublisher<Object> events, JsonMapper json, DistrictTime time,
                InspectionSettings settings, PhotoSettings photoSettings) {
        this.rows = rows;
        this.photos = photos;
        this.duties = duties;
        this.objects = objects;
        this.layer = layer;
        this.cases = cases;
        this.audit = audit;
        this.events = events;
        this.json = json;
        this.time = time;
        this.location = settings.location();
        this.maxRecordBytes = photoSettings.maxRecordBytes();
    }

    /** A record as its phone sent it, under the id the phone made for it. */
    public record Submission(UUID id, InspectionRequest record) {
    }

    /** A decision on where a flagged record was made, with the reason for it. */
    public record LocationDecision(UUID id, boolean accept, String reason) {
    }

    /**
     * Stores a record (or recognises a retry of one) and answers with the stored record. An id the caller may not
     * see is unknown to them, whatever the content: neither its record nor whether it exists is given away.
     */
    public InspectionView submit(Actor actor, Instant at, Submission submission) {
        UUID id = submission.id();
        String payloadHash = Photos.sha256(write(submission.record()).getBytes(StandardCharsets.UTF_8));
        Optional<InspectionRow> stored = rows.findById(id);
        if (stored.isPresent()) {
            return replay(stored.get(), payloadHash, actor.scope());
        }
        Read read = read(actor, at, submission.record());
        if (!actor.scope().canWrite(read.draft.gridCode())) {
            throw new AccessDenied("grid " + read.draft.gridCode() + " is not one of your grids: inspections are"
                    + " recorded only in the grids you supervise");
        }
        return store(Inspection.record(id, actor, at, read.draft, read.corrected), payloadHash, actor, at);
    }

    @Transactional
    InspectionView store(Inspection.Recorded recorded, String payloadHash, Actor actor, Instant at) {
        Inspection inspection = recorded.inspection();
        UUID id = inspection.id();
        rows.holdId(id);
        Optional<InspectionRow> twin = rows.findById(id);
        if (twin.isPresent()) {
            // a concurrent copy of this submission got in first: answer as it was answered
            return replay(twin.get(), payloadHash, actor.scope());
        }
        rows.save(InspectionRow.of(inspection, payloadHash));
        for (int i = 0; i < inspection.photos().size(); i++) {
            rows.linkPhoto(id, i, inspection.photos().get(i));
        }
        cases.openFor(id, inspection.inspectorId(), inspection.gridCode(), Vocabulary.key(inspection.targetKind()),
                inspection.targetCode(), inspection.findings().stream().map(f -> new Cases.Finding(
                        f.category().key(), f.severity().key(), f.description())).toList());
        events.publishEvent(recorded.event());
        audit.record(actor, at, "record", "inspection", id.toString(), null, Map.of("grid", inspection.gridCode(),
                "target", inspection.targetCode(), "plausible", inspection.location().plausible(),
                "findings", inspection.findings().size()));
        return view(rows.findById(id).orElseThrow());
    }

    /**
     * A chief's or administrator's decision on a record flagged for where it was made: accepted, it counts as
     * inspected like a plausible one and completes its duty (unless a correction stands in its place); rejected, it
     * does not. Decided once; the record is not changed.
     */
    @Transactional
    public InspectionView review(Actor actor, Instant at, LocationDecision decision) {
        UUID id = decision.id();
        GridScope scope = actor.scope();
        InspectionRow row = rows.findById(id).filter(r -> scope.canRead(r.gridCode()))
                .orElseThrow(() -> new NotFound("no inspection " + id + " that you may see"));
        if (!scope.canWrite(row.gridCode())) {
            throw new AccessDenied("inspection " + id + " is in grid " + row.gridCode() + ", outside what you may review");
        }
        var reviewed = row.inspection(List.of()).review(actor, at, decision.accept(), decision.reason()).event();
        if (rows.review(id, reviewed.accepted(), reviewed.reviewerId(), reviewed.reason(), at) == 0) {
            throw new Conflict("inspection " + id + " has been reviewed already");
        }
        events.publishEvent(reviewed);
        audit.record(actor, at, reviewed.accepted() ? "accept_location" : "reject_location", "inspection",
                id.toString(), null, Map.of("reason", reviewed.reason()));
        return view(row);
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

    InspectionView one(GridScope scope, UUID id) {
        InspectionRow row = rows.findById(id).orElseThrow(() -> new NotFound("no inspection " + id));
        if (!scope.canRead(row.gridCode())) {
            throw new NotFound("no inspection " + id + " that you may see");
        }
        return view(row);
    }

    List<InspectionView> between(GridScope scope, String grid, Instant from, Instant to) {
        return rows.findBetween(grid, from, to).stream().filter(r -> scope.canRead(r.gridCode())).map(this::view).toList();
    }

    /** The record as answered: built from what is stored only, so every retry gets the same answer. */
    private InspectionView view(InspectionRow row) {
        Inspection inspection = row.inspection(rows.photosOf(row.id()));
        List<InspectionView.Photo> photoViews = photos.infos(inspection.photos()).stream()
                .map(p -> new InspectionView.Photo(p.sha256(), p.mediaType(), p.sizeBytes(), p.exifTime(), p.exifLon(),
                        p.exifLat(), ExifAgreement.doubts(p.exifTime(), p.exifLon(), p.exifLat(), time.zone(),
                        inspection.inspectedAt(), inspection.fix().lon(), inspection.fix().lat()).orElse(null)))
                .toList();
        return InspectionView.of(inspection, photoViews, cases.idsFor(row.id()));
    }

    /** What a record says, read once field by field, and the record it corrects. */
    private record Read(Inspection.Draft draft, Inspection corrected) {
    }

    /** What a record is of: its duty's target or the one it names, in its grid; the source when it is one. */
    private record Target(TargetKind kind, String code, String grid, Optional<SupervisedObjects.Source> source) {
    }

    /** The request checked field by field, every problem with its pointer, and what it refers to looked up once. */
    private Read read(Actor actor, Instant at, InspectionRequest request) {
        List<InputProblem> problems = new ArrayList<>();
        Target target = target(request, problems);
        Instant inspectedAt = request.inspectedAt() == null ? null : request.inspectedAt().toInstant();
        if (inspectedAt == null) {
            problems.add(new InputProblem("/inspected_at", "when the inspection was made is needed (ISO-8601 with offset)"));
        } else if (inspectedAt.isAfter(at.plus(Duration.ofMinutes(10)))) {
            problems.add(new InputProblem("/inspected_at", "the inspection time " + request.inspectedAt() + " is in the future"));
        }
        FixCrs crs = fixCrs(request.fix(), problems);
        Map<String, Boolean> checklist = request.checklist() == null ? Map.of() : new TreeMap<>(request.checklist());
        if (target != null && problems.isEmpty()) {
            Checklists.unknownKey(target.kind, target.source.map(SupervisedObjects.Source::kind).orElse(null),
                            checklist.keySet())
                    .ifPresent(key -> problems.add(new InputProblem("/checklist/" + key, "\"" + key
                            + "\" is not on this target's checklist")));
        }
        List<Finding> findings = findings(request.findings(), problems);
        List<String> photoHashes = request.photos() == null ? List.of() : request.photos();
        checkPhotos(photoHashes, actor.person(), problems);
        Optional<InspectionRow> corrected = request.corrects() == null ? Optional.empty()
                : rows.findById(request.corrects()).filter(c -> actor.scope().canRead(c.gridCode()));
        if (request.corrects() != null && corrected.isEmpty()) {
            problems.add(new InputProblem("/corrects", "no inspection " + request.corrects() + " to correct"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput("the inspection record cannot be accepted as sent", problems);
        }
        var fix = request.fix();
        double[] wgs84 = crs.toWgs84(fix.lon(), fix.lat());
        var inspectedFix = new Inspection.Fix(wgs84[0], wgs84[1], fix.accuracyM(), crs, fix.lon(), fix.lat());
        return new Read(new Inspection.Draft(request.dutyId(), target.kind, target.code, target.grid, inspectedAt,
                inspectedFix, checklist, findings, request.notes(), photoHashes, verdict(target, inspectedFix)),
                corrected.map(c -> c.inspection(List.of())).orElse(null));
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
            return new Target(d.targetKind(), d.targetCode(), d.gridCode(), source(d.targetKind(), d.targetCode()));
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
        return new Target(kind, code, grid, source);
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
                    + given.size() + "; record more as further inspections"));
            return List.of();
        }
        List<Finding> findings = new ArrayList<>();
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
                findings.add(new Finding(category.get(), severity.get(), description));
            }
        }
        return findings;
    }

    /** A record names only photos its author uploaded, together within the record's size limit. */
    private void checkPhotos(List<String> hashes, long inspectorId, List<InputProblem> problems) {
        if (hashes.isEmpty()) {
            return;
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

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
