/**
 * 一厂一策 remediation plans: per enterprise, a plan of measures, each with what to do, a deadline and the person
 * responsible, moving through {@link com.envgrid.core.plan.MeasureState} by {@link com.envgrid.core.plan.Measure}'s
 * rules; an inspection of the enterprise that passes verifies a measure, an overdue one escalates like a case
 * ({@link com.envgrid.core.problem.Escalation}), and {@link com.envgrid.core.plan.PlanProgress} counts where a plan
 * stands. Everything here is a pure function of its inputs, dates included.
 */
package com.envgrid.core.plan;
