package com.envgrid.api.problem;

import com.envgrid.core.problem.Escalation;
import com.envgrid.core.problem.RectificationDeadlines;
import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * {@code envgrid.cases.*}: the calendar days to rectify a finding by severity, and after how many days overdue a
 * case escalates to the grid chief and to the district.
 */
@ConfigurationProperties("envgrid.cases")
record CaseSettings(@Bindable(defaultValue = "15") int minorDays, @Bindable(defaultValue = "7") int generalDays,
                    @Bindable(defaultValue = "3") int seriousDays, @Bindable(defaultValue = "0") int daysToChief,
                    @Bindable(defaultValue = "3") int daysToDistrict) {

    RectificationDeadlines deadlines() {
        return new RectificationDeadlines(minorDays, generalDays, seriousDays);
    }

    Escalation escalation() {
        return new Escalation(daysToChief, daysToDistrict);
    }
}
