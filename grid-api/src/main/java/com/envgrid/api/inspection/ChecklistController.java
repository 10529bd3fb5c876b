package com.envgrid.api.inspection;

import com.envgrid.api.shared.InvalidParameter;
import com.envgrid.core.duty.TargetKind;
import com.envgrid.core.inspection.ChecklistItem;
import com.envgrid.core.inspection.Checklists;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.SerdeImport;

import java.util.List;
import java.util.Locale;

/** The checklist suited to a target, for the recording form. */
@Controller("/api/checklists")
@Secured(SecurityRule.IS_AUTHENTICATED)
@SerdeImport(ChecklistItem.class)
class ChecklistController {
    @Get
    List<ChecklistItem> checklist(@QueryValue String kind, @Nullable @QueryValue String sourceKind) {
        try {
            return Checklists.forTarget(TargetKind.valueOf(kind.toUpperCase(Locale.ROOT)), sourceKind);
        } catch (IllegalArgumentException e) {
            throw new InvalidParameter("kind", "kind is source, grid_patrol or river_patrol (and source_kind"
                    + " enterprise, construction_site or other)");
        }
    }
}
