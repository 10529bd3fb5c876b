package com.envgrid.api.pilot;

import com.envgrid.api.access.AccessScopes;
import com.envgrid.api.shared.Tables;
import com.envgrid.api.shared.Tables.Column;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * Rural environment pilots (农村环境综合整治试点) and eco-civilisation creation (生态文明示范镇/村). A pilot is POSTed
 * with an {@code id} its client made, a progress entry too: sending either again stores nothing more (200 with what
 * is stored; the same id with other content: 409). A creation stage PUT again as it is changes nothing.
 */
@Controller("/api")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class PilotController {
    private final Pilots pilots;
    private final AccessScopes scopes;
    private final Clock clock;

    PilotController(Pilots pilots, AccessScopes scopes, Clock clock) {
        this.pilots = pilots;
        this.scopes = scopes;
        this.clock = clock;
    }

    @Get("/pilots")
    List<PilotView> list() {
        return pilots.list(scopes.current());
    }

    @Post(value = "/pilots", consumes = MediaType.APPLICATION_JSON)
    @Secured({"admin", "chief"})
    HttpResponse<PilotView> create(@Body PilotRequests.PilotBody body) {
        Pilots.Created created = pilots.create(scopes.actor(), clock.instant(), body);
        return created.isNew()
                ? HttpResponse.created(created.pilot(), URI.create("/api/pilots/" + created.pilot().id()))
                : HttpResponse.ok(created.pilot());
    }

    @Get("/pilots/{id}")
    PilotView one(@PathVariable UUID id) {
        return pilots.one(scopes.current(), id);
    }

    @Put(value = "/pilots/{id}", consumes = MediaType.APPLICATION_JSON)
    @Secured({"admin", "chief"})
    PilotView update(@PathVariable UUID id, @Body PilotRequests.PilotBody body) {
        return pilots.update(scopes.actor(), clock.instant(), id, body);
    }

    @Post(value = "/pilots/{id}/progress", consumes = MediaType.APPLICATION_JSON)
    @Secured({"admin", "chief", "supervisor"})
    PilotView progress(@PathVariable UUID id, @Body PilotRequests.ProgressBody body) {
        return pilots.progress(scopes.actor(), clock.instant(), id, body);
    }

    @Get("/creations")
    List<CreationView> creations() {
        return pilots.creations(scopes.current());
    }

    @Put(value = "/creations/{grid}", consumes = MediaType.APPLICATION_JSON)
    @Secured({"admin", "chief"})
    CreationView reach(@PathVariable String grid, @Body PilotRequests.StageBody body) {
        return pilots.reach(scopes.actor(), clock.instant(), grid, body);
    }

    /** The district meeting's table: a sheet of pilots with the share of targets met, a sheet of creations. */
    @Get(value = "/pilots.xlsx", produces = {Tables.XLSX, MediaType.APPLICATION_JSON, MediaType.ALL})
    HttpResponse<byte[]> xlsx() {
        var current = scopes.current();
        List<List<Object>> pilotLines = pilots.list(current).stream().map(p -> List.<Object>of(p.grid(),
                p.gridName(), p.title(), p.fromYear() + "–" + p.toYear(),
                String.join("；", p.targets().stream().map(t -> t.indicator() + " "
                        + (t.reached() == null ? "—" : number(t.reached())) + "/" + number(t.target()) + t.unit()
                        + (t.met() ? " ✓" : "")).toList()),
                p.met(), p.targets().size(), p.share())).toList();
        List<List<Object>> creationLines = pilots.creations(current).stream().map(c -> List.<Object>of(c.grid(),
                c.gridName(), c.stageName(), c.stages().get(c.stages().size() - 1).reachedOn().toString(),
                String.join("；", c.stages().stream().map(s -> s.stageName() + " " + s.reachedOn()).toList())))
                .toList();
        byte[] xlsx = Tables.xlsx(List.of(new Tables("试点进展", PILOT_COLUMNS, pilotLines),
                new Tables("生态创建", CREATION_COLUMNS, creationLines)));
        return HttpResponse.ok(xlsx).contentType(Tables.XLSX)
                .header("Content-Disposition", "attachment; filename=\"pilots.xlsx\"");
    }

    private static String number(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }

    private static final List<Column> PILOT_COLUMNS = List.of(new Column("网格编码", Column.Kind.CODE),
            new Column("网格", Column.Kind.TEXT), new Column("试点", Column.Kind.TEXT),
            new Column("年度", Column.Kind.TEXT), new Column("指标（已达/目标）", Column.Kind.TEXT),
            new Column("达标指标数", Column.Kind.COUNT), new Column("指标数", Column.Kind.COUNT),
            new Column("达标率", Column.Kind.RATE));

    private static final List<Column> CREATION_COLUMNS = List.of(new Column("网格编码", Column.Kind.CODE),
            new Column("网格", Column.Kind.TEXT), new Column("阶段", Column.Kind.TEXT),
            new Column("到达日期", Column.Kind.TEXT), new Column("历程", Column.Kind.TEXT));
}
