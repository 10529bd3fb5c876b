package com.envgrid.demo.activity;

import java.util.Map;

/**
 * How well a first-level grid of the demo district works, so that the coverage map and the quarterly review have
 * differences to show: a model street, a lagging town that improves quarter by quarter, a town that slips, one that
 * is often late, a park whose phones give poor fixes.
 *
 * @param completion  the share of its duties done in the last full quarter
 * @param trend       how much that share grows from one quarter to the next
 * @param late        the share of the duties done that are done after their due date
 * @param farFixes    the share of inspections whose fix is far from the target (flagged for review)
 * @param onTime      the share of problems rectified and of complaints closed by their deadline
 * @param satisfied   the share of complainants who rate the outcome satisfied or basically satisfied
 */
record GridProfile(double completion, double trend, double late, double farFixes, double onTime, double satisfied) {
    private static final GridProfile ORDINARY = new GridProfile(0.88, 0, 0.06, 0.02, 0.85, 0.8);
    private static final Map<String, GridProfile> DEMO_DISTRICT = Map.of(
            "320214001", new GridProfile(0.96, 0, 0.02, 0.01, 0.95, 0.9),
            "320214002", ORDINARY,
            "320214003", new GridProfile(0.84, 0.04, 0.08, 0.03, 0.8, 0.78),
            "320214004", new GridProfile(0.64, 0.07, 0.12, 0.04, 0.65, 0.62),
            "320214005", new GridProfile(0.86, 0, 0.25, 0.03, 0.7, 0.72),
            "320214006", new GridProfile(0.78, -0.06, 0.08, 0.02, 0.8, 0.75),
            "320214401", new GridProfile(0.94, 0.01, 0.04, 0.02, 0.9, 0.85),
            "320214402", new GridProfile(0.8, 0, 0.1, 0.12, 0.75, 0.7));

    static GridProfile of(String firstLevelCode) {
        return DEMO_DISTRICT.getOrDefault(firstLevelCode, ORDINARY);
    }

    /** The share of duties done in the timeline's quarter {@code index} (0 to 3; 2 is the last full quarter). */
    double completion(int index) {
        return Math.max(0.3, Math.min(0.99, completion + trend * (index - 2)));
    }
}
