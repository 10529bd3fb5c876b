package com.envgrid.api.coverage;

import com.envgrid.api.access.AccessScopes;
import com.envgrid.api.city.Cities;
import com.envgrid.api.layer.LiveGridLayer;
import com.envgrid.api.shared.GeoJson;
import com.envgrid.api.shared.ProducesGeoJson;
import com.envgrid.api.shared.InvalidParameter;
import com.envgrid.api.shared.Tables;
import com.envgrid.api.shared.PeriodParameter;
import com.envgrid.core.coverage.CoverageRow;
import com.envgrid.core.duty.Period;
import com.envgrid.core.grid.Grid;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;

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
    private static final int MAX_TREND = 12;
    private static final GeometryFactory POINTS = new GeometryFactory();
    private final Coverage coverage;
    private final LiveGridLayer layer;
    private final AccessScopes scopes;
    private final Cities cities;

    CoverageController(Coverage coverage, LiveGridLayer layer, AccessScopes scopes, Cities cities) {
        this.coverage = coverage;
        this.layer = layer;
        this.scopes = scopes;
        this.cities = cities;
    }

    @Get("/coverage")
    @ProducesGeoJson
    HttpResponse<String> map(@QueryValue String period, @Nullable @QueryValue String level) {
        List<CoverageRow> rows = coverage.rows(PeriodParameter.of(period), tier(level));
        return HttpResponse.ok(GeoJson.featureCollection(rows, CoverageRow::code, coverage::displayGeometry,
                (json, r) -> {
                    for (Map.Entry<String, Object> e : CoverageTable.json(r).entrySet()) {
                        if (e.getValue() instanceof List<?> list) {
                            json.writeArrayFieldStart(e.getKey());
                            for (Object item : list) {
                                json.writeString(String.valueOf(item));
                            }
                            json.writeEndArray();
                        } else {
                            json.writeObjectField(e.getKey(), e.getValue());
                        }
                    }
                })).contentType(GeoJson.MEDIA_TYPE);
    }

    @Get("/coverage/rows")
    List<Map<String, Object>> rows(@QueryValue String period, @Nullable @QueryValue String level) {
        return coverage.rows(PeriodParameter.of(period), tier(level)).stream().map(CoverageTable::json).toList();
    }

    /** One grid's figures over the given period and the ones of the same kind before it, oldest first. */
    @Get("/coverage/trend")
    List<Map<String, Object>> trend(@QueryValue String grid, @QueryValue String period,
                                    @Nullable @QueryValue Integer count) {
        int periods = count == null ? 4 : count;
        if (periods < 1 || periods > MAX_TREND) {
            throw new InvalidParameter("count", "count is 1 to " + MAX_TREND + " periods");
        }
        return coverage.trend(grid, PeriodParameter.of(period), periods).stream().map(e -> {
            Map<String, Object> row = new java.util.LinkedHashMap<>();
            row.put("period", e.getKey().label());
            row.putAll(CoverageTable.json(e.getValue()));
            return row;
        }).toList();
    }

    /** The period's problems and complaints as points, for the map's point layer. */
    @Get("/coverage/points")
    @ProducesGeoJson
    HttpResponse<String> points(@QueryValue String period) {
        var points = coverage.points(PeriodParameter.of(period));
        return HttpResponse.ok(GeoJson.featureCollection(points, p -> p.kind() + "-" + p.id(),
                p -> POINTS.createPoint(new Coordinate(p.lon(), p.lat())), (json, p) -> {
                    json.writeStringField("kind", p.kind());
                    json.writeNumberField("id", p.id());
                    json.writeStringField("grid_code", p.gridCode());
                    json.writeStringField("state", p.state());
                    json.writeBooleanField("overdue", p.overdue());
                    json.writeStringField("label", p.label());
                    json.writeStringField("opened", p.opened().toString());
                })).contentType(GeoJson.MEDIA_TYPE);
    }

    /**
     * The table of a level, or with {@code parent} the children of one grid (or of the city: its districts), as the
     * map's drill-down shows them; for a level, the workbook also holds the sheets of the levels above it that the
     * caller reads — the districts' and the city's — so that its totals travel with it.
     */
    @Get(value = "/coverage.xlsx", produces = {Tables.XLSX, MediaType.APPLICATION_JSON, MediaType.ALL})
    HttpResponse<byte[]> xlsx(@QueryValue String period, @Nullable @QueryValue String level,
                              @Nullable @QueryValue String parent) {
        if (parent != null) {
            return download(table(PeriodParameter.of(period), level, parent).xlsx(), Tables.XLSX, filename(period, parent) + ".xlsx");
        }
        Period p = PeriodParameter.of(period);
        int tier = tier(level);
        List<Integer> tiers = new java.util.ArrayList<>(List.of(tier));
        for (int above = Math.min(tier, 1) - 1; above >= Coverage.CITY_TIER; above--) {
            tiers.add(above);
        }
        List<List<CoverageRow>> byTier = coverage.rows(p, tiers);
        String title = title(where(), p);
        List<Tables> sheets = new java.util.ArrayList<>(List.of(CoverageTable.table(CoverageTable.COVERAGE, title, p,
                byTier.get(0))));
        byTier.stream().skip(1).filter(rows -> !rows.isEmpty()).forEach(rows -> sheets.add(CoverageTable.table(
                rows.get(0).tier() == 0 ? "区县" : "全市", title, p, rows)));
        return download(Tables.xlsx(sheets), Tables.XLSX, filename(period, null) + ".xlsx");
    }

    @Get(value = "/coverage.csv", produces = {Tables.CSV, MediaType.APPLICATION_JSON, MediaType.ALL})
    HttpResponse<byte[]> csv(@QueryValue String period, @Nullable @QueryValue String level,
                             @Nullable @QueryValue String parent) {
        return download(table(PeriodParameter.of(period), level, parent).csv(), Tables.CSV, filename(period, parent) + ".csv");
    }

    private Tables table(Period p, String level, String parent) {
        if (parent == null) {
            return CoverageTable.table(CoverageTable.COVERAGE, title(where(), p), p, coverage.rows(p, tier(level)));
        }
        List<CoverageRow> rows = coverage.childRows(p, parent);
        String where = layer.layer().find(parent).map(this::where).orElse(cities.title());
        return CoverageTable.table(CoverageTable.COVERAGE, title(where, p), p, rows);
    }

    private static String title(String where, Period p) {
        return where + " 网格巡查覆盖情况 " + p.chineseName();
    }

    /** Whose figures a table holds: the caller's district when bound to one, else the city. */
    private String where() {
        return scopes.current().district().flatMap(d -> layer.layer().find(d)).map(Grid::name)
                .orElse(cities.title());
    }

    /** A grid's place: its district's name, then its own below the district. */
    private String where(Grid grid) {
        String district = layer.layer().districtOf(grid.code()).map(Grid::name).orElse("");
        return grid.level() == com.envgrid.core.grid.GridLevel.DISTRICT ? district : district + " " + grid.name();
    }

    /** coverage-2026-Q3 or coverage-2026-Q3-320214001; a range's slash becomes "_". */
    private static String filename(String period, String parent) {
        String name = "coverage-" + period + (parent == null ? "" : "-" + parent);
        return name.replaceAll("[^A-Za-z0-9._-]", "_");
    }

    static HttpResponse<byte[]> download(byte[] bytes, String type, String filename) {
        return HttpResponse.ok(bytes).contentType(type).header("Content-Disposition", "attachment; filename=\"" + filename + "\"");
    }

    /**
     * The tier asked for: 0–3, or city (the city's row, {@link Coverage#CITY_TIER}), district, first (towns, streets,
     * parks) / second, or a level's tier; default first.
     */
    static Integer tier(String level) {
        if (level == null || level.equals("first") || level.equals("town") || level.equals("street") || level.equals("park")) {
            return 1;
        }
        return switch (level) {
            case Coverage.CITY_LEVEL -> Coverage.CITY_TIER;
            case "district", "0" -> 0;
            case "1" -> 1;
            case "second", "community", "village", "cell", "2" -> 2;
            case "third", "3" -> 3;
            default -> throw new InvalidParameter("level", "level is city, district, first, second, third or 0–3");
        };
    }
}
