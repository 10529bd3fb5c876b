/**
 * Problems and their rectification (问题整改): a finding or a complaint becomes a case that moves through the states
 * of {@link com.envgrid.core.problem.CaseState} by the actions and roles of {@link
 * com.envgrid.core.problem.CaseWorkflow}, is due by a deadline set by its severity ({@link
 * com.envgrid.core.problem.RectificationDeadlines}) and, once overdue, escalates from the supervisor to the grid chief
 * to the district ({@link com.envgrid.core.problem.Escalation}). Everything here is a pure function of its inputs,
 * dates included.
 */
package com.envgrid.core.problem;
