package com.envgrid.core.grading;

import java.util.EnumMap;
import java.util.Map;

/**
 * A district's credit grading rule (a rule item the city sets and a district may set for itself): the points each
 * item of an indicator weighs, and the lowest score of each grade. A year starts at {@link #FULL_SCORE}; every
 * unfavourable item takes its points off, every verified correction gives its points back, never above full score;
 * a score of at least {@code greenFrom} is green, at least {@code blueFrom} blue, at least {@code yellowFrom} yellow,
 * below that red.
 * <p>
 * {@link #DEFAULT}: a serious finding 20 points, a general one 8, a minor one 3; a case overdue 5, one sent back 5;
 * a confirmed complaint 10; a hazardous-waste or radiation alert 10; a verified correction gives back 2. Green from
 * 90, blue from 75, yellow from 60.
 */
public record GradingRule(int seriousFinding, int generalFinding, int minorFinding, int overdueCase,
                          int reopenedCase, int confirmedComplaint, int hazardousWasteAlert, int radiationAlert,
                          int verifiedCorrection, int greenFrom, int blueFrom, int yellowFrom) {
    public static final int FULL_SCORE = 100;
    public static final GradingRule DEFAULT = new GradingRule(20, 8, 3, 5, 5, 10, 10, 10, 2, 90, 75, 60);

    public GradingRule {
        int[] points = {seriousFinding, generalFinding, minorFinding, overdueCase, reopenedCase, confirmedComplaint,
                hazardousWasteAlert, radiationAlert, verifiedCorrection};
        for (int i = 0; i < points.length; i++) {
            if (points[i] < 0 || points[i] > FULL_SCORE) {
                throw new IllegalArgumentException("credit grading: " + Indicator.values()[i].key()
                        + " weighs 0 to " + FULL_SCORE + " points, got " + points[i]);
            }
        }
        if (!(FULL_SCORE >= greenFrom && greenFrom > blueFrom && blueFrom > yellowFrom && yellowFrom > 0)) {
            throw new IllegalArgumentException("credit grading: the thresholds must fall from green to yellow within"
                    + " 1–" + FULL_SCORE + " (greenFrom > blueFrom > yellowFrom), got " + greenFrom + ", " + blueFrom
                    + ", " + yellowFrom);
        }
    }

    /** The points one item of each indicator weighs, in the indicators' order. */
    public Map<Indicator, Integer> weights() {
        int[] points = {seriousFinding, generalFinding, minorFinding, overdueCase, reopenedCase, confirmedComplaint,
                hazardousWasteAlert, radiationAlert, verifiedCorrection};
        Map<Indicator, Integer> weights = new EnumMap<>(Indicator.class);
        for (Indicator i : Indicator.values()) {
            weights.put(i, points[i.ordinal()]);
        }
        return weights;
    }

    /** The grade of a score. */
    public CreditGrade gradeOf(int score) {
        if (score >= greenFrom) {
            return CreditGrade.GREEN;
        }
        if (score >= blueFrom) {
            return CreditGrade.BLUE;
        }
        return score >= yellowFrom ? CreditGrade.YELLOW : CreditGrade.RED;
    }
}
