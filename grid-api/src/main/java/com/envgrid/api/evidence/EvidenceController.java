package com.envgrid.api.evidence;

import com.envgrid.api.access.AccessScopes;
import com.envgrid.api.access.TouchesGrid;
import com.envgrid.api.people.GridStaffView;
import com.envgrid.api.people.People;
import com.envgrid.api.shared.InvalidParameter;
import com.envgrid.api.source.SourceGrid;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

import java.util.List;

/**
 * The evidence beside the work, for those who judge it: a case's origin with its photos and places, the flagged
 * inspections awaiting a reviewer, the people answering for a grid, a source's recent history. Read-only; scoped
 * like the records they show.
 */
@Controller("/api")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class EvidenceController {
    private final Evidence evidence;
    private final People people;
    private final AccessScopes scopes;

    EvidenceController(Evidence evidence, People people, AccessScopes scopes) {
        this.evidence = evidence;
        this.people = people;
        this.scopes = scopes;
    }

    /** What a case came from: the inspection or complaint, its photos, and the places of a small map. */
    @Get(value = "/cases/{id}/evidence", produces = MediaType.APPLICATION_JSON)
    HttpResponse<String> ofCase(@PathVariable long id) {
        return HttpResponse.ok(evidence.ofCase(scopes.actor(), id)).contentType(MediaType.APPLICATION_JSON_TYPE);
    }

    /** Records flagged for where they were made, in the grids the caller reviews: {@code state} pending or reviewed. */
    @Get(value = "/inspections/flagged", produces = MediaType.APPLICATION_JSON)
    @Secured({"admin", "chief"})
    HttpResponse<String> flagged(@QueryValue(defaultValue = "pending") String state) {
        boolean reviewed = switch (state) {
            case "pending" -> false;
            case "reviewed" -> true;
            default -> throw new InvalidParameter("state", "state is pending or reviewed");
        };
        return HttpResponse.ok(evidence.flagged(scopes.actor(), reviewed)).contentType(MediaType.APPLICATION_JSON_TYPE);
    }

    /** The grid's chief and supervisors today (and those of the grids above it), phones as the caller may see. */
    @Get("/grids/{code}/staff")
    @TouchesGrid("code")
    List<GridStaffView> staff(@PathVariable String code) {
        return people.staffOf(scopes.actor(), code);
    }

    /** A source's recent inspections, duties and cases. */
    @Get("/sources/{code}/history")
    @TouchesGrid(value = "code", via = SourceGrid.class)
    Evidence.SourceHistory history(@PathVariable String code) {
        return evidence.ofSource(scopes.actor(), code);
    }
}
