package com.envgrid.core.review;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The quarterly review's ranking of grids.
 * <p>
 * <b>Score.</b> The weighted mean of the grid's {@link Components} that are defined, × 100, rounded half up to
 * 2 decimals: {@code 100 × Σ wᵢ·cᵢ / Σ wᵢ}, both sums over the defined components only. A component with no data
 * (a grid that received no complaints has no complaints-on-time rate) is left out and the remaining weights are
 * renormalised, rather than counted as 0 % (which would punish a grid for having nothing to handle) or as 100 %
 * (which would reward it). The score therefore says how well the grid did at what it had to do.
 * <p>
 * <b>No data at all.</b> A grid with no defined component of positive weight gets score 0 and is ranked after every
 * grid that has a score — also after a grid that truly scored 0.00 — since there is nothing to judge it on; such
 * grids share the last rank among themselves.
 * <p>
 * <b>Ranking.</b> By score (as rounded and shown) descending; equal scores share a rank and the next rank skips
 * (1, 2, 2, 4); within a rank grids are listed by code. {@code rankChange = lastRank − rank}: positive means the grid
 * moved up; null when the grid has no rank last quarter.
 */
public final class Review {
    private Review() {
    }

    /**
     * @param grids            the grids to rank, codes unique; empty gives an empty list
     * @param weights          the weights of the components
     * @param lastQuarterRanks ranks of the previous quarter by grid code; null or empty when there was none
     */
    public static List<RankedGrid> rank(List<ReviewInput> grids, ReviewWeights weights,
                                        Map<String, Integer> lastQuarterRanks) {
        return rank(grids, code -> weights, lastQuarterRanks);
    }

    /**
     * Grids ranked together though each is scored with weights of its own — the city's first-level grids, each with
     * its district's weights.
     *
     * @param weightsOf the weights of a grid, by its code
     */
    public static List<RankedGrid> rank(List<ReviewInput> grids, Function<String, ReviewWeights> weightsOf,
                                        Map<String, Integer> lastQuarterRanks) {
        Map<String, Integer> last = lastQuarterRanks == null ? Map.of() : lastQuarterRanks;
        Set<String> codes = new HashSet<>();
        List<Scored> scored = new ArrayList<>();
        for (ReviewInput input : grids) {
            if (!codes.add(input.code())) {
                throw new IllegalArgumentException("grid " + input.code() + " is listed twice in the review");
            }
            Components components = Components.of(input.figures());
            Double score = score(components, weightsOf.apply(input.code()));
            scored.add(new Scored(input, components, score));
        }
        scored.sort(Comparator.comparing((Scored s) -> s.score == null)
                .thenComparing((Scored s) -> s.score == null ? 0 : s.score, Comparator.reverseOrder())
                .thenComparing(s -> s.input.code()));
        List<RankedGrid> ranked = new ArrayList<>(scored.size());
        for (int i = 0; i < scored.size(); i++) {
            Scored s = scored.get(i);
            int rank = i + 1;
            if (i > 0 && sameScore(scored.get(i - 1), s)) {
                rank = ranked.get(i - 1).rank();
            }
            Integer lastRank = last.get(s.input.code());
            ranked.add(new RankedGrid(rank, s.input.code(), s.input.name(), s.input.level(),
                    s.score == null ? 0 : s.score, s.components, lastRank, lastRank == null ? null : lastRank - rank));
        }
        return List.copyOf(ranked);
    }

    /** The score from 0 to 100 with 2 decimals, or null when no component of positive weight is defined. */
    static Double score(Components c, ReviewWeights w) {
        Double[] parts = {c.dutyCompletion(), c.problemsOnTime(), c.complaintsOnTime(), c.satisfaction(),
                c.locationAccuracy()};
        double[] weights = {w.dutyCompletion(), w.problemsOnTime(), w.complaintsOnTime(), w.satisfaction(),
                w.locationAccuracy()};
        double weighted = 0;
        double weightSum = 0;
        for (int i = 0; i < parts.length; i++) {
            if (parts[i] != null) {
                weighted += weights[i] * parts[i];
                weightSum += weights[i];
            }
        }
        if (weightSum == 0) {
            return null;
        }
        return BigDecimal.valueOf(100 * weighted / weightSum).setScale(2, RoundingMode.HALF_UP).doubleValue();
    }

    private static boolean sameScore(Scored a, Scored b) {
        return a.score == null ? b.score == null : a.score.equals(b.score);
    }

    private record Scored(ReviewInput input, Components components, Double score) {
    }
}
