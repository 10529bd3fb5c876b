package com.envgrid.api.grid;

import com.envgrid.api.features.FeatureLayer;
import com.envgrid.api.features.LayerDefinition;
import com.envgrid.api.features.Viewer;
import com.envgrid.api.layer.LayerState;
import com.envgrid.api.layer.LiveGridLayer;
import com.envgrid.api.people.Staffings;
import com.envgrid.core.access.Staffing;
import com.envgrid.core.geo.feature.Feature;
import com.envgrid.core.geo.feature.GeometryKind;
import com.envgrid.core.grid.Grid;
import org.locationtech.jts.geom.Geometry;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The grids as a feature layer, all of them or one tier: what {@code /api/grids} gives the viewer — the grids of
 * their scope with their effective geometries and {@link GridProperties} — and, for the anonymous public, exactly
 * the public outline ({@code /api/public/district}) on the layer of all grids: the first-level grids simplified, with
 * code, name and level.
 */
final class GridFeatureLayer implements FeatureLayer {
    private final LayerDefinition definition;
    private final Integer tier;
    private final LiveGridLayer live;
    private final Staffings staffings;

    /** One tier's grids, or every grid when {@code tier} is null (that layer is the public one). */
    GridFeatureLayer(String id, String title, String description, Integer tier, LiveGridLayer live, Staffings staffings) {
        this.definition = LayerDefinition.of(id, title, description, GeometryKind.POLYGON,
                        GridProperties.fields(GridProperties.GIS_PARENT))
                .withQueryables("code", "level", "tier", GridProperties.GIS_PARENT, GridProperties.DISTRICT)
                .withPublic(tier == null);
        this.tier = tier;
        this.live = live;
        this.staffings = staffings;
    }

    @Override
    public LayerDefinition definition() {
        return definition;
    }

    @Override
    public List<Feature> features(Viewer viewer, Map<String, String> parameters) {
        return features(viewer, g -> true);
    }

    @Override
    public Optional<Feature> feature(Viewer viewer, String id, Map<String, String> parameters) {
        return features(viewer, g -> g.code().equals(id)).stream().findFirst();
    }

    private List<Feature> features(Viewer viewer, Predicate<Grid> wanted) {
        LayerState state = live.current();
        if (viewer.isAnonymous()) {
            if (!isPublic()) {
                return List.of();
            }
            Map<String, Geometry> outlines = PublicDistrictController.publicGeometries(state);
            return PublicDistrictController.publicGrids(state).stream().filter(wanted)
                    .sorted(Comparator.comparing(Grid::code))
                    .map(g -> new Feature(g.code(), outlines.get(g.code()), GridProperties.publicOf(state.layer(), g)))
                    .toList();
        }
        var scope = viewer.scope().orElseThrow();
        Staffing staffing = staffings.today();
        return state.layer().grids().stream()
                .filter(g -> tier == null || state.layer().tierOf(g) == tier)
                .filter(g -> scope.canRead(g.code()))
                .filter(wanted)
                .sorted(Comparator.comparing(Grid::code))
                .map(g -> new Feature(g.code(), state.layer().effectiveGeometry(g.code()),
                        GridProperties.of(state.layer(), g, staffing, GridProperties.GIS_PARENT)))
                .toList();
    }
}
