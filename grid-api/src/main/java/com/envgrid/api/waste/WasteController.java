package com.envgrid.api.waste;

import com.envgrid.api.access.AccessScopes;
import com.envgrid.api.access.TouchesGrid;
import com.envgrid.api.shared.DistrictTime;
import com.envgrid.api.shared.InvalidParameter;
import com.envgrid.api.shared.Tables;
import com.envgrid.api.source.SourceGrid;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * An enterprise's hazardous waste on its card, under {@code /api/enterprises/{code}/waste}: read within the
 * enterprise's grids, changed by an administrator of its district (or of the city). Every change is audited and
 * checked at once for alerts ({@link Generators}).
 */
@Controller("/api/enterprises/{code}/waste")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class WasteController {
    private final Generators generators;
    private final AccessScopes scopes;
    private final DistrictTime time;
    private final Clock clock;

    WasteController(Generators generators, AccessScopes scopes, DistrictTime time, Clock clock) {
        this.generators = generators;
        this.scopes = scopes;
        this.time = time;
        this.clock = clock;
    }

    /** The tab for a year (default: the district's current year). */
    @Get
    @TouchesGrid(value = "code", via = SourceGrid.class)
    WasteCard card(@PathVariable String code, @Nullable @QueryValue Integer year) {
        return generators.card(code, year(year, time.dateOf(clock.instant()).getYear()), time.dateOf(clock.instant()));
    }

    /** The year's manifests as .xlsx, each marked licensed or not. */
    @Get(value = "/manifests.xlsx", produces = {Tables.XLSX, MediaType.APPLICATION_JSON, MediaType.ALL})
    @TouchesGrid(value = "code", via = SourceGrid.class)
    HttpResponse<byte[]> manifests(@PathVariable String code, @Nullable @QueryValue Integer year) {
        WasteCard card = card(code, year);
        List<Tables.Column> columns = List.of(new Tables.Column("联单编号", Tables.Column.Kind.CODE),
                new Tables.Column("转移日期", Tables.Column.Kind.TEXT), new Tables.Column("废物代码", Tables.Column.Kind.CODE),
                new Tables.Column("废物名称", Tables.Column.Kind.TEXT), new Tables.Column("数量（吨）", Tables.Column.Kind.SCORE),
                new Tables.Column("接收单位", Tables.Column.Kind.TEXT), new Tables.Column("经营许可证编号", Tables.Column.Kind.CODE),
                new Tables.Column("许可证有效期至", Tables.Column.Kind.TEXT),
                new Tables.Column("持证接收", Tables.Column.Kind.TEXT));
        List<List<Object>> rows = card.manifests().stream().map(m -> List.<Object>of(m.number(),
                m.transferredOn().toString(), m.wasteCode(), m.name(), m.tonnes(), m.receiverName(),
                m.licenceNumber() == null ? "" : m.licenceNumber(),
                m.licenceValidUntil() == null ? "" : m.licenceValidUntil().toString(), m.licensed() ? "是" : "否"))
                .toList();
        String title = card.year() + "年 危险废物转移联单 " + code;
        return WasteFiguresController.download(new Tables(title, columns, rows).xlsx(),
                "waste-manifests-" + code + "-" + card.year() + ".xlsx");
    }

    /** Replaces the year's management plan (tonnes per waste code); the tab as it then is. */
    @Put("/plans/{year}")
    @Secured("admin")
    @TouchesGrid(value = "code", via = SourceGrid.class, access = TouchesGrid.Access.WRITE)
    WasteCard setPlan(@PathVariable String code, @PathVariable int year, @Body WasteRequests.Plan plan) {
        Instant at = clock.instant();
        generators.setPlan(scopes.actor(), at, code, year, plan);
        return generators.card(code, year, time.dateOf(at));
    }

    /** Records a day's generation of a code (201), or replaces it (200); the tab for that year. */
    @Post("/generations")
    @Secured("admin")
    @TouchesGrid(value = "code", via = SourceGrid.class, access = TouchesGrid.Access.WRITE)
    HttpResponse<WasteCard> recordGeneration(@PathVariable String code, @Body WasteRequests.Generation generation) {
        Instant at = clock.instant();
        boolean added = generators.recordGeneration(scopes.actor(), at, code, generation);
        WasteCard card = generators.card(code, generation.generatedOn().getYear(), time.dateOf(at));
        return added ? HttpResponse.created(card) : HttpResponse.ok(card);
    }

    /** Records a transfer manifest (201); sent again as it is, 200 and nothing changes; the tab for its year. */
    @Post("/manifests")
    @Secured("admin")
    @TouchesGrid(value = "code", via = SourceGrid.class, access = TouchesGrid.Access.WRITE)
    HttpResponse<WasteCard> recordManifest(@PathVariable String code, @Body WasteRequests.Manifest manifest) {
        Instant at = clock.instant();
        boolean added = generators.recordManifest(scopes.actor(), at, code, manifest);
        WasteCard card = generators.card(code, manifest.transferredOn().getYear(), time.dateOf(at));
        return added ? HttpResponse.created(card) : HttpResponse.ok(card);
    }

    static int year(Integer year, int current) {
        if (year == null) {
            return current;
        }
        if (year < 2000 || year > 2100) {
            throw new InvalidParameter("year", "year is between 2000 and 2100, not " + year);
        }
        return year;
    }
}
