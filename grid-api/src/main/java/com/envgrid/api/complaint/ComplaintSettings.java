package com.envgrid.api.complaint;

import com.envgrid.core.complaint.ComplaintDeadlines;
import com.envgrid.core.problem.Escalation;
import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * {@code envgrid.complaints.*}: deadlines by category overriding the defaults ({@link ComplaintDeadlines#overriddenBy}),
 * how near a boundary a complaint is shown to the neighbouring grids, the public clients' hourly allowances, and
 * after how many days overdue a complaint escalates to the grid chief and to the district.
 */
@ConfigurationProperties("envgrid.complaints")
record ComplaintSettings(@Nullable String deadlines, @Bindable(defaultValue = "50") double nearBoundaryM,
                         @Bindable(defaultValue = "10") int maxPerHour,
                         @Bindable(defaultValue = "30") int maxPhotosPerHour,
                         @Bindable(defaultValue = "0") int daysToChief,
                         @Bindable(defaultValue = "3") int daysToDistrict) {

    ComplaintDeadlines deadlinesByCategory() {
        return ComplaintDeadlines.DEFAULT.overriddenBy(deadlines);
    }

    Escalation escalation() {
        return new Escalation(daysToChief, daysToDistrict);
    }
}
