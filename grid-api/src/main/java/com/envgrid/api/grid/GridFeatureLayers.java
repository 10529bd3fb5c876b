package com.envgrid.api.grid;

import com.envgrid.api.features.FeatureLayer;
import com.envgrid.api.layer.LiveGridLayer;
import com.envgrid.api.people.Staffings;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

/** The grid layers GIS clients read: every grid ({@code grids}) and each tier on its own ({@code grids-tier-N}). */
@Factory
class GridFeatureLayers {
    private final LiveGridLayer live;
    private final Staffings staffings;

    GridFeatureLayers(LiveGridLayer live, Staffings staffings) {
        this.live = live;
        this.staffings = staffings;
    }

    @Singleton
    @Named("grids")
    FeatureLayer grids() {
        return new GridFeatureLayer("grids", "网格", "全部网格：区县、镇街与园区、村社、村社内的网格，"
                + "按有效边界（园区优先时已从镇街中扣除）。Every grid of the district with its effective boundary.",
                null, live, staffings);
    }

    @Singleton
    @Named("grids-tier-0")
    FeatureLayer tier0() {
        return tier(0, "区县", "the district");
    }

    @Singleton
    @Named("grids-tier-1")
    FeatureLayer tier1() {
        return tier(1, "镇街与园区", "towns, streets and parks");
    }

    @Singleton
    @Named("grids-tier-2")
    FeatureLayer tier2() {
        return tier(2, "村社", "communities, villages and their cells");
    }

    @Singleton
    @Named("grids-tier-3")
    FeatureLayer tier3() {
        return tier(3, "村社内网格", "cells inside communities and villages");
    }

    private FeatureLayer tier(int tier, String chinese, String english) {
        return new GridFeatureLayer("grids-tier-" + tier, "第" + tier + "层网格：" + chinese,
                "第" + tier + "层网格（" + chinese + "）。Tier " + tier + " grids: " + english + ".", tier, live, staffings);
    }
}
