package com.envgrid.api.evidence;

import com.envgrid.api.complaint.ComplaintViews;
import com.envgrid.api.complaint.Complaints;
import com.envgrid.api.duty.Duties;
import com.envgrid.api.duty.DutyView;
import com.envgrid.api.inspection.InspectionView;
import com.envgrid.api.inspection.Inspections;
import com.envgrid.api.people.Staffings;
import com.envgrid.api.problem.CaseView;
import com.envgrid.api.problem.Cases;
import com.envgrid.api.shared.GeoJson;
import com.envgrid.api.shared.JsonText;
import com.envgrid.api.shared.NotFound;
import com.envgrid.api.source.SupervisedObjects;
import com.envgrid.core.access.Actor;
import com.envgrid.core.duty.TargetKind;
import com.fasterxml.jackson.core.JsonGenerator;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * What a record rests on, read together for the people who judge it: a case's origin (the inspection or complaint
 * it came from) with its photos and places; the flagged inspections a reviewer decides on; a source's recent
 * inspections, duties and cases. Everything is read through the features that own it, with the caller's scope: what
 * the caller may not see is not shown (an object outside their grids is a 404 or 403 as elsewhere).
 */
@Singleton
class Evidence {
    /** How many of each kind a source's history shows. */
    static final int HISTORY = 20;
    /** How many flagged records one list shows. */
    static final int FLAGGED = 200;

    private final Cases cases;
    private final Inspections inspections;
    private final Complaints complaints;
    private final Duties duties;
    private final Staffings staffings;
    private final SupervisedObjects objects;
    private final Places places;
    private final JsonText json;

    Evidence(Cases cases, Inspections inspections, Complaints complaints, Duties duties, Staffings staffings,
             SupervisedObjects objects, Places places, JsonText json) {
        this.cases = cases;
        this.inspections = inspections;
        this.complaints = complaints;
        this.duties = duties;
        this.staffings = staffings;
        this.objects = objects;
        this.places = places;
        this.json = json;
    }

    /**
     * A case's evidence: {@code origin} (kind inspection or complaint, its id and time), the origin's {@code photos}
     * and {@code places} — the grid, the target, the inspection's fix or the complaint's pin.
     */
    String ofCase(Actor actor, long id) {
        CaseView c = cases.one(actor, id);
        List<Places.Place> shown = new ArrayList<>();
        places.grid(c.gridCode()).ifPresent(shown::add);
        places.target(c.targetKind(), c.targetCode()).ifPresent(shown::add);
        if (c.complaintId() == null) {
            InspectionView i = inspections.one(actor.scope(), c.inspectionId());
            shown.add(fix(i));
            return GeoJson.json(out -> {
                out.writeStartObject();
                out.writeNumberField("case_id", id);
                out.writeObjectFieldStart("origin");
                out.writeStringField("kind", "inspection");
                out.writeStringField("id", i.id().toString());
                out.writeStringField("at", i.inspectedAt().toString());
                out.writeStringField("inspector_name", inspectorName(i.inspectorId()));
                out.writeBooleanField("flagged", i.location().flaggedForReview());
                out.writeEndObject();
                photos(out, i.photos().stream().map(InspectionView.Photo::sha256).toList());
                out.writeFieldName("places");
                Places.write(out, shown);
                out.writeEndObject();
            });
        }
        ComplaintViews.Staff complaint = complaints.one(actor, c.complaintId());
        shown.add(Places.at("complaint", complaint.lon(), complaint.lat(),
                Places.properties("id", complaint.id(), "category", complaint.category())));
        return GeoJson.json(out -> {
            out.writeStartObject();
            out.writeNumberField("case_id", id);
            out.writeObjectFieldStart("origin");
            out.writeStringField("kind", "complaint");
            out.writeNumberField("id", complaint.id());
            out.writeStringField("at", complaint.receivedAt().toString());
            out.writeStringField("channel", complaint.channel());
            out.writeEndObject();
            photos(out, complaint.photos());
            out.writeFieldName("places");
            Places.write(out, shown);
            out.writeEndObject();
        });
    }

