package com.envgrid.core.review;

/**
 * A grid's line of the review: its rank (ties share one), score from 0 to 100 with 2 decimals, the components the
 * score was built from, its rank in the previous quarter (null if it was not ranked then) and the change
 * {@code lastRank − rank} (positive: moved up; null without a last rank).
 */
public record RankedGrid(int rank, String code, String name, String level, double score, Components components,
                         Integer lastRank, Integer rankChange) {
}
