package com.envgrid.api.people;

import com.envgrid.api.access.AccessScopes;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;

import java.time.Clock;

/** The staff roster import (administrators): see {@link RosterImport}. */
@Controller("/api/people/import")
@Secured("admin")
@ExecuteOn(TaskExecutors.BLOCKING)
class RosterController {
    private final RosterImport roster;
    private final AccessScopes scopes;
    private final Clock clock;

    RosterController(RosterImport roster, AccessScopes scopes, Clock clock) {
        this.roster = roster;
        this.scopes = scopes;
        this.clock = clock;
    }

    /**
     * Imports the roster in the body (.xlsx, .xls or CSV, told from its bytes) from its first visible sheet or
     * {@code sheet}: with {@code dryRun=true} only reports (200), else writes everything (201) or nothing (422).
     */
    @Post(consumes = {"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "application/vnd.ms-excel",
            "text/csv", MediaType.APPLICATION_OCTET_STREAM})
    HttpResponse<RosterReport> importRoster(@Body byte[] body, @QueryValue(defaultValue = "false") boolean dryRun,
                                            @Nullable @QueryValue String sheet) {
        RosterReport report = roster.run(scopes.actor(), clock.instant(), body, sheet, dryRun);
        return dryRun ? HttpResponse.ok(report) : HttpResponse.created(report);
    }
}