    /**
     * The flagged records the caller may review, awaiting review or (reviewed) decided: each with the record, its
     * grid's and target's names, who made it, the decision if taken, and its places.
     */
    String flagged(Actor actor, boolean reviewed) {
        List<Inspections.Flagged> listed = inspections.flagged(actor.scope(), reviewed, FLAGGED);
        Map<Long, String> names = staffings.namesOf(listed.stream().flatMap(f -> Stream.of(f.inspection().inspectorId(),
                f.review() == null ? null : f.review().reviewerId())).filter(Objects::nonNull).distinct().toList());
        return GeoJson.json(out -> {
            out.writeStartArray();
            for (Inspections.Flagged f : listed) {
                InspectionView i = f.inspection();
                out.writeStartObject();
                out.writeFieldName("inspection");
                out.writeRawValue(json.write(i));
                out.writeStringField("grid_name", places.gridName(i.gridCode()));
                out.writeStringField("target_name", places.targetName(i.targetKind(), i.targetCode()));
                out.writeStringField("inspector_name", names.getOrDefault(i.inspectorId(), "#" + i.inspectorId()));
                if (f.review() == null) {
                    out.writeNullField("review");
                } else {
                    out.writeObjectFieldStart("review");
                    out.writeBooleanField("accepted", f.review().accepted());
                    out.writeStringField("reason", f.review().reason());
                    out.writeStringField("reviewer_name", names.getOrDefault(f.review().reviewerId(),
                            "#" + f.review().reviewerId()));
                    out.writeStringField("reviewed_at", f.review().reviewedAt().toString());
                    out.writeEndObject();
                }
                List<Places.Place> shown = new ArrayList<>();
                places.grid(i.gridCode()).ifPresent(shown::add);
                places.target(i.targetKind(), i.targetCode()).ifPresent(shown::add);
                shown.add(fix(i));
                out.writeFieldName("places");
                Places.write(out, shown);
                out.writeEndObject();
            }
            out.writeEndArray();
        });
    }

    /** A source's recent inspections, duties and cases the caller may see, the latest first. */
    @Serdeable(naming = SnakeCaseStrategy.class)
    record SourceHistory(String code, String name, String gridCode, String gridName, List<InspectionLine> inspections,
                         List<DutyView> duties, List<CaseView> cases) {
    }

    /** One inspection in a history: when, by whom, whether its place was flagged and how that was decided. */
    @Serdeable(naming = SnakeCaseStrategy.class)
    record InspectionLine(String id, Instant inspectedAt, String inspectorName, boolean flagged,
                          @Nullable Boolean accepted, int findings, List<Long> cases, @Nullable String corrects) {
    }

    SourceHistory ofSource(Actor actor, String code) {
        SupervisedObjects.Source source = objects.source(code)
                .orElseThrow(() -> new NotFound("no source with code " + code));
        List<InspectionView> recent = inspections.ofTarget(actor.scope(), TargetKind.SOURCE.key(), code, HISTORY);
        Map<Long, String> names = staffings.namesOf(recent.stream().map(InspectionView::inspectorId).distinct().toList());
        List<InspectionLine> lines = recent.stream().map(i -> new InspectionLine(i.id().toString(), i.inspectedAt(),
                names.getOrDefault(i.inspectorId(), "#" + i.inspectorId()), i.location().flaggedForReview(),
                i.location().flaggedForReview() ? inspections.reviewOf(i.id()).map(Inspections.Review::accepted)
                        .orElse(null) : null, i.findings().size(), i.cases(),
                i.corrects() == null ? null : i.corrects().toString())).toList();
        return new SourceHistory(code, source.name(), source.gridCode(), places.gridName(source.gridCode()), lines,
                duties.ofSource(actor.scope(), code, HISTORY), cases.ofTarget(actor, TargetKind.SOURCE, code, HISTORY));
    }

    private String inspectorName(long id) {
        return staffings.namesOf(List.of(id)).getOrDefault(id, "#" + id);
    }

    private static Places.Place fix(InspectionView i) {
        return Places.at("fix", i.fix().lon(), i.fix().lat(), Places.properties("accuracy_m", i.fix().accuracyM(),
                "distance_m", i.location().distanceM(), "flagged", i.location().flaggedForReview()));
    }

    private static void photos(JsonGenerator out, List<String> hashes) throws IOException {
        out.writeArrayFieldStart("photos");
        for (String hash : hashes) {
            out.writeString(hash);
        }
        out.writeEndArray();
    }
}
