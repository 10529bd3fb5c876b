package com.envgrid.api.review;

import com.envgrid.api.audit.Audit;
import com.envgrid.api.coverage.Coverage;
import com.envgrid.api.layer.LiveGridLayer;
import com.envgrid.api.shared.Conflict;
import com.envgrid.api.shared.NotFound;
import com.envgrid.core.access.Actor;
import com.envgrid.core.coverage.GridFigures;
import com.envgrid.core.review.Components;
import com.envgrid.core.review.RankedGrid;
import com.envgrid.core.review.Review;
import com.envgrid.core.review.ReviewInput;
import com.envgrid.core.review.ReviewPeriod;
import com.envgrid.core.review.ReviewWeights;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import com.envgrid.api.shared.JsonText;
import io.micronaut.serde.annotation.SerdeImport;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The quarterly review (季度点评): the first-level grids ranked by a transparent, weighted score, each with its
 * components and its rank change since last quarter. Published, a review is frozen as a snapshot — later
 * corrections of records do not move it — and stays readable.
 */
@Singleton
@SerdeImport(RankedGrid.class)
@SerdeImport(Components.class)
@SerdeImport(ReviewWeights.class)
class Reviews {
    private final Coverage coverage;
    private final ReviewRows reviews;
    private final LiveGridLayer layer;
    private final Audit audit;
    private final JsonText json;

    Reviews(Coverage coverage, ReviewRows reviews, LiveGridLayer layer, Audit audit, JsonText json) {
        this.coverage = coverage;
        this.reviews = reviews;
        this.layer = layer;
        this.audit = audit;
        this.json = json;
    }

    @Serdeable
    record ReviewView(String quarter, boolean published, @Nullable Instant publishedAt, ReviewWeights weights,
                      List<RankedGrid> ranking) {
    }

    /** The review computed now from the records (what publishing would freeze). */
    ReviewView live(String quarter, ReviewWeights weights) {
        return new ReviewView(quarter, false, null, weights, rank(quarter, weights, lastRanks(quarter, weights)));
    }

    /** The published review of a quarter, as frozen. */
    ReviewView published(String quarter) {
        var row = reviews.findById(quarter).orElseThrow(() -> new NotFound("no published review for " + quarter));
        return new ReviewView(row.quarter(), true, row.publishedAt(), json.read(row.weights(), Argument.of(ReviewWeights.class)),
                json.read(row.ranking(), Argument.listOf(RankedGrid.class)));
    }

    List<String> publishedQuarters() {
        return reviews.findAllOrderByQuarterDesc().stream().map(ReviewRows.ReviewRow::quarter).toList();
    }

    @Transactional
    ReviewView publish(Actor actor, Instant at, String quarter, ReviewWeights weights) {
        if (reviews.existsById(quarter)) {
            throw new Conflict("the review of " + quarter + " is published already; published reviews do not change");
        }
        ReviewView view = live(quarter, weights);
        reviews.save(new ReviewRows.ReviewRow(quarter, json.write(weights), json.write(view.ranking()), at,
                actor.personId()));
        audit.record(actor, at, "publish", "review", quarter, null, Map.of("grids", view.ranking().size()));
        return published(quarter);
    }

    private List<RankedGrid> rank(String quarter, ReviewWeights weights, Map<String, Integer> last) {
        Map<String, GridFigures> figures = coverage.figures(ReviewPeriod.quarter(quarter));
        List<ReviewInput> inputs = layer.layer().firstLevel().stream()
                .map(g -> new ReviewInput(g.code(), g.name(), g.level().key(), figures.getOrDefault(g.code(), GridFigures.ZERO)))
                .toList();
        return Review.rank(inputs, weights, last);
    }

    /** Last quarter's ranks: from its published review when there is one, else computed from the records. */
    private Map<String, Integer> lastRanks(String quarter, ReviewWeights weights) {
        String previous = ReviewPeriod.previousQuarter(quarter);
        List<RankedGrid> ranking = reviews.existsById(previous) ? published(previous).ranking()
                : rank(previous, weights, Map.of());
        Map<String, Integer> ranks = new HashMap<>();
        ranking.forEach(r -> ranks.put(r.code(), r.rank()));
        return ranks;
    }
}
