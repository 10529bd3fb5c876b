package com.envgrid.core.grid.validation;

import com.envgrid.core.grid.Grid;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.geom.util.PolygonExtracter;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Repairs invalid grid geometries, on request only, with JTS's {@link GeometryFixer} (a self-intersecting ring
 * becomes the polygons it encloses, duplicate points and spikes go). Each repair is reported as a
 * {@link IssueKind#REPAIRED_GEOMETRY} with where the original error was.
 * A geometry whose repair leaves no area is left as it was, to be reported invalid.
 */
public final class InvalidGeometryRepair {
    private InvalidGeometryRepair() {
    }

    public record Result(List<Grid> grids, List<LayerIssue> findings) {
    }

    public static Result repair(List<Grid> grids) {
        List<Grid> out = new ArrayList<>(grids.size());
        List<LayerIssue> findings = new ArrayList<>();
        for (Grid g : grids) {
            TopologyValidationError error = new IsValidOp(g.geometry()).getValidationError();
            Geometry fixed = error == null ? null : polygonal(GeometryFixer.fix(g.geometry()));
            if (fixed == null) {
                out.add(g);
                continue;
            }
            out.add(g.withGeometry(fixed));
            var at = error.getCoordinate();
            findings.add(new LayerIssue(IssueKind.REPAIRED_GEOMETRY, List.of(g.code()),
                    g.geometry().getFactory().createPoint(at), null, String.format(Locale.ROOT,
                    "grid %s (%s) was repaired: %s at [%.7f, %.7f]", g.code(), g.name(), error.getMessage(), at.x, at.y)));
        }
        return new Result(out, findings);
    }

    /** The polygons of a geometry as a Polygon or MultiPolygon; null when it has none. */
    static Geometry polygonal(Geometry fixed) {
        @SuppressWarnings("unchecked")
        List<Polygon> polygons = PolygonExtracter.getPolygons(fixed);
        polygons = polygons.stream().filter(p -> !p.isEmpty()).toList();
        if (polygons.isEmpty()) {
            return null;
        }
        if (polygons.size() == 1) {
            return polygons.get(0);
        }
        return fixed.getFactory().createMultiPolygon(polygons.toArray(Polygon[]::new));
    }
}
