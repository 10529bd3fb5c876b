package com.envgrid.core.rules;

import com.envgrid.core.accountability.AccountabilityRule;
import com.envgrid.core.complaint.ComplaintDeadlines;
import com.envgrid.core.complaint.WorkingDays;
import com.envgrid.core.duty.InspectionRules;
import com.envgrid.core.grading.GradingRule;
import com.envgrid.core.problem.Escalation;
import com.envgrid.core.problem.RectificationDeadlines;
import com.envgrid.core.radiation.RadiationFrequencies;
import com.envgrid.core.review.ReviewWeights;

import java.util.EnumMap;
import java.util.Map;

/**
 * The rules in force in one district, or in the city as a whole: for every {@link RuleItem} its value and where it
 * comes from ({@link Origin}), and the working-day calendar deadlines are counted with. A district's rules are the
 * city's with the items the district set for itself in their place ({@link #overriddenBy}); the city's are the
 * defaults (built in or configured) with the items the city set in their place.
 */
public final class DistrictRules {
    /** Where an item's value comes from. */
    public enum Origin {
        /** Built in or configured for the deployment: nobody set it. */
        DEFAULT,
        /** Set by the city's administrators; inherited by every district that has not set its own. */
        CITY,
        /** Set by the district for itself. */
        DISTRICT
    }

    private record Setting(Object value, Origin origin) {
    }

    private final Map<RuleItem, Setting> settings;
    private final WorkingDays workingDays;

    private DistrictRules(Map<RuleItem, Setting> settings, WorkingDays workingDays) {
        this.settings = settings;
        this.workingDays = workingDays;
    }

    /**
     * The defaults: a value of its item's type for every item.
     *
     * @throws IllegalArgumentException naming an item without a value, or with a value of another type
     */
    public static DistrictRules defaults(Map<RuleItem, ?> values, WorkingDays workingDays) {
        Map<RuleItem, Setting> settings = new EnumMap<>(RuleItem.class);
        for (RuleItem item : RuleItem.values()) {
            settings.put(item, new Setting(checked(item, values.get(item)), Origin.DEFAULT));
        }
        return new DistrictRules(settings, workingDays);
    }

    /**
     * These rules with the given items set by {@code origin} in their place, and counting with {@code workingDays}.
     *
     * @throws IllegalArgumentException for a value not of its item's type
     */
    public DistrictRules overriddenBy(Origin origin, Map<RuleItem, ?> set, WorkingDays workingDays) {
        Map<RuleItem, Setting> merged = new EnumMap<>(settings);
        set.forEach((item, value) -> merged.put(item, new Setting(checked(item, value), origin)));
        return new DistrictRules(merged, workingDays);
    }

    private static Object checked(RuleItem item, Object value) {
        if (!item.type().isInstance(value)) {
            throw new IllegalArgumentException(item.key() + " needs a " + item.type().getSimpleName() + ", got " + value);
        }
        return value;
    }

    public Object value(RuleItem item) {
        return settings.get(item).value();
    }

    public Origin origin(RuleItem item) {
        return settings.get(item).origin();
    }

    public InspectionRules inspectionRules() {
        return (InspectionRules) value(RuleItem.INSPECTION_RULES);
    }

    public ReviewWeights reviewWeights() {
        return (ReviewWeights) value(RuleItem.REVIEW_WEIGHTS);
    }

    public RectificationDeadlines rectificationDeadlines() {
        return (RectificationDeadlines) value(RuleItem.RECTIFICATION_DEADLINES);
    }

    public ComplaintDeadlines complaintDeadlines() {
        return (ComplaintDeadlines) value(RuleItem.COMPLAINT_DEADLINES);
    }

    public Escalation caseEscalation() {
        return (Escalation) value(RuleItem.CASE_ESCALATION);
    }

    public Escalation complaintEscalation() {
        return (Escalation) value(RuleItem.COMPLAINT_ESCALATION);
    }

    public GradingRule creditGrading() {
        return (GradingRule) value(RuleItem.CREDIT_GRADING);
    }

    public RadiationFrequencies radiationFrequencies() {
        return (RadiationFrequencies) value(RuleItem.RADIATION_FREQUENCIES);
    }

    public AccountabilityRule accountability() {
        return (AccountabilityRule) value(RuleItem.ACCOUNTABILITY);
    }

    /** The calendar working-day deadlines (complaints) are counted with. */
    public WorkingDays workingDays() {
        return workingDays;
    }
}
