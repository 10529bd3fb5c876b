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
import java.util.Optional;
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
    public String id() {
        return "visits";
    }

    @Override
    public String title() {
        return "走访";
    }

    @Override
    public String description() {
        return "visits of the test";
    }

    @Override
    public GeometryKind geometryKind() {
        return GeometryKind.POINT;
    }

    @Override
    public List<Field> fields() {
        return List.of(new Field("visited_at", FieldType.DATETIME, "走访时间"),
                new Field("colour", FieldType.TEXT, "颜色"));
    }

    @Override
    public List<String> queryables() {
        return List.of();
    }

    @Override
    public Optional<String> temporalField() {
        return Optional.of("visited_at");
    }

    @Override
    public Map<String, String> parameters() {
        return Map.of("colour", "red or blue: the visits of that colour");
    }

    @Override
    public boolean isPublic() {
        return false;
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
