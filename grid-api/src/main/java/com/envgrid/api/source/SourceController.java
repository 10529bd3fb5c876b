package com.envgrid.api.source;

import com.envgrid.api.access.AccessScopes;
import com.envgrid.api.access.GridOf;
import com.envgrid.api.access.TouchesGrid;
import com.envgrid.api.shared.GeoJson;
import com.envgrid.api.shared.InvalidParameter;
import com.envgrid.api.shared.NotFound;
import com.envgrid.core.access.GridScope;
import com.envgrid.core.grid.geojson.GridFeatureReader;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import jakarta.inject.Singleton;
import org.locationtech.jts.geom.Coordinate;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.time.Clock;
import java.util.List;

/** The directory of point sources over HTTP: as GeoJSON, one by one, and bulk import. */
@Controller("/api/sources")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class SourceController {
    private final SourceRows sources;
    private final Directory directory;
    private final AccessScopes scopes;
    private final Clock clock;

    SourceController(SourceRows sources, Directory directory, AccessScopes scopes, Clock clock) {
        this.sources = sources;
        this.directory = directory;
        this.scopes = scopes;
        this.clock = clock;
    }

    /** The sources in grids the caller may read (outside every grid: administrators and viewers only). */
    @Get(produces = GeoJson.MEDIA_TYPE)
    HttpResponse<String> list(@Nullable @QueryValue String kind, @Nullable @QueryValue String rating,
                              @Nullable @QueryValue String grid) {
        GridScope scope = scopes.current();
        List<SourceRow> visible = sources.findAllOrderByCode().stream()
                .filter(s -> s.gridCode() == null ? scope.readsEverything() : scope.canRead(s.gridCode()))
                .filter(s -> kind == null || s.kind().equals(kind))
                .filter(s -> rating == null || s.rating().equalsIgnoreCase(rating))
                .filter(s -> grid == null || grid.equals(s.gridCode()))
                .toList();
        return HttpResponse.ok(collection(visible)).contentType(GeoJson.MEDIA_TYPE);
    }

    @Get(value = "/{code}", produces = GeoJson.MEDIA_TYPE)
    @TouchesGrid(value = "code", via = SourceGrid.class)
    HttpResponse<String> one(@PathVariable String code) {
        SourceRow row = sources.findById(code).orElseThrow(() -> new NotFound("no source with code " + code));
        return HttpResponse.ok(collection(List.of(row))).contentType(GeoJson.MEDIA_TYPE);
    }

    /**
     * Imports sources from CSV (UTF-8 or GBK, detected; {@code charset} to force one) or a GeoJSON
     * FeatureCollection of points. Rows are matched on their code (the credit code for enterprises): new codes
     * are added, known ones updated.
     */
    @Post(value = "/import", consumes = {"text/csv", MediaType.APPLICATION_JSON, GeoJson.MEDIA_TYPE,
            MediaType.APPLICATION_OCTET_STREAM})
    @Secured("admin")
    HttpResponse<ImportReport> importSources(HttpRequest<?> request, @Body byte[] body,
                                             @QueryValue(defaultValue = "false") boolean dryRun,
                                             @QueryValue(defaultValue = "false") boolean skipBad,
                                             @Nullable @QueryValue String charset) {
        boolean geoJson = request.getContentType().map(t -> t.getSubtype().contains("json")).orElse(false);
        ImportReport report = directory.importSources(scopes.actor(), clock.instant(), body, geoJson, charset(charset),
                dryRun, skipBad);
        return dryRun ? HttpResponse.ok(report) : HttpResponse.created(report);
    }

    /**
     * Adds one source or replaces the one with the same code, given as a GeoJSON Feature: a Point with the same
     * properties as an import. Validated like an import row.
     */
    @Post(consumes = {MediaType.APPLICATION_JSON, GeoJson.MEDIA_TYPE})
    @Secured("admin")
    HttpResponse<ImportReport> save(@Body byte[] feature) {
        String collection = "{\"type\":\"FeatureCollection\",\"features\":[" + new String(feature, StandardCharsets.UTF_8) + "]}";
        ImportReport report = directory.importSources(scopes.actor(), clock.instant(),
                collection.getBytes(StandardCharsets.UTF_8), true, null, false, false);
        return HttpResponse.ok(report);
    }

    @Delete("/{code}")
    @Secured("admin")
    HttpResponse<Void> delete(@PathVariable String code) {
        directory.delete(scopes.actor(), clock.instant(), code);
        return HttpResponse.noContent();
    }

    private static Charset charset(String name) {
        if (name == null) {
            return null;
        }
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new InvalidParameter("charset", "unknown charset \"" + name + "\"; use UTF-8 or GBK");
        }
    }

    private static String collection(List<SourceRow> rows) {
        return GeoJson.featureCollection(rows, SourceRow::code,
                s -> GridFeatureReader.GEOMETRY.createPoint(new Coordinate(s.lon(), s.lat())),
                (json, s) -> {
                    json.writeStringField("code", s.code());
                    json.writeStringField("kind", s.kind());
                    json.writeStringField("name", s.name());
                    json.writeStringField("credit_code", s.creditCode());
                    json.writeStringField("industry", s.industry());
                    json.writeStringField("address", s.address());
                    json.writeBooleanField("key_discharger", s.keyDischarger());
                    json.writeStringField("rating", s.rating());
                    json.writeStringField("status", s.status());
                    json.writeStringField("grid", s.gridCode());
                    json.writeStringField("zone", s.zoneCode());
                });
    }

    /** The grid a source lies in. */
    @Singleton
    static class SourceGrid implements GridOf {
        private final SourceRows sources;

        SourceGrid(SourceRows sources) {
            this.sources = sources;
        }

        @Override
        public String gridCode(Object code) {
            SourceRow row = sources.findById((String) code).orElseThrow(() -> new NotFound("no source with code " + code));
            return row.gridCode() == null ? "" : row.gridCode();
        }
    }
}
