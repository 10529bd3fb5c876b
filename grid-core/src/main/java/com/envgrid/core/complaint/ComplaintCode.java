package com.envgrid.core.complaint;

import com.envgrid.core.input.ProblemCode;

/** Codes of refusals about complaints more specific than a workflow refusal's kind (see {@link ProblemCode}). */
public enum ComplaintCode implements ProblemCode {
    /** A closed complaint that was reopened before is not reopened again. */
    REOPENED_ONCE("complaint.reopened_once"),
    /** The outcome has been rated since the complaint was closed. */
    RATED_ALREADY("complaint.rated_already"),
    /** What is wrong needs saying, in 1 to {@code limit} characters. */
    DESCRIPTION("complaint.description"),
    /** A complaint needs a location. */
    LOCATION_NEEDED("complaint.location_needed"),
    /** The location is outside the district. */
    OUTSIDE_DISTRICT("complaint.outside_district"),
    /** A complaint opens one problem case at most. */
    CASE_OPENED_ALREADY("complaint.case_opened_already"),
    /** An Open311 jurisdiction_id that is neither a district of the city nor the city; {@code value}, {@code accepted}. */
    UNKNOWN_JURISDICTION("complaint.unknown_jurisdiction"),
    /** The location lies in another district than the Open311 jurisdiction_id names; {@code district}. */
    OUTSIDE_JURISDICTION("complaint.outside_jurisdiction"),
    /** Only the city's administrators move a complaint from one district to another; {@code from}, {@code to}. */
    ACROSS_DISTRICTS("complaint.across_districts");

    private final String code;

    ComplaintCode(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
