package com.envgrid.api.accountability;

import com.envgrid.api.access.AccessScopes;
import com.envgrid.api.shared.DistrictTime;
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
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;

import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Accountability records (问责): the list (administrators and viewers of their district, chiefs of their grids), a
 * run of the proposals now, and an administrator's decision on a proposed record — confirm (with the proposed or
 * another measure) or dismiss, with a reason; decided once. The list is exported as Excel.
 */
@Controller("/api")
@Secured({"admin", "viewer", "chief"})
@ExecuteOn(TaskExecutors.BLOCKING)
class AccountabilityController {
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final Map<String, String> BASES = Map.of("order_overdue", "督办单逾期", "ranked_last", "季度点评连续末位");
    private static final Map<String, String> STATES = Map.of("proposed", "待确认", "confirmed", "已确认",
            "dismissed", "已撤销");

    private final Accountabilities accountabilities;
    private final AccessScopes scopes;
    private final DistrictTime time;

    AccountabilityController(Accountabilities accountabilities, AccessScopes scopes, DistrictTime time) {
        this.accountabilities = accountabilities;
        this.scopes = scopes;
        this.time = time;
    }

    /** What a run of the proposals added, of what the caller may read. */
    @Serdeable(naming = SnakeCaseStrategy.class)
    record Proposed(int added, List<AccountabilityView> records) {
    }

    @Get("/accountability")
    List<AccountabilityView> list(@Nullable @QueryValue String state, @Nullable @QueryValue String quarter,
                                  @Nullable @QueryValue String year) {
        return accountabilities.list(scopes.current(), state, quarter, year);
    }

    /** Proposes now what the orders and reviews call for (what the daily run would); each ground once. */
    @Post("/accountability/proposals")
    @Secured("admin")
    Proposed propose() {
        var actor = scopes.actor();
        List<Long> added = accountabilities.propose(actor, time.now());
        List<AccountabilityView> records = accountabilities.list(actor.scope(), null, null, null).stream()
                .filter(r -> added.contains(r.id())).toList();
        return new Proposed(added.size(), records);
    }

    @Post(value = "/accountability/{id}/decision", consumes = MediaType.APPLICATION_JSON)
    @Secured("admin")
    AccountabilityView decide(@PathVariable long id, @Nullable @Body Accountabilities.Decision body) {
        return accountabilities.decide(scopes.actor(), time.now(), id, body);
    }

    @Get(value = "/accountability.xlsx", produces = {Tables.XLSX, MediaType.APPLICATION_JSON, MediaType.ALL})
    HttpResponse<byte[]> xlsx(@Nullable @QueryValue String state, @Nullable @QueryValue String quarter,
                              @Nullable @QueryValue String year) {
        List<List<Object>> lines = list(state, quarter, year).stream().map(r -> Arrays.<Object>asList(r.id(),
                r.quarter(), BASES.get(r.basis()), r.orderNumber(), r.grid(), r.gridName(), r.subject(), r.reason(),
                r.measureName(), STATES.get(r.state()), MINUTE.format(r.proposedAt().atZone(time.zone())),
                r.decidedByName(), r.decidedAt() == null ? null : MINUTE.format(r.decidedAt().atZone(time.zone())),
                r.decisionReason())).toList();
        String title = "问责记录" + (quarter == null ? year == null ? "" : " " + year + "年" : " " + quarter);
        byte[] xlsx = new Tables(title, COLUMNS, lines).xlsx();
        return HttpResponse.ok(xlsx).contentType(Tables.XLSX)
                .header("Content-Disposition", "attachment; filename=\"accountability.xlsx\"");
    }

    private static final List<Column> COLUMNS = List.of(new Column("编号", Column.Kind.COUNT),
            new Column("季度", Column.Kind.CODE), new Column("依据", Column.Kind.TEXT),
            new Column("督办单", Column.Kind.TEXT), new Column("网格编码", Column.Kind.CODE),
            new Column("网格", Column.Kind.TEXT), new Column("问责对象", Column.Kind.TEXT),
            new Column("事由", Column.Kind.TEXT), new Column("措施", Column.Kind.TEXT),
            new Column("状态", Column.Kind.TEXT), new Column("提出时间", Column.Kind.TEXT),
            new Column("决定人", Column.Kind.TEXT), new Column("决定时间", Column.Kind.TEXT),
            new Column("决定理由", Column.Kind.TEXT));
}
