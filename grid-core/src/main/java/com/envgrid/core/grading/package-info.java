/**
 * Environmental credit grading (环保信用评价, #17): the four grades of the national practice ({@link
 * com.envgrid.core.grading.CreditGrade}), the named indicators a year's record is counted by ({@link
 * com.envgrid.core.grading.Indicator}), the district's weights and thresholds ({@link
 * com.envgrid.core.grading.GradingRule}), and the scoring of one enterprise's year ({@link
 * com.envgrid.core.grading.Grading}) — each indicator shown with the evidence behind it.
 */
package com.envgrid.core.grading;
