package com.envgrid.api.grid;

import com.envgrid.api.layer.LiveGridLayer;
import com.envgrid.api.layer.LayerState;
import com.envgrid.api.access.AccessDenied;
import com.envgrid.api.access.AccessScopes;
import com.envgrid.api.people.Staffings;
import com.envgrid.api.access.TouchesGrid;
import com.envgrid.api.shared.BoundaryFiles;
import com.envgrid.api.shared.ProducesGeoJson;
import com.envgrid.api.shared.InvalidParameter;
import com.envgrid.api.shared.NotFound;
import com.envgrid.core.access.GridScope;
import com.envgrid.core.geo.file.FeatureFiles;
import com.envgrid.core.geo.file.FileInspection;
import com.envgrid.core.geo.file.ReadOptions;
import com.envgrid.core.geo.file.Shapes;
import com.envgrid.core.grid.location.GridLocator;
import com.envgrid.core.grid.validation.ValidationReport;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import com.envgrid.core.grid.Grid;
import com.envgrid.core.grid.GridLevel;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.RequestBean;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import org.locationtech.jts.geom.Geometry;

import java.time.Clock;
import java.util.List;

/**
 * The grid layer over HTTP: the grids as GeoJSON, one grid, point location, the validation findings and the
 * import. Geometries served are effective geometries (parks carved out of towns when parks take precedence).
 */
