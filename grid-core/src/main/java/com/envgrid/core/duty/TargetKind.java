package com.envgrid.core.duty;

/** What a duty is for. */
public enum TargetKind {
    /** A supervised object (监管对象): an enterprise, a construction site or another pollution source. */
    SOURCE,
    /** A walk through a whole grid. */
    GRID_PATROL,
    /** A patrol of one river segment (河长制) within one of the grids it crosses. */
    RIVER_PATROL
}
