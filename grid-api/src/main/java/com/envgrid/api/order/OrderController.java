package com.envgrid.api.order;

import com.envgrid.api.access.AccessScopes;
import com.envgrid.api.layer.LiveGridLayer;
import com.envgrid.api.shared.DistrictTime;
import com.envgrid.api.shared.InvalidParameter;
import com.envgrid.api.shared.ListFilter;
import com.envgrid.api.shared.Tables;
import com.envgrid.api.shared.Tables.Column;
import com.envgrid.core.order.OrderState;
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

import java.net.URI;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

/**
 * Supervision orders (督办单) from the joint inspections' findings. An order is POSTed with an {@code id} its client
 * made: sending it again stores nothing more (200 with what is stored; the same id with other content: 409).
 */
@Controller("/api")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class OrderController {
    private static final DateTimeFormatter ISSUED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Orders orders;
    private final AccessScopes scopes;
    private final LiveGridLayer layer;
    private final Clock clock;
    private final ZoneId zone;

    OrderController(Orders orders, AccessScopes scopes, LiveGridLayer layer, Clock clock,
                    DistrictTime time) {
        this.orders = orders;
        this.scopes = scopes;
        this.layer = layer;
        this.clock = clock;
        this.zone = time.zone();
    }

    @Post(value = "/supervision-orders", consumes = MediaType.APPLICATION_JSON)
    @Secured({"admin", "chief", "supervisor"})
    HttpResponse<OrderView> issue(@Body OrderRequests.IssueBody body) {
        Orders.Issued issued = orders.issue(scopes.actor(), clock.instant(), body);
        return issued.isNew()
                ? HttpResponse.created(issued.order(), URI.create("/api/supervision-orders/" + issued.order().id()))
                : HttpResponse.ok(issued.order());
    }

    /**
     * The orders the caller may read: of a state, of a campaign, of a year (by number), in a grid and those below it,
     * only the overdue ones — each optional; a value that names nothing is a 400 naming its parameter.
     */
    @Get("/supervision-orders")
    List<OrderView> list(@Nullable @QueryValue String state, @Nullable @QueryValue UUID campaign,
                         @Nullable @QueryValue Integer year, @Nullable @QueryValue String grid,
                         @Nullable @QueryValue String overdue) {
        return orders.list(scopes.actor(), filter(state, campaign, year, grid, overdue));
    }

    /** The list as a sheet, filtered the same way. */
    @Get(value = "/supervision-orders.xlsx", produces = {Tables.XLSX, MediaType.APPLICATION_JSON, MediaType.ALL})
    HttpResponse<byte[]> xlsx(@Nullable @QueryValue String state, @Nullable @QueryValue UUID campaign,
                              @Nullable @QueryValue Integer year, @Nullable @QueryValue String grid,
                              @Nullable @QueryValue String overdue) {
        List<List<Object>> lines = orders.list(scopes.actor(), filter(state, campaign, year, grid, overdue)).stream()
                .map(o -> List.<Object>of(o.number(), o.campaignTitle(), o.gridCode(), o.gridName(),
                        o.departmentName() == null ? "" : o.departmentName(), o.requirement(), o.findingCount(),
                        o.dueBy().toString(), o.stateName(), o.overdue() ? "是" : "否", escalation(o.escalatedTo()),
                        ISSUED.format(o.issuedAt().atZone(zone)),
                        o.closedAt() == null ? "" : ISSUED.format(o.closedAt().atZone(zone))))
                .toList();
        byte[] xlsx = new Tables("督办单", COLUMNS, lines).xlsx();
        return HttpResponse.ok(xlsx).contentType(Tables.XLSX)
                .header("Content-Disposition", "attachment; filename=\"supervision-orders.xlsx\"");
    }

    /** A campaign's findings in no order yet, for those who may issue orders from it. */
    @Get("/supervision-orders/candidates")
    List<OrderView.FindingView> candidates(@Nullable @QueryValue UUID campaign) {
        if (campaign == null) {
            throw new InvalidParameter("campaign", "campaign is required: the id of a joint inspection campaign");
        }
        return orders.candidates(scopes.actor(), campaign);
    }

    /** The campaigns the caller may issue orders from, each with its count of findings in no order yet. */
    @Get("/supervision-orders/campaigns")
    List<OrderView.CampaignChoice> campaigns() {
        return orders.campaigns(scopes.actor());
    }

    @Get("/supervision-orders/{id}")
    OrderView one(@PathVariable UUID id) {
        return orders.one(scopes.actor(), id);
    }

    @Post(value = "/supervision-orders/{id}/actions", consumes = MediaType.APPLICATION_JSON)
    @Secured({"admin", "chief", "supervisor"})
    OrderView act(@PathVariable UUID id, @Body OrderRequests.ActionBody body) {
        return orders.act(scopes.actor(), clock.instant(), id, body);
    }

    private Orders.Filter filter(String state, UUID campaign, Integer year, String grid, String overdue) {
        if (year != null && (year < 2000 || year > 2100)) {
            throw new InvalidParameter("year", "year is between 2000 and 2100, not " + year);
        }
        return new Orders.Filter(ListFilter.word(OrderState.class, "state", state, ListFilter.keys(OrderState.class)),
                campaign, year, ListFilter.of(layer.layer(), grid, null, null, overdue));
    }

    private static String escalation(String level) {
        return switch (level) {
            case "chief" -> "网格长";
            case "district" -> "区局";
            default -> "";
        };
    }

    private static final List<Column> COLUMNS = List.of(new Column("编号", Column.Kind.TEXT),
            new Column("联合督查", Column.Kind.TEXT), new Column("网格编码", Column.Kind.CODE),
            new Column("网格", Column.Kind.TEXT), new Column("责任部门", Column.Kind.TEXT),
            new Column("督办要求", Column.Kind.TEXT), new Column("问题数", Column.Kind.COUNT),
            new Column("办理期限", Column.Kind.TEXT), new Column("状态", Column.Kind.TEXT),
            new Column("超期", Column.Kind.TEXT), new Column("已升级至", Column.Kind.TEXT),
            new Column("下达时间", Column.Kind.TEXT), new Column("办结时间", Column.Kind.TEXT));
}
