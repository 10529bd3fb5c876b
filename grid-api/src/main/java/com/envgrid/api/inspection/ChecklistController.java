package com.envgrid.api.inspection;

import com.envgrid.api.shared.InvalidParameter;
import com.envgrid.api.waste.Generators;
import com.envgrid.core.duty.TargetKind;
import com.envgrid.core.inspection.ChecklistItem;
import com.envgrid.core.inspection.Checklists;
import com.envgrid.core.source.SourceKind;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.SerdeImport;

import java.util.List;
import java.util.Locale;

/**
 * The checklist suited to a target, for the recording form: {@code ?kind=source&source_kind=construction_site}, or
 * {@code ?kind=grid_patrol} / {@code ?kind=river_patrol}. A source's checklist depends on its kind, so a source
 * without {@code source_kind} is refused rather than given some other kind's list: answering that list would be
 * refused when the record is sent. With {@code source} (a source's code), a source that generates hazardous waste
 * gets the hazardous-waste items too, as its records are checked.
 */
@Controller("/api/checklists")
@Secured(SecurityRule.IS_AUTHENTICATED)
@SerdeImport(ChecklistItem.class)
class ChecklistController {
    private final Generators generators;

    ChecklistController(Generators generators) {
        this.generators = generators;
    }

    @Get
    List<ChecklistItem> checklist(@QueryValue String kind, @Nullable @QueryValue("source_kind") String sourceKind,
                                  @Nullable @QueryValue String source) {
        TargetKind target = targetKind(kind);
        if (target == TargetKind.SOURCE && (sourceKind == null || SourceKind.parse(sourceKind).isEmpty())) {
            throw new InvalidParameter("source_kind", "a source's checklist depends on its kind: source_kind is "
                    + SourceKind.accepted());
        }
        return Checklists.forTarget(target, sourceKind, source != null && generators.isGenerator(source));
    }

    private static TargetKind targetKind(String kind) {
        try {
            return TargetKind.valueOf(kind.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidParameter("kind", "kind is source, grid_patrol or river_patrol");
        }
    }
}
