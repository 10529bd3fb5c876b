package com.envgrid.api.emergency;

import com.envgrid.api.access.AccessScopes;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * The emergency team roster: a member is PUT under an id its client made (sending it again changes nothing more),
 * with their on-duty date ranges, which replace those stored.
 */
@Controller("/api/emergency-team")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class EmergencyTeamController {
    private final EmergencyTeam team;
    private final AccessScopes scopes;
    private final Clock clock;

    EmergencyTeamController(EmergencyTeam team, AccessScopes scopes, Clock clock) {
        this.team = team;
        this.scopes = scopes;
        this.clock = clock;
    }

    @Get
    List<EmergencyTeam.MemberView> list() {
        return team.list(scopes.current());
    }

    @Put(value = "/{id}", consumes = MediaType.APPLICATION_JSON)
    @Secured("admin")
    EmergencyTeam.MemberView put(@PathVariable UUID id, @Body EmergencyTeam.MemberRequest member) {
        return team.put(scopes.actor(), clock.instant(), id, member);
    }

    @Delete("/{id}")
    @Secured("admin")
    HttpResponse<Void> delete(@PathVariable UUID id) {
        team.delete(scopes.actor(), clock.instant(), id);
        return HttpResponse.noContent();
    }
}
