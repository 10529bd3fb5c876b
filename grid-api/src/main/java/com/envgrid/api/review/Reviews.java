package com.envgrid.api.review;

import com.envgrid.api.access.AccessDenied;
import com.envgrid.api.access.AccessScopes;
import com.envgrid.api.audit.Audit;
import com.envgrid.api.coverage.Coverage;
import com.envgrid.api.layer.LiveGridLayer;
import com.envgrid.api.rules.CityRules;
import com.envgrid.api.shared.Conflict;
import com.envgrid.api.shared.InvalidParameter;
import com.envgrid.api.shared.JsonText;
import com.envgrid.api.shared.NotFound;
import com.envgrid.core.access.Actor;
import com.envgrid.core.access.GridScope;
import com.envgrid.core.coverage.GridFigures;
import com.envgrid.core.grid.Grid;
import com.envgrid.core.grid.GridLayer;
import com.envgrid.core.grid.GridLevel;
import com.envgrid.core.review.Components;
import com.envgrid.core.review.RankedGrid;
import com.envgrid.core.review.Review;
import com.envgrid.core.review.ReviewInput;
import com.envgrid.core.review.ReviewPeriod;
import com.envgrid.core.review.ReviewWeights;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.serde.annotation.SerdeImport;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The quarterly review (季度点评), held per district: the district's first-level grids ranked by a transparent,
 * weighted score — with the district's weights —, each with its components and its rank change since last quarter.
 * Published, a district's review is frozen as a snapshot — later corrections of records do not move it — and stays
 * readable. The city's view sets the districts side by side (each scored on its summed figures) and ranks the city's
 * first-level grids together, each scored with its own district's weights.
 */
@Singleton
@SerdeImport(RankedGrid.class)
@SerdeImport(Components.class)
@SerdeImport(ReviewWeights.class)
class Reviews {
    private final Coverage coverage;
    private final ReviewRows reviews;
    private final LiveGridLayer layer;
    private final AccessScopes scopes;
    private final Audit audit;
    private final JsonText json;
    private final CityRules rules;

    Reviews(Coverage coverage, ReviewRows reviews, LiveGridLayer layer, AccessScopes scopes, Audit audit,
            JsonText json, CityRules rules) {
        this.rules = rules;
        this.coverage = coverage;
        this.reviews = reviews;
        this.layer = layer;
        this.scopes = scopes;
        this.audit = audit;
        this.json = json;
    }

    @Serdeable
    record ReviewView(String district, String districtName, String quarter, boolean published,
                      @Nullable Instant publishedAt, ReviewWeights weights, List<RankedGrid> ranking) {
    }

    /** A district beside the others: its line as a ranked grid scored with its own weights, and those weights. */
    @Serdeable
    record DistrictLine(RankedGrid district, ReviewWeights weights, boolean published) {
    }

    /** A first-level grid of the city's ranking and the district whose weights scored it. */
    @Serdeable
    record CityRankedGrid(String district, String districtName, RankedGrid grid) {
    }

    @Serdeable
    record CityReview(String city, String cityName, String quarter, Components total, List<DistrictLine> districts,
                      List<CityRankedGrid> ranking) {
    }

    /**
     * The district a request is about: the one asked for, which the caller must be able to read; else the caller's
     * own district; else the layer's only one.
     *
     * @throws InvalidParameter when none is asked for in a city of several districts, or the code is a grid below
     *                          a district
     * @throws NotFound         when the code names no district the caller may read
     */
    String district(@Nullable String asked) {
        GridScope scope = scopes.current();
        GridLayer grids = layer.layer();
        if (asked == null) {
            List<Grid> districts = grids.districts();
            return scope.district().or(() -> districts.size() == 1 ? java.util.Optional.of(districts.get(0).code())
                    : java.util.Optional.empty()).orElseThrow(() -> new InvalidParameter(
                    "district", "the city has " + grids.districts().size() + " districts: name one with district="
                    + grids.districts().stream().map(Grid::code).findFirst().orElse("…")
                    + ", or read the city's review at /api/review/city"));
        }
        Grid grid = grids.find(asked).filter(g -> scope.canRead(g.code()))
                .orElseThrow(() -> new NotFound("no district " + asked + " that you may see"));
        if (grid.level() != GridLevel.DISTRICT) {
            throw new InvalidParameter("district", asked + " is a " + grid.level().key() + ", not a district");
        }
        return asked;
    }

    /**
     * The weights a district's review uses unless the request gives others. The one place they are looked up, so
     * that district-specific weights (inheriting the city's) come in here.
     */
    ReviewWeights weightsOf(String district) {
        return rules.ofDistrict(district).reviewWeights();
    }

    /** The review computed now from the records (what publishing would freeze). */
    @Transactional(readOnly = true)
    ReviewView live(String district, String quarter, ReviewWeights weights) {
        return new ReviewView(district, name(district), quarter, false, null, weights,
                rank(district, quarter, weights, lastRanks(district, quarter, weights)));
    }

