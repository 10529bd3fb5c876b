/**
 * The enterprises' side of the work plan (#17): environmental credit grading, one remediation plan per factory
 * (一厂一策), hazardous waste and radiation. {@link com.envgrid.core.enterprise.AlertKind} names what the platform
 * watches for on its own; the grading counts those alerts as the compliance indicators of a year.
 */
package com.envgrid.core.enterprise;
