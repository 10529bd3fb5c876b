package com.envgrid.api.publicity;

import com.envgrid.api.access.AccessScopes;
import com.envgrid.api.shared.InvalidParameter;
import com.envgrid.api.shared.Tables;
import com.envgrid.core.duty.Period;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

import java.net.URI;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

/**
 * Publicity events and volunteers of the grids. POSTs carry an {@code id} their client made (a retry stores nothing
 * more); {@code period} is a month ({@code 2026-06}), a quarter ({@code 2026-Q2}) or days
 * ({@code 2026-01-01/2026-12-31}), this month when absent.
 */
@Controller("/api")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class PublicityController {
    private final Publicity publicity;
    private final AccessScopes scopes;
    private final Clock clock;

    PublicityController(Publicity publicity, AccessScopes scopes, Clock clock) {
        this.publicity = publicity;
        this.scopes = scopes;
        this.clock = clock;
    }

    @Get("/publicity/events")
    Publicity.EventList events(@Nullable @QueryValue String grid, @Nullable @QueryValue String period) {
        return publicity.events(scopes.current(), grid, period(period));
    }

    @Get(value = "/publicity/events.xlsx", produces = {Tables.XLSX, MediaType.APPLICATION_JSON, MediaType.ALL})
    HttpResponse<byte[]> xlsx(@Nullable @QueryValue String grid, @Nullable @QueryValue String period) {
        Publicity.EventList list = publicity.events(scopes.current(), grid, period(period));
        List<Tables.Column> eventColumns = List.of(text("日期"), text("网格"), code("网格编码"), text("主题"),
                text("类型"), text("地点"), count("参与人数"), text("组织者"), text("备注"));
        List<List<Object>> events = list.events().stream().map(e -> List.<Object>of(e.heldOn().toString(),
                e.gridName(), e.grid(), e.title(), e.kindName(), e.place(), e.attendance(), e.organiser(),
                e.notes() == null ? "" : e.notes())).toList();
        List<Tables.Column> totalColumns = List.of(code("网格编码"), text("网格"), count("活动场次"),
                count("参与人数"));
        List<List<Object>> totals = list.totals().stream().map(t -> List.<Object>of(t.grid(), t.gridName(),
                t.events(), t.attendance())).toList();
        byte[] bytes = Tables.xlsx(List.of(new Tables("宣传教育活动", "宣传教育活动",
                List.of("期间：" + list.period()), eventColumns, events), new Tables("合计（含下级网格）",
                "合计（含下级网格）", List.of("期间：" + list.period()), totalColumns, totals)));
        return HttpResponse.ok(bytes).contentType(Tables.XLSX).header("Content-Disposition",
                "attachment; filename=\"publicity-events-" + list.period().replace('/', '_') + ".xlsx\"");
    }

    private static Tables.Column text(String header) {
        return new Tables.Column(header, Tables.Column.Kind.TEXT);
    }

    private static Tables.Column code(String header) {
        return new Tables.Column(header, Tables.Column.Kind.CODE);
    }

    private static Tables.Column count(String header) {
        return new Tables.Column(header, Tables.Column.Kind.COUNT);
    }

    @Post(value = "/publicity/events", consumes = MediaType.APPLICATION_JSON)
    @Secured({"admin", "chief", "supervisor"})
    HttpResponse<Publicity.EventView> add(@Body Publicity.EventRequest event) {
        Publicity.EventView view = publicity.addEvent(scopes.actor(), clock.instant(), event);
        return HttpResponse.created(view, URI.create("/api/publicity/events/" + view.id()));
    }

    @Put(value = "/publicity/events/{id}", consumes = MediaType.APPLICATION_JSON)
    @Secured({"admin", "chief", "supervisor"})
    Publicity.EventView change(@PathVariable UUID id, @Body Publicity.EventRequest event) {
        return publicity.changeEvent(scopes.actor(), clock.instant(), id, event);
    }

    @Delete("/publicity/events/{id}")
    @Secured({"admin", "chief", "supervisor"})
    HttpResponse<Void> delete(@PathVariable UUID id) {
        publicity.deleteEvent(scopes.actor(), clock.instant(), id);
        return HttpResponse.noContent();
    }

    @Get("/volunteers")
    List<Publicity.VolunteerView> volunteers(@Nullable @QueryValue String grid) {
        return publicity.volunteers(scopes.current(), grid);
    }

    @Post(value = "/volunteers", consumes = MediaType.APPLICATION_JSON)
    @Secured({"admin", "chief", "supervisor"})
    HttpResponse<Publicity.VolunteerView> register(@Body Publicity.VolunteerRequest volunteer) {
        Publicity.VolunteerView view = publicity.addVolunteer(scopes.actor(), clock.instant(), volunteer);
        return HttpResponse.created(view, URI.create("/api/volunteers/" + view.id()));
    }

    @Put(value = "/volunteers/{id}", consumes = MediaType.APPLICATION_JSON)
    @Secured({"admin", "chief", "supervisor"})
    Publicity.VolunteerView changeVolunteer(@PathVariable UUID id, @Body Publicity.VolunteerRequest volunteer) {
        return publicity.changeVolunteer(scopes.actor(), clock.instant(), id, volunteer);
    }

    private Period period(String text) {
        if (text == null) {
            return Period.month(YearMonth.from(scopes.today()));
        }
        try {
            return Period.parse(text);
        } catch (IllegalArgumentException e) {
            throw new InvalidParameter("period", e.getMessage());
        }
    }
}
