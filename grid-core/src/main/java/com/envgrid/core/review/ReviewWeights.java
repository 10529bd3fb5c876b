package com.envgrid.core.review;

/**
 * How much each component counts in the review score. Weights are non-negative finite numbers with a positive sum;
 * they need not add up to 1, as the score divides by the sum of the weights it uses (see {@link Review}).
 * A weight of 0 leaves its component out of the score while it is still shown.
 */
public record ReviewWeights(double dutyCompletion, double problemsOnTime, double complaintsOnTime, double satisfaction,
                            double locationAccuracy) {

    /** Duty completion 35 %, problems closed on time 20 %, complaints closed on time 20 %, satisfaction 15 %,
     * location accuracy 10 %. */
    /** Weights are relative; percentages are the largest anyone writes. */
    public static final int MAX_WEIGHT = 100;
    public static final ReviewWeights DEFAULT = new ReviewWeights(0.35, 0.2, 0.2, 0.15, 0.1);

    public ReviewWeights {
        double[] all = {dutyCompletion, problemsOnTime, complaintsOnTime, satisfaction, locationAccuracy};
        String[] names = {"dutyCompletion", "problemsOnTime", "complaintsOnTime", "satisfaction", "locationAccuracy"};
        double sum = 0;
        for (int i = 0; i < all.length; i++) {
            if (!Double.isFinite(all[i]) || all[i] < 0 || all[i] > MAX_WEIGHT) {
                throw new IllegalArgumentException("review weight " + names[i] + " must be a number from 0 to "
                        + MAX_WEIGHT + ", got " + all[i]);
            }
            sum += all[i];
        }
        if (sum <= 0) {
            throw new IllegalArgumentException("at least one review weight must be above 0");
        }
    }

    public double sum() {
        return dutyCompletion + problemsOnTime + complaintsOnTime + satisfaction + locationAccuracy;
    }
}
