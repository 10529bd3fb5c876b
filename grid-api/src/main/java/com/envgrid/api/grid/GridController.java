package com.envgrid.api.grid;

import com.envgrid.api.shared.NotFound;
import com.envgrid.core.grid.Grid;
import com.envgrid.core.grid.GridLevel;
import com.envgrid.core.grid.geojson.PropertyMapping;
import com.envgrid.core.grid.validation.ValidationSettings;
import com.envgrid.core.input.InputProblem;
import com.envgrid.core.input.InvalidInput;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import org.locationtech.jts.geom.Geometry;

import java.util.List;

/**
 * The grid layer over HTTP: the grids as GeoJSON, one grid, point location, the validation findings and the
 * import. Geometries served are effective geometries (parks carved out of towns when parks take precedence).
 */
@Controller("/api/grids")
@ExecuteOn(TaskExecutors.BLOCKING)
class GridController {
    static final int MAX_SIMPLIFY_METRES = 1000;
    /** Beyond these, a disagreement between neighbours is not a digitising artefact any more. */
    static final double MAX_SLIVER_AREA_M2 = 10_000;
    static final double MAX_SLIVER_WIDTH_M = 20;

    private final LiveGridLayer live;
    private final GridImport gridImport;

    GridController(LiveGridLayer live, GridImport gridImport) {
        this.live = live;
        this.gridImport = gridImport;
    }

    /**
     * The grids of one tier (0 district, 1 towns/streets/parks, 2 communities/villages/cells, 3 cells inside
     * communities or villages) or one level, or all; {@code simplify} (metres) simplifies them for display as a coverage, keeping shared edges shared.
     */
    @Get(produces = GridJson.GEOJSON)
    HttpResponse<String> grids(@Nullable @QueryValue Integer tier, @Nullable @QueryValue String level,
                               @Nullable @QueryValue Integer simplify) {
        LayerState state = live.current();
        GridLevel wantedLevel = level == null ? null : GridLevel.parse(level).orElseThrow(() -> badParameter("level",
                "unknown level \"" + level + "\"; accepted: " + GridLevel.accepted()));
        if (tier != null && (tier < 0 || tier > 3)) {
            throw badParameter("tier", "tier is 0 (the district), 1 (towns, streets, parks), 2 (their communities,"
                    + " villages, cells) or 3 (cells inside communities and villages)");
        }
        if (simplify != null && (simplify < 0 || simplify > MAX_SIMPLIFY_METRES)) {
            throw badParameter("simplify", "simplify is a tolerance in metres between 0 and " + MAX_SIMPLIFY_METRES);
        }
        List<Grid> grids = state.layer().grids().stream()
                .filter(g -> tier == null || state.layer().tierOf(g) == tier)
                .filter(g -> wantedLevel == null || g.level() == wantedLevel)
                .toList();
        return HttpResponse.ok(GridJson.featureCollection(state.layer(), grids, g -> displayGeometry(state, g, simplify)))
                .contentType(GridJson.GEOJSON);
    }

    private static Geometry displayGeometry(LayerState state, Grid g, Integer simplify) {
        if (simplify == null || simplify == 0) {
            return state.layer().effectiveGeometry(g.code());
        }
        return state.simplifiedTier(state.layer().tierOf(g), simplify).get(g.code());
    }

    @Get(value = "/{code}", produces = GridJson.GEOJSON)
    HttpResponse<String> grid(@PathVariable String code) {
        LayerState state = live.current();
        Grid grid = state.layer().find(code).orElseThrow(() -> new NotFound("no grid with code " + code));
        List<String> children = state.layer().children(code).stream().map(Grid::code).toList();
        return HttpResponse.ok(GridJson.feature(state.layer(), grid, state.layer().effectiveGeometry(code), children))
                .contentType(GridJson.GEOJSON);
    }

