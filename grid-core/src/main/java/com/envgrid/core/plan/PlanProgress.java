package com.envgrid.core.plan;

import java.time.LocalDate;
import java.util.Collection;

/**
 * Where a plan (or several) stands on a day: its measures — cancelled ones do not count —, how many of them are
 * verified, and how many are overdue. {@link #share()} is verified out of measures, null when there are none ("no
 * plan" is not 0 %).
 */
public record PlanProgress(int measures, int verified, int overdue) {

    public static PlanProgress of(Collection<Measure> measures, LocalDate today) {
        int counted = 0;
        int verified = 0;
        int overdue = 0;
        for (Measure m : measures) {
            if (m.state() == MeasureState.CANCELLED) {
                continue;
            }
            counted++;
            if (m.state() == MeasureState.VERIFIED) {
                verified++;
            }
            if (m.overdueOn(today)) {
                overdue++;
            }
        }
        return new PlanProgress(counted, verified, overdue);
    }

    public Double share() {
        return measures == 0 ? null : (double) verified / measures;
    }
}
