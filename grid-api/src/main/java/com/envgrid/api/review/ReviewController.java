package com.envgrid.api.review;

import com.envgrid.api.access.AccessScopes;
import com.envgrid.api.city.Cities;
import com.envgrid.api.shared.DistrictTime;
import com.envgrid.api.shared.InvalidParameter;
import com.envgrid.api.shared.Tables;
import com.envgrid.api.shared.Tables.Column;
import com.envgrid.core.review.RankedGrid;
import com.envgrid.core.review.ReviewPeriod;
import com.envgrid.core.review.ReviewWeights;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
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
import java.time.format.DateTimeFormatter;
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
    private static final DateTimeFormatter PUBLISHED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private final Reviews reviews;
    private final AccessScopes scopes;
    private final Clock clock;
    private final DistrictTime time;
    private final Cities cities;

    ReviewController(Reviews reviews, AccessScopes scopes, Clock clock, DistrictTime time, Cities cities) {
        this.cities = cities;
        this.reviews = reviews;
        this.scopes = scopes;
        this.clock = clock;
        this.time = time;
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
        scopes.requireCityAdministrator("the review ranks the whole layer's first-level grids: the city's"
                + " administrators publish it");
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

    /** The live ranking, unpublished, with default or given weights, as Excel. */
    @Get(value = "/review.xlsx", produces = {Tables.XLSX, MediaType.APPLICATION_JSON, MediaType.ALL})
    HttpResponse<byte[]> liveXlsx(@QueryValue String quarter, @Nullable @QueryValue Double dutyCompletion,
                                  @Nullable @QueryValue Double problemsOnTime, @Nullable @QueryValue Double complaintsOnTime,
                                  @Nullable @QueryValue Double satisfaction, @Nullable @QueryValue Double locationAccuracy) {
        var view = live(quarter, dutyCompletion, problemsOnTime, complaintsOnTime, satisfaction, locationAccuracy);
        return download(table(view).xlsx(), Tables.XLSX, "review-" + view.quarter() + "-unpublished.xlsx");
    }

    /** The live ranking, unpublished, as CSV. */
    @Get(value = "/review.csv", produces = {Tables.CSV, MediaType.APPLICATION_JSON, MediaType.ALL})
    HttpResponse<byte[]> liveCsv(@QueryValue String quarter, @Nullable @QueryValue Double dutyCompletion,
                                 @Nullable @QueryValue Double problemsOnTime, @Nullable @QueryValue Double complaintsOnTime,
                                 @Nullable @QueryValue Double satisfaction, @Nullable @QueryValue Double locationAccuracy) {
        var view = live(quarter, dutyCompletion, problemsOnTime, complaintsOnTime, satisfaction, locationAccuracy);
        return download(table(view).csv(), Tables.CSV, "review-" + view.quarter() + "-unpublished.csv");
    }

    @Get(value = "/reviews/{quarter}.xlsx", produces = {Tables.XLSX, MediaType.APPLICATION_JSON, MediaType.ALL})
    HttpResponse<byte[]> xlsx(@PathVariable String quarter) {
        return download(table(reviews.published(quarter(quarter))).xlsx(), Tables.XLSX, "review-" + quarter + ".xlsx");
    }

    @Get(value = "/reviews/{quarter}.csv", produces = {Tables.CSV, MediaType.APPLICATION_JSON, MediaType.ALL})
    HttpResponse<byte[]> csv(@PathVariable String quarter) {
        return download(table(reviews.published(quarter(quarter))).csv(), Tables.CSV, "review-" + quarter + ".csv");
    }

    private static HttpResponse<byte[]> download(byte[] bytes, String type, String filename) {
        return HttpResponse.ok(bytes).contentType(type)
                .header("Content-Disposition", "attachment; filename=\"" + filename + "\"");
    }

    private Tables table(Reviews.ReviewView view) {
        List<Column> columns = List.of(new Column("排名", Column.Kind.COUNT), new Column("编码", Column.Kind.CODE),
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
        String quarter = ReviewPeriod.quarter(view.quarter()).chineseName();
        String published = view.published()
                ? "发布时间：" + PUBLISHED.format(view.publishedAt().atZone(time.zone())) + "（" + time.zone().getId() + "）"
                : "未发布：按导出时的记录计算，发布前仍会变化";
        return new Tables(quarter + " 季度点评", cities.title() + " " + quarter + " 季度点评",
                List.of("权重：" + weightsInWords(view.weights()), published), columns, rows);
    }

    /** 任务完成率 35%、问题按期整改率 20%、… — each weight as its share of their sum, which is what the score uses. */
    static String weightsInWords(ReviewWeights w) {
        double sum = w.sum();
        double[] weights = {w.dutyCompletion(), w.problemsOnTime(), w.complaintsOnTime(), w.satisfaction(),
                w.locationAccuracy()};
        String[] names = {"任务完成率", "问题按期整改率", "信访按期办结率", "满意率", "位置相符率"};
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < weights.length; i++) {
            parts.add(names[i] + " " + new java.math.BigDecimal(Double.toString(weights[i] / sum * 100))
                    .setScale(1, java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString() + "%");
        }
        return String.join("、", parts);
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
