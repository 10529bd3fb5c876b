package com.envgrid.core.source;

/**
 * An environmental credit rating (环境信用等级), A best … D worst. Districts label the four grades their own way —
 * letters, or the colours green, blue, yellow, red —; a {@link RatingScale} reads those labels.
 */
public enum CreditRating {
    A, B, C, D
}