    /** The grids containing a WGS84 point, deepest first; 404 when the point is outside the district. */
    @Get(value = "/locate", produces = MediaType.APPLICATION_JSON)
    HttpResponse<String> locate(@QueryValue double lon, @QueryValue double lat) {
        if (Math.abs(lon) > 180 || Math.abs(lat) > 90 || !Double.isFinite(lon) || !Double.isFinite(lat)) {
            throw new InvalidInput("coordinates out of range", List.of(new InputProblem("?lon,lat",
                    "lon must be within ±180 and lat within ±90, got lon=" + lon + ", lat=" + lat
                            + (Math.abs(lat) > 90 && Math.abs(lon) <= 90 ? " (lon and lat look swapped)" : ""))));
        }
        LayerState state = live.current();
        var located = state.locator().locate(lon, lat);
        if (!located.found()) {
            throw new NotFound("[" + lon + ", " + lat + "] is outside the district: no grid covers it");
        }
        return HttpResponse.ok(GridJson.located(state.layer(), lon, lat, located)).contentType(MediaType.APPLICATION_JSON_TYPE);
    }

    /** The current layer's findings — gaps, overlaps, slivers … — as a GeoJSON FeatureCollection. */
    @Get(value = "/validation", produces = GridJson.GEOJSON)
    HttpResponse<String> validation() {
        return HttpResponse.ok(GridJson.findingsCollection(live.current().report())).contentType(GridJson.GEOJSON);
    }

    /**
     * Imports a GeoJSON FeatureCollection of grids. The property mapping names the feature properties that hold
     * code, name, level and parent; {@code level} sets one level for every feature without a level property.
     */
    @Post(value = "/import", consumes = {MediaType.APPLICATION_JSON, GridJson.GEOJSON},
            produces = MediaType.APPLICATION_JSON)
    HttpResponse<String> importGrids(@Body byte[] body,
                                     @QueryValue(defaultValue = "false") boolean dryRun,
                                     @QueryValue(defaultValue = "merge") String mode,
                                     @QueryValue(defaultValue = "false") boolean repair,
                                     @Nullable @QueryValue Boolean parksTakePrecedence,
                                     @Nullable @QueryValue String codeProperty,
                                     @Nullable @QueryValue String nameProperty,
                                     @Nullable @QueryValue String levelProperty,
                                     @Nullable @QueryValue String parentProperty,
                                     @Nullable @QueryValue String level,
                                     @Nullable @QueryValue Double sliverAreaM2,
                                     @Nullable @QueryValue Double sliverWidthM) {
        if (!mode.equals("merge") && !mode.equals("replace")) {
            throw badParameter("mode", "mode is merge (add to and update the stored layer) or replace (the file is the whole layer)");
        }
        GridLevel fixedLevel = level == null ? null : GridLevel.parse(level).orElseThrow(() -> badParameter("level",
                "unknown level \"" + level + "\"; accepted: " + GridLevel.accepted()));
        ValidationSettings tolerances = null;
        if (sliverAreaM2 != null || sliverWidthM != null) {
            var configured = live.settings();
            double area = sliverAreaM2 != null ? sliverAreaM2 : configured.sliverAreaM2();
            double width = sliverWidthM != null ? sliverWidthM : configured.sliverWidthM();
            if (!(area >= 0 && area <= MAX_SLIVER_AREA_M2 && width >= 0 && width <= MAX_SLIVER_WIDTH_M)) {
                throw badParameter("sliverAreaM2", "sliver tolerances are 0 to " + MAX_SLIVER_AREA_M2 + " m² and 0 to "
                        + MAX_SLIVER_WIDTH_M + " m wide");
            }
            tolerances = new ValidationSettings(area, width);
        }
        var request = new ImportRequest(new PropertyMapping(codeProperty, nameProperty, levelProperty, parentProperty,
                fixedLevel), dryRun, mode.equals("replace"), repair, parksTakePrecedence, tolerances);
        ImportOutcome outcome = gridImport.run(body, request);
        String json = GridJson.importOutcome(outcome);
        return (dryRun ? HttpResponse.ok(json) : HttpResponse.created(json))
                .contentType(MediaType.APPLICATION_JSON_TYPE);
    }

    private static InvalidInput badParameter(String name, String message) {
        return new InvalidInput("bad query parameter " + name, List.of(new InputProblem("?" + name, message)));
    }

}
