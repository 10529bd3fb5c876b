package com.envgrid.api.coverage;

import com.envgrid.api.grid.LiveGridLayer;
import com.envgrid.api.shared.GeoJson;
import com.envgrid.api.shared.InvalidParameter;
import com.envgrid.api.shared.Tables;
import com.envgrid.core.coverage.CoverageRow;
import com.envgrid.core.duty.Period;
import com.envgrid.core.grid.Grid;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

import java.util.List;
import java.util.Map;

/**
 * Coverage for a period (month {@code 2026-11}, quarter {@code 2026-Q3} or range {@code 2026-10-01/2026-10-15}) at
 * a tier: as a GeoJSON FeatureCollection ready for a choropleth, as JSON rows, as Excel and as CSV.
 */
@Controller("/api")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class CoverageController {
    private final Coverage coverage;
    private final LiveGridLayer layer;

    CoverageController(Coverage coverage, LiveGridLayer layer) {
        this.coverage = coverage;
        this.layer = layer;
    }

    @Get(value = "/coverage", produces = GeoJson.MEDIA_TYPE)
    HttpResponse<String> map(@QueryValue String period, @Nullable @QueryValue String level) {
        List<CoverageRow> rows = coverage.rows(period(period), tier(level));
        return HttpResponse.ok(GeoJson.featureCollection(rows, CoverageRow::code, r -> coverage.displayGeometry(r.code()),
                (json, r) -> {
                    for (Map.Entry<String, Object> e : CoverageTable.json(r).entrySet()) {
                        json.writeObjectField(e.getKey(), e.getValue());
                    }
                })).contentType(GeoJson.MEDIA_TYPE);
    }

    @Get("/coverage/rows")
    List<Map<String, Object>> rows(@QueryValue String period, @Nullable @QueryValue String level) {
        return coverage.rows(period(period), tier(level)).stream().map(CoverageTable::json).toList();
    }

    @Get("/coverage.xlsx")
    HttpResponse<byte[]> xlsx(@QueryValue String period, @Nullable @QueryValue String level) {
        return download(table(period, level).xlsx(), Tables.XLSX, "coverage-" + period + ".xlsx");
    }

    @Get("/coverage.csv")
    HttpResponse<byte[]> csv(@QueryValue String period, @Nullable @QueryValue String level) {
        return download(table(period, level).csv(), Tables.CSV, "coverage-" + period + ".csv");
    }

    private Tables table(String period, String level) {
        String district = layer.layer().district().map(Grid::name).orElse("");
        return CoverageTable.table(district + " 网格巡查覆盖情况 " + period, coverage.rows(period(period), tier(level)));
    }

    static HttpResponse<byte[]> download(byte[] bytes, String type, String filename) {
        return HttpResponse.ok(bytes).contentType(type).header("Content-Disposition", "attachment; filename=\"" + filename + "\"");
    }

    static Period period(String text) {
        try {
            return Period.parse(text);
        } catch (RuntimeException e) {
            throw new InvalidParameter("period", "period is YYYY-MM, YYYY-Qn or a range YYYY-MM-DD/YYYY-MM-DD: " + e.getMessage());
        }
    }

    /** The tier asked for: 0–3, or first (towns, streets, parks) / second, or a level's tier; default first. */
    static Integer tier(String level) {
        if (level == null || level.equals("first") || level.equals("town") || level.equals("street") || level.equals("park")) {
            return 1;
        }
        return switch (level) {
            case "district", "0" -> 0;
            case "1" -> 1;
            case "second", "community", "village", "cell", "2" -> 2;
            case "third", "3" -> 3;
            default -> throw new InvalidParameter("level", "level is district, first, second, third or 0–3");
        };
    }
}
