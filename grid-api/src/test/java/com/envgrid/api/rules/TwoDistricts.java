package com.envgrid.api.rules;

import com.envgrid.api.grid.GridFiles;

import static com.envgrid.api.grid.GridFiles.square;

/**
 * A city of two small districts side by side, as a grid file: 西区 {@value #WEST} (0..20 × 0..10: town
 * {@value #WEST_TOWN} with community {@value #WEST_COMMUNITY}, street {@value #WEST}002) and 东区 {@value #EAST}
 * (20..40 × 0..10: town {@value #EAST_TOWN} with community {@value #EAST_COMMUNITY}, street {@value #EAST}002).
 * Grid patrols fall due in the two communities only (the grids below the first level not split further).
 */
final class TwoDistricts {
    static final String WEST = "320214";
    static final String WEST_TOWN = "320214001";
    static final String WEST_COMMUNITY = "320214001001";
    static final String EAST = "320215";
    static final String EAST_TOWN = "320215001";
    static final String EAST_COMMUNITY = "320215001001";
    /** Points (lon, lat) inside each community. */
    static final double[] IN_WEST = {120.005, 30.005};
    static final double[] IN_EAST = {120.025, 30.005};

    private TwoDistricts() {
    }

    static String file() {
        return GridFiles.file()
                .grid(WEST, "西区", "district", null, square(0, 0, 20, 10))
                .grid(WEST_TOWN, "西一镇", "town", WEST, square(0, 0, 10, 10))
                .grid(WEST + "002", "西二街道", "street", WEST, square(10, 0, 20, 10))
                .grid(WEST_COMMUNITY, "西一社区", "community", WEST_TOWN, square(0, 0, 10, 10))
                .grid(EAST, "东区", "district", null, square(20, 0, 40, 10))
                .grid(EAST_TOWN, "东一镇", "town", EAST, square(20, 0, 30, 10))
                .grid(EAST + "002", "东二街道", "street", EAST, square(30, 0, 40, 10))
                .grid(EAST_COMMUNITY, "东一社区", "community", EAST_TOWN, square(20, 0, 30, 10))
                .json();
    }
}
