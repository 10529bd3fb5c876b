package com.envgrid.api.inspection;

import com.envgrid.api.audit.Audit;
import com.envgrid.api.access.AccessDenied;
import com.envgrid.api.photo.PhotoInfo;
import com.envgrid.api.photo.Photos;
import com.envgrid.api.problem.Cases;
import com.envgrid.api.shared.Conflict;
import com.envgrid.api.shared.DistrictTime;
import com.envgrid.api.shared.NotFound;
import com.envgrid.api.shared.Statements;
import com.envgrid.core.access.Actor;
import com.envgrid.core.access.GridScope;
import com.envgrid.core.inspection.CountsAsInspected;
import com.envgrid.core.inspection.ExifAgreement;
import com.envgrid.core.inspection.Inspection;
import com.envgrid.core.inspection.InspectionStore;
import com.envgrid.core.inspection.LocationVerdict;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.core.annotation.Nullable;
import com.envgrid.api.shared.JsonText;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
    private final InspectionRows rows;
    private final InspectionInput input;
    private final Photos photos;
    private final Cases cases;
    private final Audit audit;
    private final ApplicationEventPublisher<Object> events;
    private final JsonText json;
    private final DistrictTime time;
    private final Statements locks;

    Inspections(InspectionRows rows, InspectionInput input, Photos photos, Cases cases, Audit audit,
                ApplicationEventPublisher<Object> events, JsonText json, DistrictTime time, Statements locks) {
        this.rows = rows;
        this.input = input;
        this.photos = photos;
        this.cases = cases;
        this.audit = audit;
        this.events = events;
        this.json = json;
        this.time = time;
        this.locks = locks;
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
     * <p>
     * One transaction. The id is held first: copies of one submission sent at once wait for each other there (only
     * they: the lock is the id's), and the later ones — like any retry — find the first stored in the key table and
     * are answered from the stored record as it was answered (never a second row, nor a key conflict). A new record
     * is read, checked and answered from what was just written — as stored: times to the microsecond, the photos as
     * checked, the cases as opened —, not read back.
     */
    @Transactional
    public InspectionView submit(Actor actor, Instant at, Submission submission) {
        UUID id = submission.id();
        String payloadHash = json.hash(submission.record());
        // the id alone as the key, as nodes of earlier releases hold it: twins meet even during a rolling upgrade
        locks.hold(id.toString());
        if (rows.known(id)) {
            return replay(rows.byId(id).orElseThrow(), payloadHash, actor.scope());
        }
        InspectionInput.Read read = input.read(actor, at, submission.record());
        if (!actor.scope().canWrite(read.draft().gridCode())) {
            throw new AccessDenied("grid " + read.draft().gridCode() + " is not one of your grids: inspections are"
                    + " recorded only in the grids you supervise");
        }
        // PostgreSQL keeps microseconds: the answer to this first submission says what every retry will read
        Instant receivedAt = at.truncatedTo(ChronoUnit.MICROS);
        Inspection.Recorded recorded = Inspection.record(id, actor, receivedAt, read.draft(), read.corrected());
        Inspection inspection = recorded.inspection();
        rows.add(inspection, payloadHash);
        List<Long> opened = cases.openFor(inspection);
        events.publishEvent(recorded.event());
        audit.record(actor, at, "record", "inspection", id.toString(), null, Map.of("grid", inspection.gridCode(),
                "target", inspection.targetCode(), "plausible", inspection.location().plausible(),
                "findings", inspection.findings().size()));
        return view(inspection, read.photos(), opened);
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
        Inspection inspection = rows.byId(id).map(InspectionStore.Stored::inspection)
                .filter(i -> scope.canRead(i.gridCode()))
                .orElseThrow(() -> new NotFound("no inspection " + id + " that you may see"));
        if (!scope.canWrite(inspection.gridCode())) {
            throw new AccessDenied("inspection " + id + " is in grid " + inspection.gridCode()
                    + ", outside what you may review");
        }
        var reviewed = inspection.review(actor, at, decision.accept(), decision.reason()).event();
        if (!rows.addReview(reviewed)) {
            throw new Conflict("inspection " + id + " has been reviewed already");
        }
        events.publishEvent(reviewed);
        audit.record(actor, at, reviewed.accepted() ? "accept_location" : "reject_location", "inspection",
                id.toString(), null, Map.of("reason", reviewed.reason()));
        return view(inspection);
    }

    /**
     * Per inspector: records in a time range and how many were flagged — a figure of the quarterly review —, of the
     * inspections in the grids the scope reads.
     */
    List<InspectionRows.FlagCount> flagCounts(GridScope scope, Instant from, Instant to) {
        return rows.flagCounts(from, to, scope.readsEverything(), scope.reachableGrids().toArray(String[]::new));
    }

    private InspectionView replay(InspectionStore.Stored stored, String payloadHash, GridScope scope) {
        UUID id = stored.inspection().id();
        if (!scope.canRead(stored.inspection().gridCode())) {
            throw new NotFound("no inspection " + id + " that you may see");
        }
        if (!stored.payloadHash().equals(payloadHash)) {
            throw new Conflict("inspection " + id + " exists with different content: a correction is a new"
                    + " record with its own id that names this one in \"corrects\"");
        }
        return view(stored.inspection());
    }

    /** A flagged record with the decision on it, if one was taken. */
    public record Flagged(InspectionView inspection, @Nullable Review review) {
    }

    /** Who decided where a flagged record was made, how and why. */
    public record Review(boolean accepted, long reviewerId, String reason, Instant reviewedAt) {
    }

    /**
     * The flagged records the caller may review — in the grids they may write —, awaiting review or (reviewed)
     * decided, at most {@code limit}, the latest first. A corrected record is not listed: its correction stands in
     * its place.
     */
    public List<Flagged> flagged(GridScope scope, boolean reviewed, int limit) {
        return rows.findFlagged(reviewed, scope.readsEverything(), scope.reachableGrids().toArray(String[]::new), limit)
                .stream().filter(r -> scope.canWrite(r.gridCode()))
                .map(r -> new Flagged(view(rows.stored(r).inspection()), reviewOf(r.id()).orElse(null)))
                .toList();
    }

    /** A target's latest records the caller may see, at most {@code limit}. */
    public List<InspectionView> ofTarget(GridScope scope, String targetKind, String targetCode, int limit) {
        return rows.findOfTarget(targetKind, targetCode, limit).stream().filter(r -> scope.canRead(r.gridCode()))
                .map(r -> view(rows.stored(r).inspection())).toList();
    }

    /** The review of a record, if it was flagged and decided. */
    public Optional<Review> reviewOf(UUID id) {
        return rows.reviewOf(id).map(v -> new Review(v.accepted(), v.reviewerId(), v.reason(), v.reviewedAt()));
    }

    public InspectionView one(GridScope scope, UUID id) {
        Inspection inspection = rows.byId(id).orElseThrow(() -> new NotFound("no inspection " + id)).inspection();
        if (!scope.canRead(inspection.gridCode())) {
            throw new NotFound("no inspection " + id + " that you may see");
        }
        return view(inspection);
    }

    List<InspectionView> between(GridScope scope, String grid, Instant from, Instant to) {
        return rows.findBetween(grid, from, to).stream().filter(r -> scope.canRead(r.gridCode()))
                .map(r -> view(rows.stored(r).inspection())).toList();
    }

    /** How many of one's own records {@link #ownRecords} answers at most. */
    static final int OWN_RECORDS = 50;

    /**
     * The caller's own records received in the last {@code days} days, newest first (at most {@link #OWN_RECORDS}), each
     * with what became of it — for the supervisor's history on the field page, from which a correction is made.
     */
    List<OwnRecord> ownRecords(Actor actor, Instant at, int days) {
        return rows.ownSince(actor.person(), at.minus(Duration.ofDays(days)), OWN_RECORDS).stream()
                .map(standing -> OwnRecord.of(view(rows.byId(standing.id()).orElseThrow().inspection()), standing))
                .toList();
    }

    /** The record as answered: built from what is stored only, so every retry gets the same answer. */
    private InspectionView view(Inspection inspection) {
        return view(inspection, photos.infos(inspection.photos()), cases.idsFor(inspection.id()));
    }

    /** The record with its photos (in its order) and the ids of the cases its findings opened. */
    private InspectionView view(Inspection inspection, List<PhotoInfo> photoInfos, List<Long> caseIds) {
        List<InspectionView.Photo> photoViews = photoInfos.stream()
                .map(p -> new InspectionView.Photo(p.sha256(), p.mediaType(), p.sizeBytes(), p.exifTime(), p.exifLon(),
                        p.exifLat(), ExifAgreement.doubts(p.exifTime(), p.exifLon(), p.exifLat(), time.zone(),
                        inspection.inspectedAt(), inspection.fix().lon(), inspection.fix().lat()).orElse(null)))
                .toList();
        return InspectionView.of(inspection, photoViews, caseIds);
    }
}
