package com.envgrid.api.coverage;

import com.envgrid.api.features.FeatureLayer;
import com.envgrid.api.features.Viewer;
import com.envgrid.api.layer.LiveGridLayer;
import com.envgrid.api.shared.DistrictTime;
import com.envgrid.core.coverage.CoverageRow;
import com.envgrid.core.duty.Period;
import com.envgrid.core.geo.feature.Feature;
import com.envgrid.core.geo.feature.Field;
import com.envgrid.core.geo.feature.GeometryKind;
import jakarta.inject.Singleton;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Coverage as GIS clients read it: every grid the viewer may read, of every tier, with the figures of {@code GET
 * /api/coverage} for a period — by default the district's current quarter. Geometries are the grids' own, not the
 * choropleth's simplified ones.
 */
@Singleton
class CoverageLayer implements FeatureLayer {
    static final String PERIOD = "period";
    private static final List<Field> FIELDS = CoverageTable.fields();

    private final Coverage coverage;
    private final LiveGridLayer layer;
    private final DistrictTime time;

    CoverageLayer(Coverage coverage, LiveGridLayer layer, DistrictTime time) {
        this.coverage = coverage;
        this.layer = layer;
        this.time = time;
    }

    @Override
    public String id() {
        return "coverage";
    }

    @Override
    public String title() {
        return "网格巡查覆盖情况";
    }

    @Override
    public String description() {
        return "各级网格在一个时段（period）内的巡查任务、检查覆盖、问题整改和信访办理情况";
    }

    @Override
    public GeometryKind geometryKind() {
        return GeometryKind.POLYGON;
    }

    @Override
    public List<Field> fields() {
        return FIELDS;
    }

    @Override
    public List<String> queryables() {
        return List.of("level", "tier", "parent", "staffed");
    }

    @Override
    public Optional<String> temporalField() {
        return Optional.empty();
    }

    @Override
    public Map<String, String> parameters() {
        return Map.of(PERIOD, "时段：月份 2026-11、季度 2026-Q4 或日期范围 2026-10-01/2026-10-15；缺省为本季度");
    }

    /** Coverage is for staff: no public page shows it. */
    @Override
    public boolean isPublic() {
        return false;
    }

    @Override
    public List<Feature> features(Viewer viewer, Map<String, String> parameters) {
        if (viewer.scope().isEmpty()) {
            return List.of();
        }
        String asked = parameters.get(PERIOD);
        Period period = asked == null ? currentQuarter() : CoverageController.period(asked);
        return coverage.rows(period, null, viewer.scope().get()).stream()
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
