package com.envgrid.core.grid.validation;

import com.envgrid.core.geo.Areas;
import com.envgrid.core.geo.LocalProjection;
import com.envgrid.core.grid.Grid;
import com.envgrid.core.grid.GridLayer;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.util.PolygonExtracter;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Clips grids to their parent's effective area, on request: independently digitised layers overhang their parents
 * along every shared boundary, and the overhang belongs to the neighbour. Parents are clipped before their children
 * (tier by tier), so a community is clipped to its street as clipped. Each piece cut off is reported as a
 * {@link IssueKind#CLIPPED_TO_PARENT} with its area — but for slivers by the layer's tolerances, cut off without a
 * finding: a file reprojected from Gauss–Krüger metres moves its shared boundaries by centimetres (only vertices are
 * transformed), which is nobody's overhang. A grid lying wholly outside its parent, or with an invalid
 * geometry, is left as it is, for the validation to report.
 */
public final class ParentClip {
    private ParentClip() {
    }

    /** The layer's grids, those clipped in place, and a finding for each piece cut off. */
    public record Result(List<Grid> grids, List<LayerIssue> findings) {
    }

    /** A grid's parent; a first-level grid without one lies in the district of a one-district layer. */
    private static Optional<Grid> parentOf(GridLayer layer, Grid grid, int tier) {
        Optional<Grid> parent = layer.parent(grid);
        return parent.isPresent() || tier != 1 ? parent : layer.districtOf(grid.code());
    }

    /**
     * Clips the grids of {@code layer} whose codes are in {@code clippable} (the file's, not the stored ones); pieces
     * that are slivers by {@code tolerances} are cut off unreported.
     */
    public static Result clip(Collection<Grid> layer, Set<String> clippable, boolean parksTakePrecedence,
                              ValidationSettings tolerances) {
        Map<String, Grid> grids = new LinkedHashMap<>();
        layer.forEach(g -> grids.put(g.code(), g));
        List<LayerIssue> findings = new ArrayList<>();
        GridLayer current = GridLayer.of(grids.values(), parksTakePrecedence);
        for (int tier = 1; tier <= 3; tier++) {
            boolean changed = false;
            GridLayer before = current;
            for (Grid g : before.tier(tier)) {
                Optional<Grid> parentGrid = parentOf(before, g, tier);
                Optional<Geometry> parentArea = parentGrid
                        .filter(p -> p.geometry().isValid())
                        .map(p -> before.effectiveGeometry(p.code()));
                if (!clippable.contains(g.code()) || parentArea.isEmpty() || !g.geometry().isValid()) {
                    continue;
                }
                Geometry inside = InvalidGeometryRepair.polygonal(
                        OverlayNGRobust.overlay(g.geometry(), parentArea.get(), OverlayNG.INTERSECTION));
                List<Polygon> cut = pieces(OverlayNGRobust.overlay(g.geometry(), parentArea.get(), OverlayNG.DIFFERENCE));
                if (inside == null || cut.isEmpty()) {
                    continue;
                }
                grids.put(g.code(), g.withGeometry(inside));
                changed = true;
                Grid parent = parentGrid.orElseThrow();
                for (Polygon piece : cut) {
                    if (tolerances.isSliver(LocalProjection.centredOn(piece.getEnvelopeInternal()).toMetres(piece))) {
                        continue;
                    }
                    double areaM2 = Areas.squareMetres(piece);
                    findings.add(new LayerIssue(IssueKind.CLIPPED_TO_PARENT, List.of(g.code()), piece, areaM2,
                            String.format(Locale.ROOT, "part of %s (%s) outside its parent %s (%s) was cut off: %.1f m²",
                                    g.code(), g.name(), parent.code(), parent.name(), areaM2)));
                }
            }
            if (changed) {
                current = GridLayer.of(grids.values(), parksTakePrecedence);
            }
        }
        return new Result(List.copyOf(grids.values()), findings);
    }

    private static List<Polygon> pieces(Geometry area) {
        List<Polygon> pieces = new ArrayList<>();
        for (Object o : PolygonExtracter.getPolygons(area)) {
            Polygon p = (Polygon) o;
            if (!p.isEmpty() && p.getArea() > 0) {
                pieces.add(p);
            }
        }
        return pieces;
    }
}
