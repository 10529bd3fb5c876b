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

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** River segments (河长制) as GIS clients read them: what {@code GET /api/rivers} shows the viewer. */
@Singleton
class RiverLayer implements FeatureLayer {
    private static final List<Field> FIELDS = List.of(
            new Field("code", FieldType.TEXT, "河段编码"),
            new Field("river", FieldType.TEXT, "河流名称"),
            new Field("chief", FieldType.TEXT, "河长"),
            // A column holds one value: the grids a segment crosses go out as "A1,A2", the API's array joined.
            new Field("grids", FieldType.TEXT, "流经网格"));
    // rivers are shown to signed-in staff only
    private static final LayerDefinition DEFINITION = LayerDefinition.of("rivers", "河段", "河长制河段及其流经的网格",
            GeometryKind.LINE, FIELDS).withQueryables("river", "chief");

    private final RiverRows rivers;

    RiverLayer(RiverRows rivers) {
        this.rivers = rivers;
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
        WKBReader wkb = new WKBReader(GridFeatureReader.GEOMETRY);
        return rivers.visibleTo(viewer.scope().get()).stream().map(c -> {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("code", c.river().code());
            p.put("river", c.river().riverName());
            p.put("chief", c.river().chiefName());
            p.put("grids", String.join(",", c.grids()));
            return new Feature(c.river().code(), Directory.read(wkb, c.river().geometry(), c.river().code()), p);
        }).toList();
    }
}
