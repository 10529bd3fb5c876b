package com.envgrid.core.rules;

import com.envgrid.core.accountability.AccountabilityRule;
import com.envgrid.core.complaint.ComplaintDeadlines;
import com.envgrid.core.duty.InspectionRules;
import com.envgrid.core.grading.GradingRule;
import com.envgrid.core.problem.Escalation;
import com.envgrid.core.problem.RectificationDeadlines;
import com.envgrid.core.radiation.RadiationFrequencies;
import com.envgrid.core.review.ReviewWeights;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * A rule the city sets for every district and a district may set for itself instead (holiday calendars, set per
 * year, are kept apart: see {@link DistrictRules#workingDays()}). Each item is one value of its {@link #type()}.
 */
public enum RuleItem {
    /** How often each kind of target is due (巡查频次). */
    INSPECTION_RULES(InspectionRules.class),
    /** How much each component counts in the quarterly review. */
    REVIEW_WEIGHTS(ReviewWeights.class),
    /** Calendar days to rectify a finding, by severity. */
    RECTIFICATION_DEADLINES(RectificationDeadlines.class),
    /** Working days to accept and to close a complaint, by category. */
    COMPLAINT_DEADLINES(ComplaintDeadlines.class),
    /** Days overdue before a problem case goes up to the grid chief and to the district. */
    CASE_ESCALATION(Escalation.class),
    /** Days overdue before a complaint goes up to the grid chief and to the district. */
    COMPLAINT_ESCALATION(Escalation.class),
    /** Points of each indicator and thresholds of each grade in the environmental credit grading (环保信用评价). */
    CREDIT_GRADING(GradingRule.class),
    /** How often a holder of radiation sources and devices is inspected, by their classes. */
    RADIATION_FREQUENCIES(RadiationFrequencies.class),
    /** Days an order may be overdue, and the measures proposed, before an accountability record (问责) is proposed. */
    ACCOUNTABILITY(AccountabilityRule.class);

    private final Class<?> type;

    RuleItem(Class<?> type) {
        this.type = type;
    }

    public Class<?> type() {
        return type;
    }

    /** The item as the API and the database write it: inspection_rules, review_weights, … */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<RuleItem> parse(String key) {
        return Arrays.stream(values()).filter(i -> i.key().equals(key)).findFirst();
    }
}
