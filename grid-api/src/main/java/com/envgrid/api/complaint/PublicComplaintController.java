package com.envgrid.api.complaint;

import com.envgrid.api.photo.PhotoInfo;
import com.envgrid.api.shared.BodyLimit;
import com.envgrid.core.complaint.Channel;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

import java.net.URI;
import java.time.Clock;
import java.util.List;

/**
 * The public side of complaints, without login: filing one with its photos (rate-limited per client), following it — category,
 * grid, status and dates, location coarsened to the grid, never personal data —, and rating the outcome through
 * the link's token.
 */
@Controller("/api/public")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class PublicComplaintController {
    /** A complaint form is small; anything bigger is not one. */
    static final long MAX_BODY = 16 * 1024;

    private final Complaints complaints;
    private final ClientKeys clients;
    private final Clock clock;

    PublicComplaintController(Complaints complaints, ClientKeys clients, Clock clock) {
        this.complaints = complaints;
        this.clients = clients;
        this.clock = clock;
    }

    /** Photos are sent separately, so a bigger body is not a complaint form. */
    @Post("/complaints")
    @BodyLimit(MAX_BODY)
    HttpResponse<ComplaintViews.Receipt> file(HttpRequest<?> request, @Body ComplaintViews.Submission submission) {
        var receipt = complaints.file(clock.instant(), submission, Channel.WEB, clients.of(request));
        return HttpResponse.created(receipt, URI.create("/api/public/complaints/" + receipt.id()));
    }

    /** A photo to go with a complaint, sent before it and named by the SHA-256 of its bytes. */
    @Put(value = "/photos/{sha256}", consumes = {"image/jpeg", "image/png", "image/heic", "image/heif",
            MediaType.APPLICATION_OCTET_STREAM})
    HttpResponse<PhotoInfo> photo(HttpRequest<?> request, @PathVariable String sha256, @Body byte[] bytes) {
        return HttpResponse.created(complaints.acceptPhoto(clock.instant(), sha256, bytes, clients.of(request)));
    }

    @Get("/complaints")
    List<ComplaintViews.Public> list() {
        return complaints.publicList();
    }

    @Get("/complaints/{id}")
    ComplaintViews.Public one(@PathVariable long id) {
        return complaints.publicView(id);
    }

    @Post("/ratings/{token}")
    ComplaintViews.Public rate(@PathVariable String token, @Body ComplaintViews.Rating rating) {
        return complaints.rate(clock.instant(), token, rating);
    }
}