    /** The published review of a district's quarter, as frozen. */
    ReviewView published(String district, String quarter) {
        var row = reviews.findByDistrictCodeAndQuarter(district, quarter)
                .orElseThrow(() -> new NotFound("no published review of " + district + " for " + quarter));
        return new ReviewView(district, name(district), row.quarter(), true, row.publishedAt(),
                json.read(row.weights(), Argument.of(ReviewWeights.class)),
                json.read(row.ranking(), Argument.listOf(RankedGrid.class)));
    }

    List<String> publishedQuarters(String district) {
        return reviews.findByDistrictCodeOrderByQuarterDesc(district).stream().map(ReviewRows.ReviewRow::quarter)
                .toList();
    }

    /** Freezes a district's review; only an administrator of the district (or of the city) publishes it. */
    @Transactional
    ReviewView publish(Actor actor, Instant at, String district, String quarter, ReviewWeights weights) {
        if (!scopes.current().administers(district)) {
            throw new AccessDenied("only an administrator of " + district + " publishes its review");
        }
        if (reviews.existsByDistrictCodeAndQuarter(district, quarter)) {
            throw new Conflict("the review of " + district + " for " + quarter
                    + " is published already; published reviews do not change");
        }
        ReviewView view = live(district, quarter, weights);
        reviews.save(new ReviewRows.ReviewRow(null, district, quarter, json.write(weights), json.write(view.ranking()),
                at, actor.personId()));
        audit.record(actor, at, "publish", "review", district + "/" + quarter, null,
                Map.of("district", district, "grids", view.ranking().size()));
        return published(district, quarter);
    }

    /**
     * The city's view of a quarter, for those who read every district: the districts ranked side by side on their
     * summed figures and the city's first-level grids ranked together, each scored with its district's weights; last
     * quarter's ranks are the city's ranking of then, computed from the records.
     */
    @Transactional(readOnly = true)
    CityReview city(String quarter) {
        if (!scopes.current().readsEverything()) {
            throw new AccessDenied("the city's review is for those who read every district");
        }
        GridLayer grids = layer.layer();
        Map<String, GridFigures> figures = coverage.figures(ReviewPeriod.quarter(quarter));
        Map<String, ReviewWeights> weights = new HashMap<>();
        grids.districts().forEach(d -> weights.put(d.code(), weightsOf(d.code())));
        List<RankedGrid> districts = Review.rank(inputs(grids.districts(), figures), weights::get, Map.of());
        Map<String, Integer> last = new HashMap<>();
        cityRanking(grids, coverage.figures(ReviewPeriod.quarter(ReviewPeriod.previousQuarter(quarter))), weights,
                Map.of()).forEach(r -> last.put(r.code(), r.rank()));
        var city = coverage.city();
        return new CityReview(city.code(), city.name(), quarter,
                Components.of(com.envgrid.core.coverage.CoverageRollup.city(grids, figures)),
                districts.stream().map(d -> new DistrictLine(d, weights.get(d.code()),
                        reviews.existsByDistrictCodeAndQuarter(d.code(), quarter))).toList(),
                cityRanking(grids, figures, weights, last).stream().map(r -> {
                    String district = districtOf(grids, r.code());
                    return new CityRankedGrid(district, name(district), r);
                }).toList());
    }

    private static List<RankedGrid> cityRanking(GridLayer grids, Map<String, GridFigures> figures,
                                                Map<String, ReviewWeights> weights, Map<String, Integer> last) {
        return Review.rank(inputs(grids.firstLevel(), figures), code -> weights.get(districtOf(grids, code)), last);
    }

    private List<RankedGrid> rank(String district, String quarter, ReviewWeights weights, Map<String, Integer> last) {
        GridLayer grids = layer.layer();
        List<Grid> firstLevel = grids.firstLevel().stream().filter(g -> district.equals(districtOf(grids, g.code())))
                .toList();
        return Review.rank(inputs(firstLevel, coverage.figures(ReviewPeriod.quarter(quarter))), weights, last);
    }

    private static List<ReviewInput> inputs(List<Grid> grids, Map<String, GridFigures> figures) {
        return grids.stream().map(g -> new ReviewInput(g.code(), g.name(), g.level().key(),
                figures.getOrDefault(g.code(), GridFigures.ZERO))).toList();
    }

    /** Last quarter's ranks: from its published review when there is one, else computed from the records. */
    private Map<String, Integer> lastRanks(String district, String quarter, ReviewWeights weights) {
        String previous = ReviewPeriod.previousQuarter(quarter);
        List<RankedGrid> ranking = reviews.existsByDistrictCodeAndQuarter(district, previous)
                ? published(district, previous).ranking() : rank(district, previous, weights, Map.of());
        Map<String, Integer> ranks = new HashMap<>();
        ranking.forEach(r -> ranks.put(r.code(), r.rank()));
        return ranks;
    }

    private static String districtOf(GridLayer grids, String code) {
        return grids.districtOf(code).map(Grid::code).orElse("");
    }

    /** A district's name; its code when the layer no longer holds it (a review outlives a re-import). */
    String name(String district) {
        return layer.layer().find(district).map(Grid::name).orElse(district);
    }
}
