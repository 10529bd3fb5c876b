package com.envgrid.api.emergency;

import com.envgrid.api.access.AccessScopes;
import com.envgrid.api.shared.InvalidParameter;
import com.envgrid.api.shared.Tables;
import com.envgrid.api.shared.PeriodParameter;
import com.envgrid.core.emergency.Nearby;
import com.envgrid.core.sheet.SheetWriter;
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
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.SerdeImport;
import io.micronaut.serde.annotation.Serdeable;

import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * Environmental emergencies. A report is POSTed with an {@code id} its client made: sending it again answers with the
 * stored emergency and stores nothing (the same id with other content: 409); actions carry their own client-made id
 * the same way. The page of one emergency lists what is near ({@code zoneMetres}, {@code riverMetres}, {@code
 * sourceMetres}: how far to look).
 */
@Controller("/api")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@SerdeImport(Nearby.NearZone.class)
@SerdeImport(Nearby.NearRiver.class)
@SerdeImport(Nearby.NearSource.class)
class EmergencyController {
    private final Emergencies emergencies;
    private final AccessScopes scopes;
    private final Clock clock;

    EmergencyController(Emergencies emergencies, AccessScopes scopes, Clock clock) {
        this.emergencies = emergencies;
        this.scopes = scopes;
        this.clock = clock;
    }

    @Serdeable
    record ActionBody(@Nullable UUID id, @Nullable String text) {
    }

    @Serdeable
    record ClosureBody(@Nullable String summary, @Nullable String consequences) {
    }

    @Post(value = "/emergencies", consumes = MediaType.APPLICATION_JSON)
    @Secured({"admin", "chief", "supervisor"})
    HttpResponse<EmergencyView> open(@Body EmergencyRequest report, @Nullable @QueryValue Double zoneMetres,
                                     @Nullable @QueryValue Double sourceMetres,
                                     @Nullable @QueryValue Double riverMetres) {
        EmergencyView view = emergencies.open(scopes.actor(), clock.instant(), report,
                Emergencies.reach(zoneMetres, sourceMetres, riverMetres));
        return HttpResponse.created(view, URI.create("/api/emergencies/" + view.id()));
    }

    @Get("/emergencies")
    List<EmergencyView> list(@Nullable @QueryValue String year, @Nullable @QueryValue String state) {
        return emergencies.list(scopes.current(), year(year), state);
    }

    /** The period's emergencies (month, quarter or range of days, as the coverage map has it) as markers. */
    @Get("/emergencies/points")
    List<Emergencies.Point> points(@Nullable @QueryValue String period) {
        return emergencies.points(scopes.current(), PeriodParameter.of(period));
    }

    @Get(value = "/emergencies.xlsx", produces = {Tables.XLSX, MediaType.APPLICATION_JSON, MediaType.ALL})
    HttpResponse<byte[]> xlsx(@Nullable @QueryValue String year, @Nullable @QueryValue String state) {
        int y = year(year);
        List<List<String>> lines = emergencies.list(scopes.current(), y, state).stream().map(e -> List.of(
                e.id().toString(), e.typeName(), e.levelName(), e.gridName(), e.occurredAt().toString(),
                String.valueOf(e.lon()), String.valueOf(e.lat()), e.description(), String.valueOf(e.reporterName()),
                e.closure() == null ? "处置中" : "已办结",
                e.closure() == null ? "" : e.closure().closedAt().toString(),
                e.closure() == null ? "" : e.closure().summary(),
                e.closure() == null ? "" : e.closure().consequences())).toList();
        byte[] bytes = SheetWriter.xlsx("突发环境事件 " + y, List.of("编号", "类型", "级别", "网格", "发生时间", "经度",
                "纬度", "描述", "报告人", "状态", "办结时间", "办结摘要", "后果"), lines);
        return HttpResponse.ok(bytes).contentType(Tables.XLSX)
                .header("Content-Disposition", "attachment; filename=\"emergencies-" + y + ".xlsx\"");
    }

    @Get("/emergencies/{id}")
    EmergencyView one(@PathVariable UUID id, @Nullable @QueryValue Double zoneMetres,
                      @Nullable @QueryValue Double sourceMetres, @Nullable @QueryValue Double riverMetres) {
        return emergencies.one(scopes.current(), id, Emergencies.reach(zoneMetres, sourceMetres, riverMetres));
    }

    @Post(value = "/emergencies/{id}/actions", consumes = MediaType.APPLICATION_JSON)
    @Secured({"admin", "chief", "supervisor"})
    EmergencyView act(@PathVariable UUID id, @Body ActionBody action) {
        return emergencies.act(scopes.actor(), clock.instant(), id,
                new Emergencies.ActionRequest(action.id(), action.text()));
    }

    @Post(value = "/emergencies/{id}/closure", consumes = MediaType.APPLICATION_JSON)
    @Secured("admin")
    EmergencyView close(@PathVariable UUID id, @Body ClosureBody closure) {
        return emergencies.close(scopes.actor(), clock.instant(), id, closure.summary(), closure.consequences());
    }

    /** The year asked for, or this year in the district. */
    private int year(String text) {
        if (text == null) {
            return scopes.today().getYear();
        }
        try {
            int year = Integer.parseInt(text);
            if (year >= 2000 && year <= 2100) {
                return year;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new InvalidParameter("year", "year is a year such as 2026");
    }
}
