package com.envgrid.api.source;

import com.envgrid.api.access.AccessScopes;
import com.envgrid.api.shared.BoundaryFiles;
import com.envgrid.api.shared.GeoJson;
import com.envgrid.api.shared.ProducesGeoJson;
import com.envgrid.core.grid.geojson.GridFeatureReader;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import org.locationtech.jts.io.WKBReader;

import java.time.Clock;

/** River segments (河长制) and drinking-water protection zones as GeoJSON, and their import. */
@Controller("/api")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class RiverAndZoneController {
    private final RiverRows rivers;
    private final ZoneRows zones;
    private final Directory directory;
    private final AccessScopes scopes;
    private final Clock clock;

    RiverAndZoneController(RiverRows rivers, ZoneRows zones, Directory directory, AccessScopes scopes, Clock clock) {
        this.rivers = rivers;
        this.zones = zones;
        this.directory = directory;
        this.scopes = scopes;
        this.clock = clock;
    }

    @Serdeable
    record Imported(int imported) {
    }

    /** The river segments crossing grids the caller may read, each with the grids it crosses. */
    @Get("/rivers")
    @ProducesGeoJson
    HttpResponse<String> rivers() {
        WKBReader wkb = new WKBReader(GridFeatureReader.GEOMETRY);
        return HttpResponse.ok(GeoJson.featureCollection(rivers.visibleTo(scopes.current()), c -> c.river().code(),
                c -> Directory.read(wkb, c.river().geometry(), c.river().code()), (json, c) -> {
                    json.writeStringField("code", c.river().code());
                    json.writeStringField("river", c.river().riverName());
                    json.writeStringField("chief", c.river().chiefName());
                    json.writeArrayFieldStart("grids");
                    for (String g : c.grids()) {
                        json.writeString(g);
                    }
                    json.writeEndArray();
                })).contentType(GeoJson.MEDIA_TYPE);
    }

    @Get("/zones")
    @ProducesGeoJson
    HttpResponse<String> zones() {
        WKBReader wkb = new WKBReader(GridFeatureReader.GEOMETRY);
        return HttpResponse.ok(GeoJson.featureCollection(zones.findAll().stream().toList(), ZoneRow::code,
                z -> Directory.read(wkb, z.geometry(), z.code()), (json, z) -> {
                    json.writeStringField("code", z.code());
                    json.writeStringField("name", z.name());
                    json.writeStringField("level", z.level());
                })).contentType(GeoJson.MEDIA_TYPE);
    }

    /**
     * Imports river segments from a boundary file (GeoJSON, GeoPackage, zipped Shapefile; {@code crs}, {@code layer}).
     * Rivers and protection zones run across districts: the city's administrators import them.
     */
    @Post(value = "/rivers/import", consumes = {MediaType.APPLICATION_JSON, GeoJson.MEDIA_TYPE,
            BoundaryFiles.GEOPACKAGE, BoundaryFiles.ZIP, BoundaryFiles.ZIP_WINDOWS, MediaType.APPLICATION_OCTET_STREAM})
    @Secured("admin")
    HttpResponse<Imported> importRivers(@Body byte[] body, @Nullable @QueryValue String crs,
                                        @Nullable @QueryValue String layer) {
        scopes.requireCityAdministrator("rivers run across districts: the city's administrators import them");
        return HttpResponse.created(new Imported(directory.importRivers(scopes.actor(), clock.instant(), body, crs,
                layer)));
    }

    /** Imports protection zones from a boundary file, as rivers. */
    @Post(value = "/zones/import", consumes = {MediaType.APPLICATION_JSON, GeoJson.MEDIA_TYPE,
            BoundaryFiles.GEOPACKAGE, BoundaryFiles.ZIP, BoundaryFiles.ZIP_WINDOWS, MediaType.APPLICATION_OCTET_STREAM})
    @Secured("admin")
    HttpResponse<Imported> importZones(@Body byte[] body, @Nullable @QueryValue String crs,
                                       @Nullable @QueryValue String layer) {
        scopes.requireCityAdministrator("protection zones run across districts: the city's administrators import them");
        return HttpResponse.created(new Imported(directory.importZones(scopes.actor(), clock.instant(), body, crs,
                layer)));
    }
}
