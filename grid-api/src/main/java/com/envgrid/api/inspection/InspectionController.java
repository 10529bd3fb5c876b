package com.envgrid.api.inspection;

import com.envgrid.api.audit.Audit;
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
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;

import java.net.URI;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;

/**
 * Inspections and their photos. Both are PUT to an address the client makes — a photo's SHA-256, a record's
 * UUID — so that a phone on a bad connection can send again until it hears back, and nothing is doubled. A record
 * answers 201 with the stored record, the same answer to every retry.
 */
@Controller("/api")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class InspectionController {
    private final Inspections inspections;
    private final Photos photos;
    private final com.envgrid.api.access.AccessScopes scopes;

    InspectionController(Inspections inspections, Photos photos, com.envgrid.api.access.AccessScopes scopes) {
        this.inspections = inspections;
        this.photos = photos;
        this.scopes = scopes;
    }

    @Put(value = "/photos/{sha256}", consumes = {"image/jpeg", "image/png", "image/heic", "image/heif",
            MediaType.APPLICATION_OCTET_STREAM})
    @Secured({"admin", "chief", "supervisor"})
    HttpResponse<PhotoRows.PhotoInfo> uploadPhoto(@PathVariable String sha256, @Body byte[] bytes, Authentication who) {
        return HttpResponse.created(photos.store(sha256, bytes, Audit.personId(who), null), URI.create("/api/photos/" + sha256));
    }

    /** A photo's bytes, for those who may see a record it belongs to, or who sent it before any record names it. */
    // any type: the response carries the photo's own, and browsers ask for image/* or */*
    @Get(value = "/photos/{sha256}", produces = MediaType.ALL)
    HttpResponse<byte[]> photo(@PathVariable String sha256) {
        var photo = photos.visibleTo(sha256, scopes.current(), scopes.callerId());
        return HttpResponse.ok(photo.bytes()).contentType(photo.mediaType());
    }

    @Put(value = "/inspections/{id}", consumes = MediaType.APPLICATION_JSON)
    @Secured({"admin", "chief", "supervisor"})
    HttpResponse<InspectionView> submit(@PathVariable UUID id, @Body InspectionRequest record, Authentication who) {
        return HttpResponse.created(inspections.submit(id, record, Audit.personId(who)),
                URI.create("/api/inspections/" + id));
    }

    @Serdeable
    record Review(boolean accept, @Nullable String reason) {
    }

    @Post("/inspections/{id}/review")
    @Secured({"admin", "chief"})
    InspectionView review(@PathVariable UUID id, @Body Review review, Authentication who) {
        return inspections.review(id, review.accept(), review.reason(), Audit.personId(who));
    }

    /** Records and location flags per inspector in a time range (admin, viewer). */
    @Get("/inspections/flag-rates")
    @Secured({"admin", "viewer"})
    List<InspectionRows.FlagCount> flagRates(@QueryValue String from, @QueryValue String to) {
        return inspections.flagCounts(instant("from", from), instant("to", to));
    }

    @Get("/inspections/{id}")
    InspectionView one(@PathVariable UUID id) {
        return inspections.one(id);
    }

    @Get("/inspections")
    List<InspectionView> between(@Nullable @QueryValue String grid, @QueryValue String from, @QueryValue String to) {
        return inspections.between(grid, instant("from", from), instant("to", to));
    }

    private static Instant instant(String name, String text) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidParameter(name, name + " is an ISO-8601 instant such as 2026-11-30T00:00:00Z");
        }
    }
}
