package com.envgrid.api.features;

import com.envgrid.core.geo.feature.Feature;
import com.envgrid.core.geo.feature.Field;
import com.envgrid.core.geo.feature.FieldType;
import com.envgrid.core.geo.feature.GeometryKind;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * A layer with time for the OGC API's tests of {@code datetime} and of a layer's own parameter: a visit a day at
 * 02:00 UTC (10:00 in the district) from 2026-09-01 to 2026-09-05, points along a line, signed-in viewers only;
 * {@code colour} picks the visits of one colour, as coverage's {@code period} picks a quarter.
 */
@Singleton
@Requires(property = "test.ogc.visits", value = "true")
class VisitsLayer implements FeatureLayer {
    static final List<Instant> TIMES = IntStream.rangeClosed(1, 5)
            .mapToObj(day -> Instant.parse("2026-09-0" + day + "T02:00:00Z")).toList();
    private static final GeometryFactory GEOMETRIES = new GeometryFactory();

    @Override
    public LayerDefinition definition() {
        return LayerDefinition.of("visits", "走访", "visits of the test", GeometryKind.POINT,
                        List.of(new Field("visited_at", FieldType.DATETIME, "走访时间"), new Field("colour", FieldType.TEXT, "颜色")))
                .withTime("visited_at")
                .withParameters(Map.of("colour", "red or blue: the visits of that colour"));
    }

    @Override
    public List<Feature> features(Viewer viewer, Map<String, String> parameters) {
        String colour = parameters.get("colour");
        return IntStream.range(0, TIMES.size())
                .mapToObj(i -> new Feature("v" + (i + 1), GEOMETRIES.createPoint(new Coordinate(120 + i * 0.001, 30)),
                        Map.of("visited_at", TIMES.get(i), "colour", i % 2 == 0 ? "red" : "blue")))
                .filter(f -> colour == null || f.properties().get("colour").equals(colour))
                .toList();
    }
}
