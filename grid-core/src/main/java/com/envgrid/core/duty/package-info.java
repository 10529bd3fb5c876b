/**
 * Inspection duties (巡查任务): the rules that say how often each target is due ({@link
 * com.envgrid.core.duty.InspectionRules}), the due windows of a period ({@link com.envgrid.core.duty.DutyPlanner}),
 * their assignment to the grid's supervisors with the workload balanced ({@link com.envgrid.core.duty.DutyAssigner})
 * and the reproducible 双随机一公开 draw beside the routine schedule ({@link com.envgrid.core.duty.RandomDraw}).
 * Everything here is a pure function of its inputs: the same directory, rules and period always give the same duties.
 */
package com.envgrid.core.duty;
