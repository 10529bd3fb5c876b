package com.envgrid.api.source;

import com.envgrid.api.access.AccessScopes;
import com.envgrid.api.access.TouchesGrid;
import com.envgrid.api.shared.GeoJson;
import com.envgrid.api.shared.ProducesGeoJson;
import com.envgrid.api.shared.InvalidParameter;
import com.envgrid.api.shared.NotFound;
import com.envgrid.core.access.GridScope;
import com.envgrid.core.geo.Crs;
import com.envgrid.core.geo.CrsRefused;
import com.envgrid.core.sheet.SheetTable;
import com.envgrid.core.sheet.SheetWriter;
import com.envgrid.core.source.SourceSheetReader;
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
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import org.locationtech.jts.geom.Coordinate;

import java.net.URLEncoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.time.Clock;
import java.util.List;
import java.util.Locale;

/** The directory of point sources over HTTP: as GeoJSON, one by one, and bulk import. */
@Controller("/api/sources")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class SourceController {
    /** The media type of an Excel 97–2003 workbook (.xls). */
    static final String XLS = "application/vnd.ms-excel";

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
    @Get
    @ProducesGeoJson
    HttpResponse<String> list(@Nullable @QueryValue String kind, @Nullable @QueryValue String rating,
                              @Nullable @QueryValue String grid) {
        GridScope scope = scopes.current();
        List<SourceRow> visible = sources.findAllOrderByCode().stream()
                .filter(s -> s.visibleTo(scope))
                .filter(s -> kind == null || s.kind().equals(kind))
                .filter(s -> rating == null || s.rating().equalsIgnoreCase(rating))
                .filter(s -> grid == null || grid.equals(s.gridCode()))
                .toList();
        return HttpResponse.ok(collection(visible)).contentType(GeoJson.MEDIA_TYPE);
    }

    @Get("/{code}")
    @ProducesGeoJson
    @TouchesGrid(value = "code", via = SourceGrid.class)
    HttpResponse<String> one(@PathVariable String code) {
        SourceRow row = sources.findById(code).orElseThrow(() -> new NotFound("no source with code " + code));
        return HttpResponse.ok(collection(List.of(row))).contentType(GeoJson.MEDIA_TYPE);
    }

    /**
     * Imports sources from an Excel workbook (.xlsx, .xls: the sheet named by {@code sheet}, else the first), CSV
     * (UTF-8 or GBK, detected; {@code charset} to force one) — the format told from the bytes — or a GeoJSON
     * FeatureCollection of points. Coordinates are lon/lat unless {@code crs} names the projected system of the
     * easting/northing columns ({@code EPSG:4549}). Rows are matched on their code (the credit code for
     * enterprises): new codes are added, known ones updated.
     */
    @Post(value = "/import", consumes = {"text/csv", MediaType.APPLICATION_JSON, GeoJson.MEDIA_TYPE,
            MediaType.APPLICATION_OCTET_STREAM, SheetWriter.XLSX, XLS})
    @Secured("admin")
    HttpResponse<ImportReport> importSources(HttpRequest<?> request, @Body byte[] body,
                                             @QueryValue(defaultValue = "false") boolean dryRun,
                                             @QueryValue(defaultValue = "false") boolean skipBad,
                                             @Nullable @QueryValue String charset, @Nullable @QueryValue String sheet,
                                             @Nullable @QueryValue String crs) {
        boolean geoJson = request.getContentType().map(t -> t.getSubtype().contains("json")).orElse(false);
        ImportReport report = directory.importSources(scopes.actor(), clock.instant(), body, geoJson,
                options(charset, sheet, crs), dryRun, skipBad);
        return dryRun ? HttpResponse.ok(report) : HttpResponse.created(report);
    }

    /**
     * The rows of a spreadsheet that {@code POST /import} with the same body and parameters would refuse, as an
     * .xlsx workbook: the header and the bad rows as sent, with a 原因 (reason) column, for the bureau to correct
     * and send again. Nothing is written.
     */
    @Post(value = "/import/rejected-rows", consumes = {"text/csv", MediaType.APPLICATION_OCTET_STREAM,
            SheetWriter.XLSX, XLS}, produces = SheetWriter.XLSX)
    @Secured("admin")
    HttpResponse<byte[]> rejectedRows(@Body byte[] body, @Nullable @QueryValue String charset,
                                      @Nullable @QueryValue String sheet, @Nullable @QueryValue String crs) {
        return HttpResponse.ok(directory.rejectedRows(body, options(charset, sheet, crs), scopes.current()))
                .contentType(SheetWriter.XLSX)
                .header("Content-Disposition", "attachment; filename=\"rejected-rows.xlsx\"; filename*=UTF-8''"
                        + URLEncoder.encode("未通过的行.xlsx", StandardCharsets.UTF_8));
    }

    /**
     * What a spreadsheet holds before it is imported: its format, its sheets (to choose one), the sheet read, the
     * row taken as the header and its columns, and how many rows are under it.
     */
    @Post(value = "/import/inspect", consumes = {"text/csv", MediaType.APPLICATION_OCTET_STREAM, SheetWriter.XLSX,
            XLS})
    @Secured("admin")
    SheetSummary inspect(@Body byte[] body, @Nullable @QueryValue String charset, @Nullable @QueryValue String sheet) {
        SheetTable table = SourceSheetReader.table(body, options(charset, sheet, null));
        return new SheetSummary(table.format().name().toLowerCase(Locale.ROOT),
                table.format().isWorkbook() ? table.sheets() : List.of(),
                table.format().isWorkbook() ? table.sheet() : null,
                table.charset() == null ? null : table.charset().name(),
                table.header() == null ? null : table.header().number(), table.columns(), table.rows().size());
    }

    /** What {@code POST /import/inspect} says of a spreadsheet. */
    @Serdeable(naming = SnakeCaseStrategy.class)
    record SheetSummary(String format, List<String> sheets, String sheet, String charset, Integer headerRow,
                        List<String> columns, int rows) {
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
                collection.getBytes(StandardCharsets.UTF_8), true, SourceSheetReader.Options.DEFAULT, false, false);
        return HttpResponse.ok(report);
    }

    @Delete("/{code}")
    @Secured("admin")
    @TouchesGrid(value = "code", via = SourceGrid.class, access = TouchesGrid.Access.WRITE)
    HttpResponse<Void> delete(@PathVariable String code) {
        directory.delete(scopes.actor(), clock.instant(), code);
        return HttpResponse.noContent();
    }

    private static SourceSheetReader.Options options(String charset, String sheet, String crs) {
        return new SourceSheetReader.Options(sheet, charset(charset), coordinates(crs));
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

    /** The coordinates' system when it is not lon/lat in WGS84. */
    private static SourceSheetReader.Coordinates coordinates(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        Crs crs;
        try {
            crs = Crs.parse(name);
        } catch (CrsRefused e) {
            throw e.asInvalidInput("crs");
        }
        return Integer.valueOf(4326).equals(crs.epsg()) ? null : new SourceSheetReader.Coordinates(crs.label() + " (" + crs.name() + ")",
                c -> crs.toWgs84(c.x, c.y));
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
}
