package com.envgrid.api.problem;

import com.envgrid.api.rules.CityRules;
import com.envgrid.api.rules.RuleDefaults;
import com.envgrid.core.problem.Escalation;
import com.envgrid.core.problem.RectificationDeadlines;
import com.envgrid.core.rules.RuleItem;
import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

import java.util.Map;

/**
 * {@code envgrid.cases.*}: the calendar days to rectify a finding by severity, and after how many days overdue a
 * case escalates to the grid chief and to the district — the city's rules until its administrators set them, and
 * so every district's that sets none ({@link CityRules}).
 */
@ConfigurationProperties("envgrid.cases")
record CaseSettings(@Bindable(defaultValue = "15") int minorDays, @Bindable(defaultValue = "7") int generalDays,
                    @Bindable(defaultValue = "3") int seriousDays, @Bindable(defaultValue = "0") int daysToChief,
                    @Bindable(defaultValue = "3") int daysToDistrict) implements RuleDefaults {

    @Override
    public Map<RuleItem, Object> ruleDefaults() {
        return Map.of(RuleItem.RECTIFICATION_DEADLINES, deadlines(), RuleItem.CASE_ESCALATION, escalation());
    }

    RectificationDeadlines deadlines() {
        return new RectificationDeadlines(minorDays, generalDays, seriousDays);
    }

    Escalation escalation() {
        return new Escalation(daysToChief, daysToDistrict);
    }
}