@Controller("/api/grids")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class GridController {
    static final int MAX_SIMPLIFY_METRES = 1000;

    private final LiveGridLayer live;
    private final GridImport gridImport;
    private final AccessScopes scopes;
    private final Staffings staffings;
    private final Clock clock;

    GridController(LiveGridLayer live, GridImport gridImport, AccessScopes scopes, Staffings staffings, Clock clock) {
        this.live = live;
        this.gridImport = gridImport;
        this.scopes = scopes;
        this.staffings = staffings;
        this.clock = clock;
    }

    /**
     * The grids of one tier (0 district, 1 towns/streets/parks, 2 communities/villages/cells, 3 cells inside
     * communities or villages) or one level, or all; {@code simplify} (metres) simplifies them for display as a coverage, keeping shared edges shared.
     */
    @Get
    @ProducesGeoJson
    HttpResponse<String> grids(@Nullable @QueryValue Integer tier, @Nullable @QueryValue String level,
                               @Nullable @QueryValue Integer simplify) {
        LayerState state = live.current();
        GridLevel wantedLevel = level == null ? null : GridLevel.parse(level).orElseThrow(() -> new InvalidParameter("level",
                "unknown level \"" + level + "\"; accepted: " + GridLevel.accepted()));
        if (tier != null && (tier < 0 || tier > 3)) {
            throw new InvalidParameter("tier", "tier is 0 (the district), 1 (towns, streets, parks), 2 (their communities,"
                    + " villages, cells) or 3 (cells inside communities and villages)");
        }
        if (simplify != null && (simplify < 0 || simplify > MAX_SIMPLIFY_METRES)) {
            throw new InvalidParameter("simplify", "simplify is a tolerance in metres between 0 and " + MAX_SIMPLIFY_METRES);
        }
        GridScope scope = scopes.current();
        List<Grid> grids = state.layer().grids().stream()
                .filter(g -> scope.canRead(g.code()))
                .filter(g -> tier == null || state.layer().tierOf(g) == tier)
                .filter(g -> wantedLevel == null || g.level() == wantedLevel)
                .toList();
        return HttpResponse.ok(GridJson.featureCollection(state.layer(), grids, g -> displayGeometry(state, g, simplify),
                staffings.today())).contentType(GridJson.GEOJSON);
    }

    private static Geometry displayGeometry(LayerState state, Grid g, Integer simplify) {
        if (simplify == null || simplify == 0) {
            return state.layer().effectiveGeometry(g.code());
        }
        return state.simplifiedTier(state.layer().tierOf(g), simplify).get(g.code());
    }

    @Get("/{code}")
    @ProducesGeoJson
    @TouchesGrid("code")
    HttpResponse<String> grid(@PathVariable String code) {
        LayerState state = live.current();
        Grid grid = state.layer().find(code).orElseThrow(() -> new NotFound("no grid with code " + code));
        List<String> children = state.layer().children(code).stream().map(Grid::code).toList();
        return HttpResponse.ok(GridJson.feature(state.layer(), grid, state.layer().effectiveGeometry(code), children,
                staffings.today())).contentType(GridJson.GEOJSON);
    }

    /**
     * The grids containing a WGS84 point that the caller may read, deepest first; 404 when the point is outside
     * the district, 403 when it is outside every grid the caller may read.
     */
    @Get(value = "/locate", produces = MediaType.APPLICATION_JSON)
    HttpResponse<String> locate(@QueryValue double lon, @QueryValue double lat) {
        if (Math.abs(lon) > 180 || Math.abs(lat) > 90 || !Double.isFinite(lon) || !Double.isFinite(lat)) {
            throw new InvalidParameter("lon,lat", "lon must be within ±180 and lat within ±90, got lon=" + lon
                    + ", lat=" + lat + (Math.abs(lat) > 90 && Math.abs(lon) <= 90 ? " (lon and lat look swapped)" : ""));
        }
        LayerState state = live.current();
        var located = state.locator().locate(lon, lat);
        if (!located.found()) {
            throw new NotFound("[" + lon + ", " + lat + "] is outside the districts of the city: no grid covers it");
        }
        GridScope scope = scopes.current();
        var visible = new GridLocator.Located(located.chain().stream().filter(g -> scope.canRead(g.code())).toList(),
                located.onBoundary());
        if (!visible.found()) {
            throw new AccessDenied("[" + lon + ", " + lat + "] lies outside the grids you may read");
        }
        return HttpResponse.ok(GridJson.located(state.layer(), lon, lat, visible)).contentType(MediaType.APPLICATION_JSON_TYPE);
    }

    /**
     * The current layer's findings — gaps, overlaps, slivers … — as a GeoJSON FeatureCollection: all of them for
     * those who read the whole district, otherwise those about grids the caller may read.
     */
    @Get("/validation")
    @ProducesGeoJson
    HttpResponse<String> validation() {
        GridScope scope = scopes.current();
        LayerState state = live.current();
        ValidationReport report = state.report();
        if (!scope.readsEverything()) {
            report = new ValidationReport(report.findings().stream()
                    .filter(f -> !f.codes().isEmpty() && f.codes().stream().allMatch(scope::canRead)).toList());
        }
        return HttpResponse.ok(GridJson.findingsCollection(report, state.tolerances())).contentType(GridJson.GEOJSON);
    }

    /**
     * Imports a boundary file of grids: GeoJSON, GeoPackage or zipped Shapefile, in its own coordinate system or
     * {@code crs}, from its only layer or {@code layer}. The property mapping names the feature properties that
     * hold code, name, level and parent; {@code level} sets one level for every feature without a level property.
     * A district's administrators import their district only ({@code district=} their district's code).
     */
    @Post(value = "/import", consumes = {MediaType.APPLICATION_JSON, GridJson.GEOJSON, BoundaryFiles.GEOPACKAGE,
            BoundaryFiles.ZIP, BoundaryFiles.ZIP_WINDOWS, MediaType.APPLICATION_OCTET_STREAM},
            produces = MediaType.APPLICATION_JSON)
    @Secured("admin")
    HttpResponse<String> importGrids(@Body byte[] body, @RequestBean ImportQuery query) {
        GridScope scope = scopes.current();
        if (!scope.administersCity() && (query.district() == null || !scope.administers(query.district()))) {
            throw new AccessDenied("an administrator of district " + scope.district().orElse("") + " imports that"
                    + " district only: add district=" + scope.district().orElse(""));
        }
        ImportOutcome outcome = gridImport.run(scopes.actor(), clock.instant(), body,
                query.request(live.settings()));
        String json = GridJson.importOutcome(outcome);
        return (outcome.dryRun() ? HttpResponse.ok(json) : HttpResponse.created(json))
                .contentType(MediaType.APPLICATION_JSON_TYPE);
    }

    /**
     * What a boundary file holds, before importing it: format, layers, coordinate system, features and their
     * geometry types, each property with sample values, the extent, and the keys that look like code, name,
     * parent and level. Reads the file as the import would ({@code crs}, {@code layer}) but keeps nothing.
     */
    @Post(value = "/import/inspect", consumes = {MediaType.APPLICATION_JSON, GridJson.GEOJSON,
            BoundaryFiles.GEOPACKAGE, BoundaryFiles.ZIP, BoundaryFiles.ZIP_WINDOWS,
            MediaType.APPLICATION_OCTET_STREAM}, produces = MediaType.APPLICATION_JSON)
    @Secured("admin")
    HttpResponse<String> inspect(@Body byte[] body, @Nullable @QueryValue String crs,
                                 @Nullable @QueryValue String layer) {
        FileInspection inspection = FileInspection.of(FeatureFiles.read(body,
                ReadOptions.of(Shapes.ANY, "a feature").with(crs, layer)));
        return HttpResponse.ok(GridJson.inspection(inspection)).contentType(MediaType.APPLICATION_JSON_TYPE);
    }
}
