package com.envgrid.core.coverage;

import com.envgrid.core.grid.Grid;
import com.envgrid.core.grid.GridLayer;
import com.envgrid.core.grid.GridLevel;
import com.envgrid.core.grid.location.GridLocator;
import com.envgrid.core.coverage.GridFigures.ComplaintCounts;
import com.envgrid.core.coverage.GridFigures.DutyCounts;
import com.envgrid.core.coverage.GridFigures.InspectionCounts;
import com.envgrid.core.coverage.GridFigures.MeasureCounts;
import com.envgrid.core.coverage.GridFigures.ObjectCounts;
import com.envgrid.core.coverage.GridFigures.PatrolCounts;
import com.envgrid.core.coverage.GridFigures.ProblemCounts;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static com.envgrid.core.grid.GridFixture.community;
import static com.envgrid.core.grid.GridFixture.district;
import static com.envgrid.core.grid.GridFixture.lat;
import static com.envgrid.core.grid.GridFixture.lon;
import static com.envgrid.core.grid.GridFixture.park;
import static com.envgrid.core.grid.GridFixture.square;
import static com.envgrid.core.grid.GridFixture.town;
import static com.envgrid.core.grid.GridFixture.wkt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CoverageRollupTest {
    /**
     * District D (0..20 × 0..10): town A (0..10) split into communities A1 (west) and A2 (east); town B (10..20)
     * whose west half is community B1 and whose east half holds park P (15..20), a first-level grid of its own.
     */
    static GridLayer layer() {
        return GridLayer.of(List.of(district(square(0, 0, 20, 10)),
                town("A", square(0, 0, 10, 10)), town("B", square(10, 0, 20, 10)), park("P", square(15, 0, 20, 10)),
                community("A1", "A", square(0, 0, 5, 10)), community("A2", "A", square(5, 0, 10, 10)),
                community("B1", "B", square(10, 0, 15, 10))), true);
    }

    static GridFigures duties(int due, int done) {
        return GridFigures.ZERO.with(new DutyCounts(due, done, 0, 0));
    }

    /** Every count {@code n}. */
    static GridFigures every(int n) {
        return new GridFigures(new DutyCounts(n, n, n, n), new ObjectCounts(n, n), new PatrolCounts(n, n),
                new ProblemCounts(n, n, n, n), new ComplaintCounts(n, n, n, n, n), new InspectionCounts(n, n),
                new MeasureCounts(n, n));
    }

    /** The counts {@code first}, {@code first + 1} … in the order of the groups, each different from the others. */
    static GridFigures counting(int first) {
        int n = first;
        return new GridFigures(new DutyCounts(n, n + 1, n + 2, n + 3), new ObjectCounts(n + 4, n + 5),
                new PatrolCounts(n + 6, n + 7), new ProblemCounts(n + 8, n + 9, n + 10, n + 11),
                new ComplaintCounts(n + 12, n + 13, n + 14, n + 15, n + 16), new InspectionCounts(n + 17, n + 18),
                new MeasureCounts(n + 19, n + 20));
    }

    static GridFigures complaints(int received) {
        return GridFigures.ZERO.with(new ComplaintCounts(received, 0, 0, 0, 0));
    }

    @Test
    void parents_are_the_sums_of_their_children_plus_what_was_recorded_on_them() {
        var rolled = CoverageRollup.rollUp(layer(), Map.of(
                "A1", duties(4, 3), "A2", duties(6, 6), "A", complaints(1),
                "P", duties(2, 1), "D", complaints(2)));

        assertEquals(duties(4, 3), rolled.get("A1"));
        assertEquals(duties(6, 6), rolled.get("A2"));
        assertEquals(duties(10, 9).plus(complaints(1)), rolled.get("A"));
        assertEquals(duties(2, 1), rolled.get("P"));
        // D = A (10 due, 9 done, 1 complaint) + B (nothing) + P (2, 1) + its own 2 complaints
        assertEquals(duties(12, 10).plus(complaints(3)), rolled.get("D"));
        assertEquals(List.of("D", "A", "B", "P", "A1", "A2", "B1"), List.copyOf(rolled.keySet()));
    }

    @Test
    void a_grid_with_nothing_recorded_in_or_below_it_has_zero() {
        var rolled = CoverageRollup.rollUp(layer(), Map.of("A1", duties(4, 3)));
        assertEquals(GridFigures.ZERO, rolled.get("B1"));
        assertEquals(GridFigures.ZERO, rolled.get("B"));
        assertEquals(GridFigures.ZERO, rolled.get("P"));
        assertEquals(GridFigures.ZERO, rolled.get("A2"));
        assertEquals(duties(4, 3), rolled.get("D"));
    }

    @Test
    void nothing_recorded_gives_zero_everywhere() {
        var rolled = CoverageRollup.rollUp(layer(), Map.of());
        assertEquals(7, rolled.size());
        rolled.values().forEach(f -> assertEquals(GridFigures.ZERO, f));
    }

    @Test
    void a_complaint_in_the_park_counts_for_the_park_and_not_for_the_town_around_it() {
        var layer = layer();
        var locator = new GridLocator(layer);
        Map<String, GridFigures> recorded = new HashMap<>();
        // one complaint in the park (17, 5), one in B1 (12, 5), one in A2 (7, 5)
        for (double[] p : new double[][] {{17, 5}, {12, 5}, {7, 5}}) {
            String code = locator.locate(lon(p[0]), lat(p[1])).deepest().orElseThrow().code();
            recorded.merge(code, complaints(1), GridFigures::plus);
        }
        var rolled = CoverageRollup.rollUp(layer, recorded);

        assertEquals(complaints(1), rolled.get("P"));
        assertEquals(complaints(1), rolled.get("B"));
        assertEquals(complaints(1), rolled.get("B1"));
        assertEquals(complaints(1), rolled.get("A"));
        assertEquals(complaints(3), rolled.get("D"));
    }

    @Test
    void every_count_is_summed_and_the_district_is_the_sum_of_the_first_level_grids() {
        var a1 = counting(1);
        var b1 = every(100);
        var p = every(1);
        var rolled = CoverageRollup.rollUp(layer(), Map.of("A1", a1, "B1", b1, "P", p));

        assertEquals(counting(102), rolled.get("D"));
        var layer = layer();
        GridFigures firstLevel = layer.firstLevel().stream().map(g -> rolled.get(g.code()))
                .reduce(GridFigures.ZERO, GridFigures::plus);
        assertEquals(rolled.get("D"), firstLevel);
    }

    static GridFigures measures(int due, int verified) {
        return GridFigures.ZERO.with(new MeasureCounts(due, verified));
    }

    @Test
    void plan_progress_of_a_parent_is_its_childrens_measures_summed_each_counted_once() {
        // measures of enterprises in A1 (3 due, 1 verified), A2 (1, 1) and the park (2, 2): the park's are not the town's
        var rolled = CoverageRollup.rollUp(layer(), Map.of("A1", measures(3, 1), "A2", measures(1, 1),
                "P", measures(2, 2)));

        assertEquals(measures(4, 2), rolled.get("A"));
        assertEquals(0.5, rolled.get("A").planProgress(), 1e-12);
        assertEquals(GridFigures.ZERO, rolled.get("B"));
        assertNull(rolled.get("B").planProgress(), "no measure due is no figure, not 0 %");
        assertEquals(measures(6, 4), rolled.get("D"));
        assertEquals(4.0 / 6, rolled.get("D").planProgress(), 1e-12);
    }

    @Test
    void figures_for_a_grid_not_in_the_layer_are_refused() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> CoverageRollup.rollUp(layer(), Map.of("NOPE", duties(1, 1))));
        assertEquals("figures were recorded for grid NOPE, which is not in the layer", e.getMessage());
    }

    @Test
    void an_empty_layer_rolls_up_to_nothing() {
        assertEquals(Map.of(), CoverageRollup.rollUp(GridLayer.empty(), Map.of()));
    }

    /**
     * A city of two districts: D (0..20 × 0..10) with the layer's towns, and E (20..30) with town C. What is
     * recorded in E itself (a gap of E) counts for E and the city, and for D nowhere.
     */
    @Test
    void the_city_is_the_sum_of_its_districts_each_counted_once() {
        GridLayer city = GridLayer.of(List.of(district(square(0, 0, 20, 10)), town("A", square(0, 0, 20, 10)),
                new Grid("E", "district E", GridLevel.DISTRICT, null, wkt(square(20, 0, 30, 10))),
                new Grid("C", "town C", GridLevel.TOWN, "E", wkt(square(20, 0, 25, 10)))), true);
        Map<String, GridFigures> rolled = CoverageRollup.rollUp(city, Map.of("A", counting(1), "C", counting(100),
                "E", every(7)));

        assertEquals(counting(1), rolled.get("D"));
        assertEquals(counting(100).plus(every(7)), rolled.get("E"));
        assertEquals(counting(1).plus(counting(100)).plus(every(7)), CoverageRollup.city(city, rolled));
        assertEquals(GridFigures.ZERO, CoverageRollup.city(GridLayer.empty(), Map.of()), "no district, nothing");
    }
}
