package com.envgrid.api.complaint;

import com.envgrid.api.access.AccessScopes;
import com.envgrid.api.layer.LiveGridLayer;
import com.envgrid.api.shared.InvalidParameter;
import com.envgrid.api.shared.ListFilter;
import com.envgrid.core.complaint.Channel;
import com.envgrid.core.complaint.ComplaintCategory;
import com.envgrid.core.complaint.ComplaintState;
import com.envgrid.core.grid.Grid;
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
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
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
    private final LiveGridLayer layer;
    private final Clock clock;

    ComplaintController(Complaints complaints, ComplaintFigures figures, AccessScopes scopes, LiveGridLayer layer,
                        Clock clock) {
        this.complaints = complaints;
        this.figures = figures;
        this.scopes = scopes;
        this.layer = layer;
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

    /**
     * The queue: of a state and a category, received from one day to another (district days, both included), in a
     * grid and those below it, only the overdue or escalated ones — each optional; a value that names nothing is a
     * 400 naming its parameter.
     */
    @Get
    List<ComplaintViews.Staff> list(@Nullable @QueryValue String state, @Nullable @QueryValue String category,
                                    @Nullable @QueryValue String grid, @Nullable @QueryValue LocalDate from,
                                    @Nullable @QueryValue LocalDate to, @Nullable @QueryValue String overdue,
                                    @Nullable @QueryValue Boolean escalated) {
        return complaints.list(scopes.actor(),
                ListFilter.word(ComplaintState.class, "state", state, ListFilter.keys(ComplaintState.class)),
                ListFilter.word(ComplaintCategory.class, "category", category, ListFilter.keys(ComplaintCategory.class)),
                ListFilter.of(layer.layer(), grid, from, to, overdue), Boolean.TRUE.equals(escalated));
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

    /**
     * The grids a complaint may be transferred to — every grid of the layer, by tier then code, named, without
     * geometry: a chief transfers to grids they cannot otherwise read.
     */
    @Get("/transfer-grids")
    @Secured({"admin", "chief"})
    List<ComplaintViews.GridChoice> transferGrids() {
        var grids = layer.layer();
        return grids.grids().stream().filter(g -> grids.tierOf(g) > 0)
                .sorted(Comparator.comparingInt(grids::tierOf).thenComparing(Grid::code))
                .map(g -> new ComplaintViews.GridChoice(g.code(), g.name(), grids.tierOf(g))).toList();
    }

    /** 转办: to another grid's queue, with why (a chief of the grid holding it, or the district desk). */
    @Post("/{id}/transfer")
    @Secured({"admin", "chief"})
    ComplaintViews.Staff transfer(@PathVariable long id, @Body ComplaintViews.Transfer request) {
        return complaints.transfer(scopes.actor(), clock.instant(), id, request);
    }

    /**
     * 退回: the grid returns a complaint it cannot handle to the district desk, with why; an administrator, who is
     * the desk, is told to transfer or decline it instead.
     */
    @Post("/{id}/send-back")
    @Secured({"admin", "chief", "supervisor"})
    ComplaintViews.Staff sendBack(@PathVariable long id, @Body ComplaintViews.Reason request) {
        return complaints.sendBack(scopes.actor(), clock.instant(), id, request);
    }

    /** 重复件: ends it as a duplicate of an earlier complaint, which is handled instead. */
    @Post("/{id}/duplicate")
    @Secured({"admin", "chief", "supervisor"})
    ComplaintViews.Staff duplicate(@PathVariable long id, @Body ComplaintViews.Duplicate request) {
        return complaints.markDuplicate(scopes.actor(), clock.instant(), id, request);
    }

    /** 不予受理: declines it, finally, with the reason its complainant is shown. */
    @Post("/{id}/decline")
    @Secured({"admin", "chief"})
    ComplaintViews.Staff decline(@PathVariable long id, @Body ComplaintViews.Reason request) {
        return complaints.decline(scopes.actor(), clock.instant(), id, request);
    }

    private static Instant instant(String name, String text) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidParameter(name, name + " is an ISO-8601 instant such as 2026-10-01T00:00:00Z");
        }
    }
}
