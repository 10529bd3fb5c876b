package com.envgrid.api.radiation;

import com.envgrid.api.access.AccessScopes;
import com.envgrid.api.access.TouchesGrid;
import com.envgrid.api.shared.InvalidParameter;
import com.envgrid.api.source.SourceGrid;
import com.envgrid.core.radiation.HoldingStatus;
import com.envgrid.core.radiation.RadiationLicence;
import com.envgrid.core.sheet.SheetWriter;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;

/**
 * Radiation (核与辐射): under {@code /api/enterprises/{code}/radiation} a holder's licence, sealed sources and ray
 * devices — read within the enterprise's grids, saved by administrators of its district or of the city (a source or
 * device by its code or serial number in the path, so that sending it again updates it) —; under
 * {@code /api/radiation} the lists of the grids the caller reads, as JSON or .xlsx, and the licences expiring soon.
 */
@Controller("/api")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class RadiationController {
    /** The most days ahead the list of expiring licences looks. */
    private static final int MOST_DAYS = 3650;

    private final RadiationHoldings holdings;
    private final AccessScopes scopes;
    private final Clock clock;

    RadiationController(RadiationHoldings holdings, AccessScopes scopes, Clock clock) {
        this.holdings = holdings;
        this.scopes = scopes;
        this.clock = clock;
    }

    @Get("/enterprises/{code}/radiation")
    @TouchesGrid(value = "code", via = SourceGrid.class)
    RadiationViews.Card card(@PathVariable String code) {
        return holdings.card(code);
    }

    @Put(value = "/enterprises/{code}/radiation/licence", consumes = MediaType.APPLICATION_JSON)
    @Secured("admin")
    @TouchesGrid(value = "code", via = SourceGrid.class, access = TouchesGrid.Access.WRITE)
    RadiationViews.Licence saveLicence(@PathVariable String code, @Body RadiationRequests.Licence licence) {
        return holdings.saveLicence(scopes.actor(), clock.instant(), code, licence);
    }

    @Put(value = "/enterprises/{code}/radiation/sources/{serial}", consumes = MediaType.APPLICATION_JSON)
    @Secured("admin")
    @TouchesGrid(value = "code", via = SourceGrid.class, access = TouchesGrid.Access.WRITE)
    HttpResponse<RadiationViews.Source> saveSource(@PathVariable String code, @PathVariable String serial,
                                                   @Body RadiationRequests.Source source) {
        return answer(holdings.saveSource(scopes.actor(), clock.instant(), code, serial, source));
    }

    @Put(value = "/enterprises/{code}/radiation/devices/{serial}", consumes = MediaType.APPLICATION_JSON)
    @Secured("admin")
    @TouchesGrid(value = "code", via = SourceGrid.class, access = TouchesGrid.Access.WRITE)
    HttpResponse<RadiationViews.Device> saveDevice(@PathVariable String code, @PathVariable String serial,
                                                   @Body RadiationRequests.Device device) {
        return answer(holdings.saveDevice(scopes.actor(), clock.instant(), code, serial, device));
    }

    private static <T> HttpResponse<T> answer(RadiationHoldings.Saved<T> saved) {
        return saved.created() ? HttpResponse.created(saved.view()) : HttpResponse.ok(saved.view());
    }

    @Get("/radiation/sources")
    List<RadiationViews.Source> sources() {
        return holdings.sources(scopes.current());
    }

    @Get("/radiation/devices")
    List<RadiationViews.Device> devices() {
        return holdings.devices(scopes.current());
    }

    @Get(value = "/radiation/sources.xlsx", produces = {SheetWriter.XLSX, MediaType.APPLICATION_JSON, MediaType.ALL})
    HttpResponse<byte[]> sourcesXlsx() {
        List<List<String>> rows = holdings.sources(scopes.current()).stream().map(s -> List.of(s.holderName(),
                s.holderCode(), nullToEmpty(s.gridCode()), s.serial(), s.nuclide(), s.radiationClass() + "类",
                String.valueOf(s.activity()), s.activityUnit(), s.activityOn().toString(), s.location(),
                statusName(s.status()), s.outsideLicence() ? "是" : "否")).toList();
        return download(SheetWriter.xlsx("放射源", List.of("持有单位", "统一社会信用代码", "网格", "放射源编码", "核素",
                "类别", "活度", "活度单位", "活度日期", "位置", "状态", "超出许可范围"), rows), "放射源.xlsx", "radiation-sources.xlsx");
    }

    @Get(value = "/radiation/devices.xlsx", produces = {SheetWriter.XLSX, MediaType.APPLICATION_JSON, MediaType.ALL})
    HttpResponse<byte[]> devicesXlsx() {
        List<List<String>> rows = holdings.devices(scopes.current()).stream().map(d -> List.of(d.holderName(),
                d.holderCode(), nullToEmpty(d.gridCode()), d.serial(), d.kind(), d.model(), d.radiationClass() + "类",
                d.location(), statusName(d.status()), d.outsideLicence() ? "是" : "否")).toList();
        return download(SheetWriter.xlsx("射线装置", List.of("持有单位", "统一社会信用代码", "网格", "出厂编号", "装置名称",
                "型号", "类别", "位置", "状态", "超出许可范围"), rows), "射线装置.xlsx", "ray-devices.xlsx");
    }

    /** The licences expiring within {@code within} days (60 unless given) or expired, the soonest first. */
    @Get("/radiation/licences")
    List<RadiationViews.Licence> licences(@Nullable @QueryValue Integer within) {
        int days = within == null ? RadiationLicence.WARNING_DAYS : within;
        if (days < 0 || days > MOST_DAYS) {
            throw new InvalidParameter("within", "within is a number of days from 0 to " + MOST_DAYS);
        }
        return holdings.expiringWithin(scopes.current(), days);
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    private static String statusName(String key) {
        return HoldingStatus.parse(key).map(HoldingStatus::chineseName).orElse(key);
    }

    private static HttpResponse<byte[]> download(byte[] bytes, String chineseName, String asciiName) {
        return HttpResponse.ok(bytes).contentType(SheetWriter.XLSX).header("Content-Disposition", "attachment;"
                + " filename=\"" + asciiName + "\"; filename*=UTF-8''" + URLEncoder.encode(chineseName,
                StandardCharsets.UTF_8));
    }
}
