package com.envgrid.core.review;

import com.envgrid.core.coverage.GridFigures;
import com.envgrid.core.coverage.GridFigures.ComplaintCounts;
import com.envgrid.core.coverage.GridFigures.DutyCounts;
import com.envgrid.core.coverage.GridFigures.InspectionCounts;
import com.envgrid.core.coverage.GridFigures.ProblemCounts;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ReviewTest {
    /** Figures holding only what the review reads. */
    static GridFigures figures(int dutiesDue, int dutiesDone, int problemsClosed, int problemsClosedOnTime,
                               int problemsOverdue, int complaintsClosed, int complaintsClosedOnTime,
                               int complaintsRated, int complaintsSatisfied, int inspections, int inspectionsFlagged) {
        return GridFigures.ZERO.with(new DutyCounts(dutiesDue, dutiesDone, 0, 0))
                .with(new ProblemCounts(problemsOverdue, problemsOverdue, problemsClosed, problemsClosedOnTime))
                .with(new ComplaintCounts(complaintsClosed, complaintsClosed, complaintsClosedOnTime, complaintsRated,
                        complaintsSatisfied))
                .with(new InspectionCounts(inspections, inspectionsFlagged));
    }

    static GridFigures duties(int due, int done) {
        return figures(due, done, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    }

    static ReviewInput town(String code, GridFigures f) {
        return new ReviewInput(code, "town " + code, "town", f);
    }

    static List<String> order(List<RankedGrid> ranked) {
        return ranked.stream().map(RankedGrid::code).toList();
    }

    // A: duties 9/10 = 0.9, problems 4/5 = 0.8, complaints 3/4 = 0.75, satisfied 1/2 = 0.5, 1 of 10 flagged → 0.9
    static final GridFigures A = figures(10, 9, 5, 4, 0, 4, 3, 2, 1, 10, 1);
    // B: duties 5/5 = 1.0, problems 1 on time / (1 closed + 1 open overdue) = 0.5, no complaints, 0 of 4 flagged → 1.0
    static final GridFigures B = figures(5, 5, 1, 1, 1, 0, 0, 0, 0, 4, 0);

    @Test
    void the_score_is_the_weighted_mean_of_the_components_times_100() {
        var ranked = Review.rank(List.of(town("A", A)), ReviewWeights.DEFAULT, Map.of());
        // 0.35·0.9 + 0.2·0.8 + 0.2·0.75 + 0.15·0.5 + 0.1·0.9 = 0.315 + 0.16 + 0.15 + 0.075 + 0.09 = 0.79
        assertEquals(79.00, ranked.get(0).score(), 1e-9);
        assertEquals(new Components(0.9, 0.8, 0.75, 0.5, 0.9), ranked.get(0).components());
    }

    @Test
    void weights_need_not_add_up_to_one() {
        var tenfold = new ReviewWeights(3.5, 2, 2, 1.5, 1);
        assertEquals(79.00, Review.rank(List.of(town("A", A)), tenfold, Map.of()).get(0).score(), 1e-9);
    }

    @Test
    void a_component_without_data_is_left_out_and_the_other_weights_renormalised() {
        var ranked = Review.rank(List.of(town("A", A), town("B", B)), ReviewWeights.DEFAULT, Map.of());
        // B has no complaints, so no complaints-on-time and no satisfaction:
        // (0.35·1.0 + 0.2·0.5 + 0.1·1.0) / (0.35 + 0.2 + 0.1) = 0.55 / 0.65 = 0.846153… → 84.62
        RankedGrid b = ranked.get(0);
        assertEquals("B", b.code());
        assertEquals(84.62, b.score(), 1e-9);
        assertNull(b.components().complaintsOnTime());
        assertNull(b.components().satisfaction());
        assertEquals(List.of(1, 2), ranked.stream().map(RankedGrid::rank).toList());
        assertEquals(79.00, ranked.get(1).score(), 1e-9);
    }

    @Test
    void equal_scores_share_a_rank_are_listed_by_code_and_the_next_rank_skips() {
        var ranked = Review.rank(List.of(town("T1", duties(10, 5)), town("T3", duties(10, 8)),
                town("T4", duties(10, 10)), town("T2", duties(5, 4))), ReviewWeights.DEFAULT, Map.of());
        assertEquals(List.of("T4", "T2", "T3", "T1"), order(ranked));
        assertEquals(List.of(1, 2, 2, 4), ranked.stream().map(RankedGrid::rank).toList());
        assertEquals(List.of(100.0, 80.0, 80.0, 50.0), ranked.stream().map(RankedGrid::score).toList());
    }

    @Test
    void rank_change_is_last_rank_minus_rank_and_null_for_a_grid_not_ranked_last_quarter() {
        var ranked = Review.rank(List.of(town("T1", duties(10, 5)), town("T2", duties(10, 8)),
                town("T3", duties(10, 8)), town("T4", duties(10, 10))), ReviewWeights.DEFAULT,
                Map.of("T4", 3, "T2", 2, "T1", 1));
        // T4 1st (was 3rd): +2; T2 2nd (was 2nd): 0; T3 2nd (new): null; T1 4th (was 1st): −3
        assertEquals(List.of("T4", "T2", "T3", "T1"), order(ranked));
        assertEquals(Arrays.asList(3, 2, null, 1), ranked.stream().map(RankedGrid::lastRank).toList());
        assertEquals(Arrays.asList(2, 0, null, -3), ranked.stream().map(RankedGrid::rankChange).toList());
        assertEquals(Arrays.asList(null, null), Review.rank(List.of(town("T1", duties(1, 1)), town("T2", duties(1, 0))),
                ReviewWeights.DEFAULT, null).stream().map(RankedGrid::rankChange).toList());
    }

    @Test
    void custom_weights_change_the_order() {
        // X: duties 1.0, complaints on time 1/2 = 0.5; Y: duties 0.6, complaints on time 2/2 = 1.0
        var x = town("X", figures(10, 10, 0, 0, 0, 2, 1, 0, 0, 0, 0));
        var y = town("Y", figures(10, 6, 0, 0, 0, 2, 2, 0, 0, 0, 0));

        var byDefault = Review.rank(List.of(x, y), ReviewWeights.DEFAULT, Map.of());
        // X: (0.35·1 + 0.2·0.5) / 0.55 = 0.8181… → 81.82; Y: (0.35·0.6 + 0.2·1) / 0.55 = 0.7454… → 74.55
        assertEquals(List.of("X", "Y"), order(byDefault));
        assertEquals(List.of(81.82, 74.55), byDefault.stream().map(RankedGrid::score).toList());

        var complaintsFirst = Review.rank(List.of(x, y), new ReviewWeights(0.1, 0, 0.9, 0, 0), Map.of());
        // X: 0.1·1 + 0.9·0.5 = 0.55 → 55.00; Y: 0.1·0.6 + 0.9·1 = 0.96 → 96.00
        assertEquals(List.of("Y", "X"), order(complaintsFirst));
        assertEquals(List.of(96.0, 55.0), complaintsFirst.stream().map(RankedGrid::score).toList());
    }

    /** The city's first-level grids ranked together, each scored with its own district's weights. */
    @Test
    void grids_ranked_together_are_each_scored_with_their_own_weights() {
        var x = town("X", figures(10, 10, 0, 0, 0, 2, 1, 0, 0, 0, 0));
        var y = town("Y", figures(10, 6, 0, 0, 0, 2, 2, 0, 0, 0, 0));
        var complaintsFirst = new ReviewWeights(0.1, 0, 0.9, 0, 0);

        var ranked = Review.rank(List.of(x, y), code -> code.equals("Y") ? complaintsFirst : ReviewWeights.DEFAULT,
                Map.of());
        // X as by default: 81.82; Y with its own weights: 0.1·0.6 + 0.9·1 = 0.96 → 96.00
        assertEquals(List.of("Y", "X"), order(ranked));
        assertEquals(List.of(96.0, 81.82), ranked.stream().map(RankedGrid::score).toList());
    }

    @Test
    void location_accuracy_is_one_minus_the_mismatch_rate() {
        var ranked = Review.rank(List.of(town("A", figures(0, 0, 0, 0, 0, 0, 0, 0, 0, 10, 3))), ReviewWeights.DEFAULT,
                Map.of());
        assertEquals(0.7, ranked.get(0).components().locationAccuracy(), 1e-12);
        assertEquals(70.00, ranked.get(0).score(), 1e-9);
    }

    @Test
    void a_grid_with_no_data_scores_zero_and_ranks_after_a_grid_that_truly_scored_zero() {
        var ranked = Review.rank(List.of(town("T0", GridFigures.ZERO), town("T5", duties(10, 0)),
                town("T6", duties(10, 10)), town("T7", GridFigures.ZERO)), ReviewWeights.DEFAULT, Map.of());
        assertEquals(List.of("T6", "T5", "T0", "T7"), order(ranked));
        assertEquals(List.of(1, 2, 3, 3), ranked.stream().map(RankedGrid::rank).toList());
        assertEquals(List.of(100.0, 0.0, 0.0, 0.0), ranked.stream().map(RankedGrid::score).toList());
        assertEquals(new Components(null, null, null, null, null), ranked.get(2).components());
    }

    @Test
    void a_grid_whose_only_data_has_zero_weight_counts_as_having_no_data() {
        var onlyDuties = new ReviewWeights(1, 0, 0, 0, 0);
        var ranked = Review.rank(List.of(town("C", figures(0, 0, 0, 0, 0, 2, 2, 0, 0, 0, 0)),
                town("D", duties(10, 1))), onlyDuties, Map.of());
        assertEquals(List.of("D", "C"), order(ranked));
        assertEquals(List.of(10.0, 0.0), ranked.stream().map(RankedGrid::score).toList());
        assertEquals(1.0, ranked.get(1).components().complaintsOnTime(), 1e-12);
    }

    @Test
    void nothing_to_rank_gives_an_empty_review_and_a_code_listed_twice_is_refused() {
        assertEquals(List.of(), Review.rank(List.of(), ReviewWeights.DEFAULT, Map.of()));
        assertThrows(IllegalArgumentException.class, () -> Review.rank(
                List.of(town("A", A), town("A", B)), ReviewWeights.DEFAULT, Map.of()));
    }
}
