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
import org.locationtech.jts.io.WKBReader;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Drinking-water protection zones as GIS clients read them: what {@code GET /api/zones} shows any signed-in viewer. */
@Singleton
class ZoneLayer implements FeatureLayer {
    private static final List<Field> FIELDS = List.of(
            new Field("code", FieldType.TEXT, "保护区编码"),
            new Field("name", FieldType.TEXT, "名称"),
            new Field("level", FieldType.TEXT, "级别"));
    // zones are shown to signed-in staff only
    private static final LayerDefinition DEFINITION = LayerDefinition.of("zones", "饮用水水源保护区",
            "饮用水水源保护区（一级、二级、准保护区）", GeometryKind.POLYGON, FIELDS).withQueryables("level");

    private final ZoneRows zones;

    ZoneLayer(ZoneRows zones) {
        this.zones = zones;
    }

    /** Zones are not divided by grid: every signed-in viewer reads them all, as on {@code GET /api/zones}. */
    @Override
    public LayerDefinition definition() {
        return DEFINITION;
    }

    @Override
    public List<Feature> features(Viewer viewer, Map<String, String> parameters) {
        if (viewer.isAnonymous()) {
            return List.of();
        }
        WKBReader wkb = new WKBReader(GridFeatureReader.GEOMETRY);
        return zones.findAll().stream().sorted(Comparator.comparing(ZoneRow::code)).map(z -> {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("code", z.code());
            p.put("name", z.name());
            p.put("level", z.level());
            return new Feature(z.code(), Directory.read(wkb, z.geometry(), z.code()), p);
        }).toList();
    }
}
