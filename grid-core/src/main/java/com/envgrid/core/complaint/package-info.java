/**
 * Complaints (信访 / 投诉举报): what they are about ({@link com.envgrid.core.complaint.ComplaintCategory}) and how
 * they came in ({@link com.envgrid.core.complaint.Channel}); where they go ({@link
 * com.envgrid.core.complaint.Routing}: the deepest grid containing the location, and the neighbours when it lies
 * near a boundary); how they are handled ({@link com.envgrid.core.complaint.ComplaintWorkflow}) and by when,
 * counted in working days ({@link com.envgrid.core.complaint.ComplaintDeadlines}, {@link
 * com.envgrid.core.complaint.WorkingDays}); the complainant's rating ({@link
 * com.envgrid.core.complaint.Satisfaction}); and the Open311 GeoReport v2 vocabulary ({@link
 * com.envgrid.core.complaint.Open311}). Everything here is a pure function of its inputs, dates included.
 */
package com.envgrid.core.complaint;
