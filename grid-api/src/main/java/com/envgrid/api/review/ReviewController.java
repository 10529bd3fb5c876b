package com.envgrid.api.review;

import com.envgrid.api.access.AccessScopes;
import com.envgrid.api.shared.InvalidParameter;
import com.envgrid.api.shared.Tables;
import com.envgrid.api.shared.Tables.Column;
import com.envgrid.core.review.RankedGrid;
import com.envgrid.core.review.ReviewPeriod;
import com.envgrid.core.review.ReviewWeights;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;

import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * The quarterly review for the district: computed with default or given weights, published (frozen) by an
 * administrator, and exported as Excel and CSV.
 */
@Controller("/api")
@Secured({"admin", "viewer"})
@ExecuteOn(TaskExecutors.BLOCKING)
class ReviewController {
    private final Reviews reviews;
    private final AccessScopes scopes;
    private final Clock clock;

    ReviewController(Reviews reviews, AccessScopes scopes, Clock clock) {
        this.reviews = reviews;
        this.scopes = scopes;
        this.clock = clock;
    }

    @Get("/review")
    Reviews.ReviewView live(@QueryValue String quarter, @Nullable @QueryValue Double dutyCompletion,
                            @Nullable @QueryValue Double problemsOnTime, @Nullable @QueryValue Double complaintsOnTime,
                            @Nullable @QueryValue Double satisfaction, @Nullable @QueryValue Double locationAccuracy) {
        return reviews.live(quarter(quarter), weights(dutyCompletion, problemsOnTime, complaintsOnTime, satisfaction,
                locationAccuracy));
    }

    @Post("/reviews")
    @Secured("admin")
    HttpResponse<Reviews.ReviewView> publish(@QueryValue String quarter, @Nullable @QueryValue Double dutyCompletion,
                                             @Nullable @QueryValue Double problemsOnTime,
                                             @Nullable @QueryValue Double complaintsOnTime,
                                             @Nullable @QueryValue Double satisfaction,
                                             @Nullable @QueryValue Double locationAccuracy) {
        var view = reviews.publish(scopes.actor(), clock.instant(), quarter(quarter), weights(dutyCompletion,
                problemsOnTime, complaintsOnTime, satisfaction, locationAccuracy));
        return HttpResponse.created(view, URI.create("/api/reviews/" + view.quarter()));
    }

    @Get("/reviews")
    List<String> quarters() {
        return reviews.publishedQuarters();
    }

    @Get("/reviews/{quarter}")
    Reviews.ReviewView published(@PathVariable String quarter) {
        return reviews.published(quarter(quarter));
    }

    @Get("/reviews/{quarter}.xlsx")
    HttpResponse<byte[]> xlsx(@PathVariable String quarter) {
        return HttpResponse.ok(table(reviews.published(quarter(quarter))).xlsx()).contentType(Tables.XLSX)
                .header("Content-Disposition", "attachment; filename=\"review-" + quarter + ".xlsx\"");
    }

    @Get("/reviews/{quarter}.csv")
    HttpResponse<byte[]> csv(@PathVariable String quarter) {
        return HttpResponse.ok(table(reviews.published(quarter(quarter))).csv()).contentType(Tables.CSV)
                .header("Content-Disposition", "attachment; filename=\"review-" + quarter + ".csv\"");
    }

    private Tables table(Reviews.ReviewView view) {
        List<Column> columns = List.of(new Column("排名", Column.Kind.COUNT), new Column("编码", Column.Kind.TEXT),
                new Column("名称", Column.Kind.TEXT), new Column("总分", Column.Kind.SCORE),
                new Column("任务完成率", Column.Kind.RATE), new Column("问题按期整改率", Column.Kind.RATE),
                new Column("信访按期办结率", Column.Kind.RATE), new Column("满意率", Column.Kind.RATE),
                new Column("位置相符率", Column.Kind.RATE), new Column("上季度排名", Column.Kind.COUNT),
                new Column("名次变化", Column.Kind.COUNT));
        List<List<Object>> rows = new ArrayList<>();
        for (RankedGrid r : view.ranking()) {
            var c = r.components();
            rows.add(java.util.Arrays.asList(r.rank(), r.code(), r.name(), r.score(), c.dutyCompletion(),
                    c.problemsOnTime(), c.complaintsOnTime(), c.satisfaction(), c.locationAccuracy(), r.lastRank(),
                    r.rankChange()));
        }
        return new Tables(reviews.districtName() + " " + view.quarter() + " 季度点评", columns, rows);
    }

    private static String quarter(String text) {
        try {
            ReviewPeriod.quarter(text);
            return text.toUpperCase(java.util.Locale.ROOT);
        } catch (RuntimeException e) {
            throw new InvalidParameter("quarter", "quarter is YYYY-Qn, such as 2026-Q3");
        }
    }

    private static ReviewWeights weights(Double duty, Double problems, Double complaints, Double satisfaction,
                                         Double location) {
        ReviewWeights d = ReviewWeights.DEFAULT;
        try {
            return new ReviewWeights(duty != null ? duty : d.dutyCompletion(), problems != null ? problems : d.problemsOnTime(),
                    complaints != null ? complaints : d.complaintsOnTime(), satisfaction != null ? satisfaction : d.satisfaction(),
                    location != null ? location : d.locationAccuracy());
        } catch (IllegalArgumentException e) {
            throw new InvalidParameter("weights", e.getMessage());
        }
    }
}
