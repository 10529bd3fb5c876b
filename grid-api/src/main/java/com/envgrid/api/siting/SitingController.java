package com.envgrid.api.siting;

import com.envgrid.api.access.AccessScopes;
import com.envgrid.api.shared.BoundaryFiles;
import com.envgrid.api.shared.DistrictTime;
import com.envgrid.api.shared.GeoJson;
import com.envgrid.api.shared.InvalidParameter;
import com.envgrid.api.shared.Tables;
import com.envgrid.api.shared.Tables.Column;
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
import io.micronaut.security.annotation.Secured;

import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Siting checks (环评选址核查) of a district: administrators check a project's site (a boundary file in the body,
 * the project and applicant as query parameters) and keep the report; administrators and viewers read the reports
 * of their district. Grid staff (chiefs, supervisors) neither check nor read: a check is the district bureau's
 * review of an environmental impact assessment, not a grid's work.
 */
@Controller("/api")
@Secured({"admin", "viewer"})
@ExecuteOn(TaskExecutors.BLOCKING)
class SitingController {
    private final SitingChecks checks;
    private final AccessScopes scopes;
    private final Clock clock;
    private final DistrictTime time;

    SitingController(SitingChecks checks, AccessScopes scopes, Clock clock, DistrictTime time) {
        this.checks = checks;
        this.scopes = scopes;
        this.clock = clock;
        this.time = time;
    }

    /**
     * Checks the site in the body (GeoJSON, GeoPackage or zipped Shapefile, in its own coordinate system or {@code crs},
     * from its only layer or {@code layer}); keeps the report unless {@code dryRun}. The same {@code requestId}
     * sent again returns the first report.
     */
    @Post(value = "/siting-checks", consumes = {MediaType.APPLICATION_JSON, GeoJson.MEDIA_TYPE,
            BoundaryFiles.GEOPACKAGE, BoundaryFiles.ZIP, BoundaryFiles.ZIP_WINDOWS, MediaType.APPLICATION_OCTET_STREAM},
            produces = MediaType.APPLICATION_JSON)
    @Secured("admin")
    HttpResponse<SitingReport> check(@Body byte[] body, @Nullable @QueryValue String project,
                                     @Nullable @QueryValue String applicant,
                                     @QueryValue(defaultValue = "false") boolean dryRun,
                                     @Nullable @QueryValue String crs, @Nullable @QueryValue String layer,
                                     @Nullable @QueryValue UUID requestId) {
        if (project == null || project.isBlank()) {
            throw new InvalidParameter("project", "the project's name is required");
        }
        var request = new SitingChecks.Request(project.strip(),
                applicant == null || applicant.isBlank() ? null : applicant.strip(), body, crs, layer, requestId);
        if (dryRun) {
            return HttpResponse.ok(checks.dryRun(scopes.actor(), clock.instant(), request));
        }
        SitingReport report = checks.save(scopes.actor(), clock.instant(), request);
        return HttpResponse.created(report, URI.create("/api/siting-checks/" + report.id()));
    }

    /** The checks of a year (default: this year in the district), newest first. */
    @Get("/siting-checks")
    List<SitingReport> list(@Nullable @QueryValue Integer year) {
        return checks.ofYear(scopes.current(), year(year));
    }

    @Get("/siting-checks/{id}")
    SitingReport one(@PathVariable long id) {
        return checks.find(scopes.current(), id);
    }

    /** The checks of a year as Excel, one row per check. */
    @Get(value = "/siting-checks.xlsx", produces = {Tables.XLSX, MediaType.APPLICATION_JSON, MediaType.ALL})
    HttpResponse<byte[]> xlsx(@Nullable @QueryValue Integer year) {
        int y = year(year);
        List<List<Object>> lines = new ArrayList<>();
        for (SitingReport r : checks.ofYear(scopes.current(), y)) {
            var f = r.findings();
            lines.add(List.of(r.id(), r.checkedOn().toString(), r.project(), r.applicant() == null ? "" : r.applicant(),
                    r.district(), f.verdictName(),
                    String.join("、", f.zones().stream().map(z -> z.name() + "（" + z.levelName() + "）").toList()),
                    f.nearestZone() == null ? "" : f.nearestZone().name() + " " + f.nearestZone().distanceM() + " 米",
                    f.nearestRiver() == null ? "" : f.nearestRiver().riverName() + " " + f.nearestRiver().distanceM()
                            + " 米",
                    String.join("、", f.grids()), r.checkedBy()));
        }
        byte[] xlsx = new Tables("选址核查 " + y, COLUMNS, lines).xlsx();
        return HttpResponse.ok(xlsx).contentType(Tables.XLSX)
                .header("Content-Disposition", "attachment; filename=\"siting-checks-" + y + ".xlsx\"");
    }

    private int year(Integer year) {
        if (year != null && (year < 2000 || year > 2100)) {
            throw new InvalidParameter("year", "a year between 2000 and 2100, not " + year);
        }
        return year != null ? year : time.today().getYear();
    }

    private static final List<Column> COLUMNS = List.of(new Column("编号", Column.Kind.COUNT),
            new Column("核查日期", Column.Kind.TEXT), new Column("项目名称", Column.Kind.TEXT),
            new Column("建设单位", Column.Kind.TEXT), new Column("区县", Column.Kind.CODE),
            new Column("结论", Column.Kind.TEXT), new Column("涉及保护区", Column.Kind.TEXT),
            new Column("最近保护区", Column.Kind.TEXT), new Column("最近河段", Column.Kind.TEXT),
            new Column("涉及网格", Column.Kind.TEXT), new Column("核查人", Column.Kind.TEXT));
}
