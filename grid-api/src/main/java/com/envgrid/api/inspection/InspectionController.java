package com.envgrid.api.inspection;

import com.envgrid.api.access.AccessScopes;
import com.envgrid.api.shared.InvalidParameter;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.Post;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;

/**
 * Inspection records, PUT to the UUID the client makes — so that a phone on a bad connection can send again until it
 * hears back, and nothing is doubled —, answered 201 with the stored record, the same answer to every retry; their
 * photos are sent before them ({@code PhotoController}).
 */
@Controller("/api")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class InspectionController {
    private final Inspections inspections;
    private final AccessScopes scopes;
    private final Clock clock;

    InspectionController(Inspections inspections, AccessScopes scopes, Clock clock) {
        this.inspections = inspections;
        this.scopes = scopes;
        this.clock = clock;
    }

    @Put(value = "/inspections/{id}", consumes = MediaType.APPLICATION_JSON)
    @Secured({"admin", "chief", "supervisor"})
    HttpResponse<InspectionView> submit(@PathVariable UUID id, @Body InspectionRequest record) {
        return HttpResponse.created(inspections.submit(scopes.actor(), clock.instant(),
                new Inspections.Submission(id, record)), URI.create("/api/inspections/" + id));
    }

    @Serdeable
    record Review(boolean accept, @Nullable String reason) {
    }

    @Post("/inspections/{id}/review")
    @Secured({"admin", "chief"})
    InspectionView review(@PathVariable UUID id, @Body Review review) {
        return inspections.review(scopes.actor(), clock.instant(),
                new Inspections.LocationDecision(id, review.accept(), review.reason()));
    }

    /** Records and location flags per inspector in a time range (admin, viewer). */
    @Get("/inspections/flag-rates")
    @Secured({"admin", "viewer"})
    List<InspectionRows.FlagCount> flagRates(@QueryValue String from, @QueryValue String to) {
        return inspections.flagCounts(scopes.current(), instant("from", from), instant("to", to));
    }

    /** The caller's own records of the last {@code days} days (1–90, default 14) and what became of each. */
    @Get("/inspections/mine")
    @Secured({"admin", "chief", "supervisor"})
    List<OwnRecord> mine(@Nullable @QueryValue String days) {
        return inspections.ownRecords(scopes.actor(), clock.instant(), days(days));
    }

    @Get("/inspections/{id}")
    InspectionView one(@PathVariable UUID id) {
        return inspections.one(scopes.current(), id);
    }

    @Get("/inspections")
    List<InspectionView> between(@Nullable @QueryValue String grid, @QueryValue String from, @QueryValue String to) {
        return inspections.between(scopes.current(), grid, instant("from", from), instant("to", to));
    }

    private static int days(String text) {
        if (text == null) {
            return 14;
        }
        try {
            int days = Integer.parseInt(text);
            if (days >= 1 && days <= 90) {
                return days;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new InvalidParameter("days", "days is a whole number of days from 1 to 90");
    }

    private static Instant instant(String name, String text) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidParameter(name, name + " is an ISO-8601 instant such as 2026-11-30T00:00:00Z");
        }
    }
}
