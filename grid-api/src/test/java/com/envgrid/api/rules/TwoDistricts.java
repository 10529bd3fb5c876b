package com.envgrid.api.rules;

/**
 * The two-district city of {@link com.envgrid.api.people.TwoDistricts} as these tests name it: a community in each
 * district, whose rules a test sets apart, and a point inside each.
 */
final class TwoDistricts {
    static final String WEST = com.envgrid.api.people.TwoDistricts.WEST;
    static final String WEST_COMMUNITY = "A1";
    static final String EAST = com.envgrid.api.people.TwoDistricts.EAST;
    static final String EAST_COMMUNITY = "C1";

    /** Points (lon, lat) inside each community. */
    static final double[] IN_WEST = {120.005, 30.0025};
    static final double[] IN_EAST = {120.025, 30.0025};

    private TwoDistricts() {
    }

    static String file() {
        return com.envgrid.api.people.TwoDistricts.layer();
    }
}
