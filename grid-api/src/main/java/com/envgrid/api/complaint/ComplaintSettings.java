package com.envgrid.api.complaint;

import com.envgrid.api.rules.CityRules;
import com.envgrid.api.rules.RuleDefaults;
import com.envgrid.core.complaint.ComplaintDeadlines;
import com.envgrid.core.problem.Escalation;
import com.envgrid.core.rules.RuleItem;
import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;

import java.util.Map;

/**
 * {@code envgrid.complaints.*}: deadlines by category overriding the defaults ({@link ComplaintDeadlines#overriddenBy}),
 * how near a boundary a complaint is shown to the neighbouring grids, the public clients' hourly allowances, and
 * after how many days overdue a complaint escalates to the grid chief and to the district. The deadlines and the
 * escalation are the city's rules until its administrators set them, and so every district's that sets none
 * ({@link CityRules}).
 */
@ConfigurationProperties("envgrid.complaints")
record ComplaintSettings(@Nullable String deadlines, @Bindable(defaultValue = "50") double nearBoundaryM,
                         @Bindable(defaultValue = "10") int maxPerHour,
                         @Bindable(defaultValue = "30") int maxPhotosPerHour,
                         @Bindable(defaultValue = "0") int daysToChief,
                         @Bindable(defaultValue = "3") int daysToDistrict) implements RuleDefaults {

    @Override
    public Map<RuleItem, Object> ruleDefaults() {
        return Map.of(RuleItem.COMPLAINT_DEADLINES, deadlinesByCategory(), RuleItem.COMPLAINT_ESCALATION,
                escalation());
    }

    ComplaintDeadlines deadlinesByCategory() {
        return ComplaintDeadlines.DEFAULT.overriddenBy(deadlines);
    }

    Escalation escalation() {
        return new Escalation(daysToChief, daysToDistrict);
    }
}
