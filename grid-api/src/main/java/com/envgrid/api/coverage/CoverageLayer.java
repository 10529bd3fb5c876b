package com.envgrid.api.coverage;

import com.envgrid.api.features.FeatureLayer;
import com.envgrid.api.features.LayerDefinition;
import com.envgrid.api.features.Viewer;
import com.envgrid.api.layer.LiveGridLayer;
import com.envgrid.api.shared.DistrictTime;
import com.envgrid.api.shared.PeriodParameter;
import com.envgrid.core.coverage.CoverageRow;
import com.envgrid.core.duty.Period;
import com.envgrid.core.geo.feature.Feature;
import com.envgrid.core.geo.feature.GeometryKind;
import jakarta.inject.Singleton;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Coverage as GIS clients read it: the grids the viewer may read with the figures of {@code GET /api/coverage} for a
 * period — by default the district's current quarter — at a level as that API takes it ({@code first}, {@code town},
 * {@code 2} …), every tier when none is asked. Geometries are the grids' own, not the choropleth's simplified ones.
 */
@Singleton
class CoverageLayer implements FeatureLayer {
    static final String PERIOD = "period";
    static final String LEVEL = "level";
    // coverage is for staff: no public page shows it
    private static final LayerDefinition DEFINITION = LayerDefinition.of("coverage", "网格巡查覆盖情况",
                    "各级网格在一个时段（period）内的巡查任务、检查覆盖、问题整改和信访办理情况", GeometryKind.POLYGON,
                    CoverageTable.fields())
            .withQueryables("tier", "parent", "staffed")
            .withParameters(Map.of(PERIOD, "时段：月份 2026-11、季度 2026-Q4 或日期范围 2026-10-01/2026-10-15；缺省为本季度"
                            + " (period: a month, a quarter or a range of days; the current quarter when absent)",
                    LEVEL, "网格层级：district、first（town、street、park）、second（community、village）、third 或 0–3；缺省为全部"
                            + " (level: as /api/coverage takes it; every tier when absent)"));

    private final Coverage coverage;
    private final LiveGridLayer layer;
    private final DistrictTime time;

    CoverageLayer(Coverage coverage, LiveGridLayer layer, DistrictTime time) {
        this.coverage = coverage;
        this.layer = layer;
        this.time = time;
    }

    @Override
    public LayerDefinition definition() {
        return DEFINITION;
    }

    @Override
    public List<Feature> features(Viewer viewer, Map<String, String> parameters) {
        if (viewer.scope().isEmpty()) {
            return List.of();
        }
        String asked = parameters.get(PERIOD);
        Period period = asked == null ? currentQuarter() : PeriodParameter.of(asked);
        Integer tier = parameters.get(LEVEL) == null ? null : CoverageController.tier(parameters.get(LEVEL));
        return coverage.rows(period, tier, viewer.scope().get()).stream()
                .sorted(Comparator.comparing(CoverageRow::code))
                .map(this::feature).toList();
    }

    private Period currentQuarter() {
        LocalDate today = time.today();
        return Period.quarter(today.getYear(), (today.getMonthValue() + 2) / 3);
    }

    private Feature feature(CoverageRow row) {
        Map<String, Object> properties = new LinkedHashMap<>();
        CoverageTable.json(row).forEach((key, value) -> properties.put(key, value instanceof List<?> list
                ? String.join(",", list.stream().map(String::valueOf).toList()) : value));
        return new Feature(row.code(), layer.layer().effectiveGeometry(row.code()), properties);
    }
}
