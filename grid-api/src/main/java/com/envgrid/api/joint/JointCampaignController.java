package com.envgrid.api.joint;

import com.envgrid.api.access.AccessScopes;
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
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * Joint inspections (部门联合督查). A campaign and a finding are POSTed with an {@code id} their client made: sending
 * either again stores nothing more (200 with what is stored; the same id with other content: 409).
 */
@Controller("/api/joint-campaigns")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class JointCampaignController {
    private final JointCampaigns campaigns;
    private final AccessScopes scopes;
    private final Clock clock;

    JointCampaignController(JointCampaigns campaigns, AccessScopes scopes, Clock clock) {
        this.campaigns = campaigns;
        this.scopes = scopes;
        this.clock = clock;
    }

    /** The campaigns one sees, of a year (whose period meets it) and a state (open, closed), latest first. */
    @Get
    List<JointViews.CampaignSummary> list(@QueryValue @Nullable Integer year, @QueryValue @Nullable String state) {
        return campaigns.list(scopes.actor(), year, state);
    }

    @Post(consumes = MediaType.APPLICATION_JSON)
    @Secured("admin")
    HttpResponse<JointViews.CampaignView> create(@Body JointRequests.CampaignBody body) {
        var created = campaigns.create(scopes.actor(), clock.instant(), body);
        return created.isNew()
                ? HttpResponse.created(created.value(), URI.create("/api/joint-campaigns/" + created.value().id()))
                : HttpResponse.ok(created.value());
    }

    @Get("/{id}")
    JointViews.CampaignView one(@PathVariable UUID id) {
        return campaigns.one(scopes.actor(), id);
    }

    @Put(value = "/{id}/team", consumes = MediaType.APPLICATION_JSON)
    @Secured("admin")
    JointViews.CampaignView team(@PathVariable UUID id, @Body JointRequests.TeamBody body) {
        return campaigns.setTeam(scopes.actor(), clock.instant(), id, body);
    }

    @Post(value = "/{id}/targets", consumes = MediaType.APPLICATION_JSON)
    @Secured("admin")
    JointViews.CampaignView targets(@PathVariable UUID id, @Body JointRequests.TargetsBody body) {
        return campaigns.choose(scopes.actor(), clock.instant(), id, body);
    }

    /** Team members (of any role) and the administrators of the campaign's grid record findings. */
    @Post(value = "/{id}/findings", consumes = MediaType.APPLICATION_JSON)
    HttpResponse<JointViews.FindingView> finding(@PathVariable UUID id, @Body JointRequests.FindingBody body) {
        var recorded = campaigns.record(scopes.actor(), clock.instant(), id, body);
        return recorded.isNew()
                ? HttpResponse.created(recorded.value(), URI.create("/api/joint-campaigns/" + id))
                : HttpResponse.ok(recorded.value());
    }

    @Post("/{id}/close")
    @Secured("admin")
    JointViews.CampaignView close(@PathVariable UUID id) {
        return campaigns.close(scopes.actor(), clock.instant(), id);
    }

    /** The campaign's findings by department, for the district's meeting and the orders that follow. */
    @Get(value = "/{id}/findings.xlsx", produces = {Tables.XLSX, MediaType.APPLICATION_JSON, MediaType.ALL})
    HttpResponse<byte[]> xlsx(@PathVariable UUID id) {
        var export = campaigns.export(scopes.actor(), id);
        var c = export.campaign();
        List<List<Object>> lines = export.findings().stream().map(f -> List.<Object>of(f.departmentName(),
                f.targetName(), f.targetCode(), f.gridName(), f.categoryName(), f.severityName(), f.description(),
                f.foundOn().toString(), f.recorderName(), f.photos().size())).toList();
        byte[] xlsx = new Tables("督查发现", c.title() + "（" + c.theme() + "）",
                List.of(c.from() + " 至 " + c.to() + "，" + c.gridCode()), COLUMNS, lines).xlsx();
        return HttpResponse.ok(xlsx).contentType(Tables.XLSX)
                .header("Content-Disposition", "attachment; filename=\"joint-findings.xlsx\"");
    }

    private static final List<Column> COLUMNS = List.of(new Column("部门", Column.Kind.TEXT),
            new Column("督查对象", Column.Kind.TEXT), new Column("对象编码", Column.Kind.CODE),
            new Column("责任网格", Column.Kind.TEXT), new Column("问题类别", Column.Kind.TEXT),
            new Column("严重程度", Column.Kind.TEXT), new Column("问题描述", Column.Kind.TEXT),
            new Column("发现日期", Column.Kind.TEXT), new Column("记录人", Column.Kind.TEXT),
            new Column("照片数", Column.Kind.COUNT));
}
