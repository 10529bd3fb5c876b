/**
 * Field inspections (巡查记录): the coordinate systems a GPS fix may come in ({@link
 * com.envgrid.core.inspection.FixCrs}, {@link com.envgrid.core.inspection.Gcj02}), whether it was made where it claims
 * ({@link com.envgrid.core.inspection.LocationCheck}), whether a record counts as its target inspected ({@link
 * com.envgrid.core.inspection.CountsAsInspected}), the checklist suited to the target ({@link
 * com.envgrid.core.inspection.Checklists}), findings by category and severity, and the photo formats recognised by
 * their bytes ({@link com.envgrid.core.inspection.PhotoType}).
 */
package com.envgrid.core.inspection;
