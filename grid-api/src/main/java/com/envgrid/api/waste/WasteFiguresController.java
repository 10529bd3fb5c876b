package com.envgrid.api.waste;

import com.envgrid.api.access.AccessScopes;
import com.envgrid.api.shared.DistrictTime;
import com.envgrid.api.shared.InvalidParameter;
import com.envgrid.api.shared.Tables;
import com.envgrid.core.sheet.SheetWriter;
import com.envgrid.core.waste.WasteList;
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
import io.micronaut.serde.annotation.SerdeImport;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Hazardous waste across generators, under {@code /api/waste}: the year's safe-disposal figures per level (JSON and
 * .xlsx), the National Hazardous Waste List, and the import of transfer manifests ({@link ManifestImport}).
 */
@Controller("/api/waste")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@SerdeImport(WasteList.Entry.class)
class WasteFiguresController {
    private static final String XLS = "application/vnd.ms-excel";

    private final WasteFigures figures;
    private final ManifestImport manifestImport;
    private final AccessScopes scopes;
    private final DistrictTime time;
    private final Clock clock;

    WasteFiguresController(WasteFigures figures, ManifestImport manifestImport, AccessScopes scopes, DistrictTime time,
                           Clock clock) {
        this.figures = figures;
        this.manifestImport = manifestImport;
        this.scopes = scopes;
        this.time = time;
        this.clock = clock;
    }

    /**
     * The year's figures at a level: {@code enterprise} (each generator), {@code district}, {@code first},
     * {@code second}, {@code third} (grids of that tier) or {@code city}; default {@code district}.
     */
    @Get("/figures")
    List<WasteFigures.Row> figures(@Nullable @QueryValue String level, @Nullable @QueryValue Integer year) {
        LocalDate today = time.dateOf(clock.instant());
        return figures.rows(level(level), WasteController.year(year, today.getYear()), today, scopes.current());
    }

    @Get(value = "/figures.xlsx", produces = {Tables.XLSX, MediaType.APPLICATION_JSON, MediaType.ALL})
    HttpResponse<byte[]> figuresXlsx(@Nullable @QueryValue String level, @Nullable @QueryValue Integer year) {
        LocalDate today = time.dateOf(clock.instant());
        int y = WasteController.year(year, today.getYear());
        List<Tables.Column> columns = List.of(new Tables.Column("代码", Tables.Column.Kind.CODE),
                new Tables.Column("名称", Tables.Column.Kind.TEXT), new Tables.Column("产废单位数", Tables.Column.Kind.COUNT),
                new Tables.Column("产生量（吨）", Tables.Column.Kind.SCORE),
                new Tables.Column("持证转移量（吨）", Tables.Column.Kind.SCORE),
                new Tables.Column("无证转移量（吨）", Tables.Column.Kind.SCORE),
                new Tables.Column("贮存量（吨）", Tables.Column.Kind.SCORE),
                new Tables.Column("安全处置率", Tables.Column.Kind.RATE));
        List<List<Object>> rows = figures.rows(level(level), y, today, scopes.current()).stream()
                .map(r -> List.<Object>of(r.code(), r.name(), r.generators(), r.generated(), r.transferredLicensed(),
                        r.transferredUnlicensed(), r.stored(), r.rate() == null ? "" : r.rate()))
                .toList();
        return download(new Tables(y + "年 危险废物安全处置", columns, rows).xlsx(), "waste-figures-" + y + ".xlsx");
    }

    /** The National Hazardous Waste List (2021): its 46 categories, then the codes it names (a subset). */
    @Get("/list")
    List<WasteList.Entry> list() {
        return Generators.LIST.entries();
    }

    /**
     * Imports transfer manifests from .xlsx, .xls or CSV (UTF-8 or GBK, detected; {@code charset} to force one):
     * 201 with the report, 200 on a dry run, 422 with the report when a row is bad (nothing written).
     */
    @Post(value = "/manifests/import", consumes = {"text/csv", MediaType.APPLICATION_OCTET_STREAM, SheetWriter.XLSX, XLS})
    @Secured("admin")
    HttpResponse<ManifestImportReport> importManifests(@Body byte[] body,
                                                       @QueryValue(defaultValue = "false") boolean dryRun,
                                                       @Nullable @QueryValue String charset,
                                                       @Nullable @QueryValue String sheet) {
        ManifestImportReport report = manifestImport.run(scopes.actor(), clock.instant(), body, charset(charset),
                sheet, dryRun);
        return dryRun ? HttpResponse.ok(report) : HttpResponse.created(report);
    }

    static HttpResponse<byte[]> download(byte[] bytes, String filename) {
        return HttpResponse.ok(bytes).contentType(Tables.XLSX)
                .header("Content-Disposition", "attachment; filename=\"" + filename + "\"");
    }

    private static WasteFigures.Level level(String level) {
        return level == null ? WasteFigures.Level.DISTRICT : WasteFigures.Level.parse(level).orElseThrow(() ->
                new InvalidParameter("level", "level is enterprise, district, first, second, third or city"));
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
}
