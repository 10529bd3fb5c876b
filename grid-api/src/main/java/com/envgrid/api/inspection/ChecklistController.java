package com.envgrid.api.inspection;

import com.envgrid.api.access.AccessScopes;
import com.envgrid.api.shared.InvalidParameter;
import com.envgrid.api.source.SupervisedObjects;
import com.envgrid.core.duty.TargetKind;
import com.envgrid.core.inspection.ChecklistItem;
import com.envgrid.core.inspection.Checklists;
import com.envgrid.core.source.SourceKind;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.SerdeImport;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The checklist suited to a target, for the recording form: {@code ?kind=source&source_kind=construction_site}, or
 * {@code ?kind=grid_patrol} / {@code ?kind=river_patrol}. A source's checklist depends on its kind, so a source
 * without {@code source_kind} is refused rather than given some other kind's list: answering that list would be
 * refused when the record is sent. With {@code &source=CODE} (a source the caller reads), a generator of hazardous
 * waste or a radiation holder has those items after its own, as its record is checked against.
 */
@Controller("/api/checklists")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@SerdeImport(ChecklistItem.class)
class ChecklistController {
    private final ChecklistSupplements supplements;
    private final SupervisedObjects objects;
    private final AccessScopes scopes;

    ChecklistController(ChecklistSupplements supplements, SupervisedObjects objects, AccessScopes scopes) {
        this.supplements = supplements;
        this.objects = objects;
        this.scopes = scopes;
    }

    @Get
    List<ChecklistItem> checklist(@QueryValue String kind, @Nullable @QueryValue("source_kind") String sourceKind,
                                  @Nullable @QueryValue String source) {
        TargetKind target = targetKind(kind);
        if (target == TargetKind.SOURCE && (sourceKind == null || SourceKind.parse(sourceKind).isEmpty())) {
            throw new InvalidParameter("source_kind", "a source's checklist depends on its kind: source_kind is "
                    + SourceKind.accepted());
        }
        var readable = objects.source(source == null ? "" : source).filter(s -> scopes.current().canRead(s.gridCode()));
        return Checklists.forTarget(target, sourceKind,
                readable.map(s -> supplements.of(s.code())).orElse(Set.of()));
    }

    private static TargetKind targetKind(String kind) {
        try {
            return TargetKind.valueOf(kind.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidParameter("kind", "kind is source, grid_patrol or river_patrol");
        }
    }
}
