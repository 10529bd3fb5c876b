package com.envgrid.api.photo;

import com.envgrid.api.access.AccessScopes;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

import java.net.URI;
import java.time.Clock;

/**
 * Photos of the staff's records, PUT to the SHA-256 of their bytes — so that a phone on a bad connection can send
 * again until it hears back, and nothing is doubled — and read by those who may see a record showing them.
 */
@Controller("/api")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class PhotoController {
    private final Photos photos;
    private final AccessScopes scopes;
    private final Clock clock;

    PhotoController(Photos photos, AccessScopes scopes, Clock clock) {
        this.photos = photos;
        this.scopes = scopes;
        this.clock = clock;
    }

    @Put(value = "/photos/{sha256}", consumes = {"image/jpeg", "image/png", "image/heic", "image/heif",
            MediaType.APPLICATION_OCTET_STREAM})
    @Secured({"admin", "chief", "supervisor"})
    HttpResponse<PhotoInfo> upload(@PathVariable String sha256, @Body byte[] bytes) {
        return HttpResponse.created(photos.store(scopes.actor(), clock.instant(), new Photos.Upload(sha256, bytes, null)),
                URI.create("/api/photos/" + sha256));
    }

    /** A photo's bytes, for those who may see a record it belongs to, or who sent it before any record names it. */
    // any type: the response carries the photo's own, and browsers ask for image/* or */*
    @Get(value = "/photos/{sha256}", produces = MediaType.ALL)
    HttpResponse<byte[]> photo(@PathVariable String sha256) {
        var photo = photos.visibleTo(scopes.actor(), sha256);
        return HttpResponse.ok(photo.bytes()).contentType(photo.mediaType());
    }
}
