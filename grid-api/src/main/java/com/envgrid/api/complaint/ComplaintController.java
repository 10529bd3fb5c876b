package com.envgrid.api.complaint;

import com.envgrid.api.access.AccessScopes;
import com.envgrid.api.shared.InvalidParameter;
import com.envgrid.core.complaint.Channel;
import com.envgrid.core.input.InputCode;
import com.envgrid.core.input.InputProblem;
import com.envgrid.core.input.InvalidInput;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
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
import java.util.Map;

/** Complaints for staff: hotline, letter and walk-in entry, the queue of their grids, handling, and figures. */
@Controller("/api/complaints")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class ComplaintController {
    private final Complaints complaints;
    private final ComplaintFigures figures;
    private final AccessScopes scopes;
    private final Clock clock;

    ComplaintController(Complaints complaints, ComplaintFigures figures, AccessScopes scopes, Clock clock) {
        this.complaints = complaints;
        this.figures = figures;
        this.scopes = scopes;
        this.clock = clock;
    }

    /**
     * A complaint taken by phone (12345/12369), letter or in person, entered by staff in their grids; the answer has
     * no rating link — that is the complainant's.
     */
    @Post
    @Secured({"admin", "chief", "supervisor"})
    HttpResponse<ComplaintViews.Receipt> enter(@Body ComplaintViews.Submission submission) {
        Channel channel = Channel.parse(submission.channel()).filter(c -> !c.isPublicIntake())
                .orElseThrow(() -> new InvalidInput("unknown channel", List.of(new InputProblem("/channel",
                        "channel is hotline_12345, hotline_12369, letter or visit", InputCode.NOT_ONE_OF,
                        Map.of("accepted", "hotline_12345, hotline_12369, letter, visit")))));
        var receipt = complaints.enter(scopes.actor(), clock.instant(), submission, channel).withoutRatingLink();
        return HttpResponse.created(receipt, URI.create("/api/complaints/" + receipt.id()));
    }

    @Get
    List<ComplaintViews.Staff> list(@Nullable @QueryValue String state, @Nullable @QueryValue Boolean escalated) {
        return complaints.list(scopes.actor(), state, Boolean.TRUE.equals(escalated));
    }

    @Get("/figures")
    @Secured({"admin", "viewer", "chief"})
    List<ComplaintViews.Figures> figures(@QueryValue String from, @QueryValue String to) {
        return figures.of(scopes.actor(), instant("from", from), instant("to", to));
    }

    @Get("/{id}")
    ComplaintViews.Staff one(@PathVariable long id) {
        return complaints.one(scopes.actor(), id);
    }

    @Post("/{id}/actions")
    @Secured({"admin", "chief", "supervisor"})
    ComplaintViews.Staff act(@PathVariable long id, @Body ComplaintViews.Action action) {
        return complaints.act(scopes.actor(), clock.instant(), id, action);
    }

    private static Instant instant(String name, String text) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidParameter(name, name + " is an ISO-8601 instant such as 2026-10-01T00:00:00Z");
        }
    }
}
