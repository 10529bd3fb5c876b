package com.envgrid.api.source;

import com.envgrid.api.features.FeatureLayer;
import com.envgrid.api.features.LayerDefinition;
import com.envgrid.api.features.Viewer;
import com.envgrid.core.geo.feature.Feature;
import com.envgrid.core.geo.feature.Field;
import com.envgrid.core.geo.feature.FieldType;
import com.envgrid.core.geo.feature.GeometryKind;
import com.envgrid.core.grid.geojson.GridFeatureReader;
import jakarta.inject.Singleton;
import org.locationtech.jts.geom.Coordinate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The directory's point sources as GIS clients read them: what {@code GET /api/sources} shows the viewer. */
@Singleton
class SourceLayer implements FeatureLayer {
    private static final List<Field> FIELDS = List.of(
            new Field("code", FieldType.TEXT, "来源编码"),
            new Field("kind", FieldType.TEXT, "类型"),
            new Field("name", FieldType.TEXT, "名称"),
            new Field("credit_code", FieldType.TEXT, "统一社会信用代码"),
            new Field("industry", FieldType.TEXT, "行业"),
            new Field("address", FieldType.TEXT, "地址"),
            new Field("key_discharger", FieldType.BOOLEAN, "重点排污单位"),
            new Field("rating", FieldType.TEXT, "信用等级"),
            new Field("status", FieldType.TEXT, "状态"),
            new Field("grid", FieldType.TEXT, "所在网格"),
            new Field("zone", FieldType.TEXT, "所在水源保护区"));
    // the directory is for staff: the public pages show no source
    private static final LayerDefinition DEFINITION = LayerDefinition.of("sources", "污染源",
            "监管对象名录中的污染源（企业、工地、餐饮等），按所在网格的可见范围", GeometryKind.POINT, FIELDS)
            .withQueryables("kind", "industry", "key_discharger", "rating", "status", "grid", "zone");

    private final SourceRows sources;

    SourceLayer(SourceRows sources) {
        this.sources = sources;
    }

    @Override
    public LayerDefinition definition() {
        return DEFINITION;
    }

    @Override
    public List<Feature> features(Viewer viewer, Map<String, String> parameters) {
        return viewer.scope().map(scope -> sources.findAllOrderByCode().stream().filter(s -> s.visibleTo(scope))
                .map(SourceLayer::feature).toList()).orElse(List.of());
    }

    private static Feature feature(SourceRow s) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("code", s.code());
        p.put("kind", s.kind());
        p.put("name", s.name());
        p.put("credit_code", s.creditCode());
        p.put("industry", s.industry());
        p.put("address", s.address());
        p.put("key_discharger", s.keyDischarger());
        p.put("rating", s.rating());
        p.put("status", s.status());
        p.put("grid", s.gridCode());
        p.put("zone", s.zoneCode());
        return new Feature(s.code(), GridFeatureReader.GEOMETRY.createPoint(new Coordinate(s.lon(), s.lat())), p);
    }
}
