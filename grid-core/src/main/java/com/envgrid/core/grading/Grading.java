package com.envgrid.core.grading;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The grade a year's record proposes: each {@link Indicator} with its items (the evidence), the points they weigh
 * under a {@link GradingRule}, the score and the grade. An indicator with no item is listed with none, at 0 points.
 *
 * @param indicators every indicator in order, with its count, weight, points (negative: taken off) and evidence
 */
public record Grading(int score, CreditGrade grade, List<Scored> indicators) {
    public Grading {
        indicators = List.copyOf(indicators);
    }

    /** An indicator as it counted: its items, the points one weighs, and the points it made (negative: taken off). */
    public record Scored(Indicator indicator, int count, int weight, int points, List<Evidence> evidence) {
        public Scored {
            evidence = List.copyOf(evidence);
        }
    }

    /** The grade of a record under a rule; indicators absent from the record have no item. */
    public static Grading of(Map<Indicator, List<Evidence>> record, GradingRule rule) {
        Map<Indicator, Integer> weights = rule.weights();
        List<Scored> scored = new ArrayList<>();
        int score = GradingRule.FULL_SCORE;
        for (Indicator indicator : Indicator.values()) {
            List<Evidence> items = record.getOrDefault(indicator, List.of());
            int weight = weights.get(indicator);
            int points = (indicator.favourable() ? 1 : -1) * weight * items.size();
            scored.add(new Scored(indicator, items.size(), weight, points, items));
            score += points;
        }
        score = Math.max(0, Math.min(GradingRule.FULL_SCORE, score));
        return new Grading(score, rule.gradeOf(score), scored);
    }
}
