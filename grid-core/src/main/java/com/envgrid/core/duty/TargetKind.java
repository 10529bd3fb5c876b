package com.envgrid.core.duty;

import com.envgrid.core.input.Vocabulary;

/** What a duty is for. */
public enum TargetKind {
    /** A supervised object (监管对象): an enterprise, a construction site or another pollution source. */
    SOURCE("监管对象"),
    /** A walk through a whole grid. */
    GRID_PATROL("网格巡查"),
    /** A patrol of one river segment (河长制) within one of the grids it crosses. */
    RIVER_PATROL("河道巡查");

    private final String chineseName;

    TargetKind(String chineseName) {
        this.chineseName = chineseName;
    }

    /** The lower-case English name used in the API: {@code source}, {@code grid_patrol} or {@code river_patrol}. */
    public String key() {
        return Vocabulary.key(this);
    }

    public String chineseName() {
        return chineseName;
    }
}
