package com.envgrid.api.source;

import com.envgrid.api.features.FeatureLayer;
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
import java.util.Optional;

/** Drinking-water protection zones as GIS clients read them: what {@code GET /api/zones} shows any signed-in viewer. */
@Singleton
class ZoneLayer implements FeatureLayer {
    private static final List<Field> FIELDS = List.of(
            new Field("code", FieldType.TEXT, "保护区编码"),
            new Field("name", FieldType.TEXT, "名称"),
            new Field("level", FieldType.TEXT, "级别"));

    private final ZoneRows zones;

    ZoneLayer(ZoneRows zones) {
        this.zones = zones;
    }

    @Override
    public String id() {
        return "zones";
    }

    @Override
    public String title() {
        return "饮用水水源保护区";
    }

    @Override
    public String description() {
        return "饮用水水源保护区（一级、二级、准保护区）";
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
        return List.of("level");
    }

    @Override
    public Optional<String> temporalField() {
        return Optional.empty();
    }

    /** Zones are shown to signed-in staff only. */
    @Override
    public boolean isPublic() {
        return false;
    }

    /** Zones are not divided by grid: every signed-in viewer reads them all, as on {@code GET /api/zones}. */
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
