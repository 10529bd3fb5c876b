package com.envgrid.api.grading;

import com.envgrid.api.access.AccessScopes;
import com.envgrid.api.shared.DistrictTime;
import com.envgrid.api.shared.InvalidParameter;
import com.envgrid.api.shared.Tables;
import com.envgrid.api.shared.Tables.Column;
import com.envgrid.core.grading.CreditGrade;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
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
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A district's credit grades of a year ({@code ?district=}, else the caller's own or the only one): every
 * enterprise the caller reads with its proposal, review and published grade, filtered by grade if asked; published
 * by an administrator of the district; exported as Excel.
 */
@Controller("/api/grading")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class GradingController {
    private static final DateTimeFormatter PUBLISHED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final List<Column> COLUMNS = List.of(new Column("统一社会信用代码", Column.Kind.CODE),
            new Column("名称", Column.Kind.TEXT), new Column("网格", Column.Kind.CODE), new Column("得分", Column.Kind.COUNT),
            new Column("建议等级", Column.Kind.TEXT), new Column("审核等级", Column.Kind.TEXT),
            new Column("审核理由", Column.Kind.TEXT), new Column("发布等级", Column.Kind.TEXT));

    private final CreditGrades grades;
    private final AccessScopes scopes;
    private final DistrictTime time;
    private final Clock clock;

    GradingController(CreditGrades grades, AccessScopes scopes, DistrictTime time, Clock clock) {
        this.grades = grades;
        this.scopes = scopes;
        this.time = time;
        this.clock = clock;
    }

    @Get("/{year}")
    GradeViews.DistrictList list(@PathVariable String year, @Nullable @QueryValue String district,
                                 @Nullable @QueryValue String grade) {
        var list = grades.list(scopes.current(), grades.district(district), CreditGrades.year(year));
        if (grade == null || grade.isBlank()) {
            return list;
        }
        String key = CreditGrade.parse(grade).map(CreditGrade::key).orElseThrow(() -> new InvalidParameter("grade",
                "grade is one of " + Arrays.stream(CreditGrade.values()).map(CreditGrade::key).toList()));
        return new GradeViews.DistrictList(list.district(), list.year(), list.published(), list.publishedAt(),
                list.enterprises().stream().filter(l -> key.equals(l.grade())).toList());
    }

    @Post("/{year}/publish")
    @Secured("admin")
    HttpResponse<GradeViews.DistrictList> publish(@PathVariable String year, @Nullable @QueryValue String district) {
        int y = CreditGrades.year(year);
        String d = grades.district(district);
        var published = grades.publish(scopes.actor(), clock.instant(), d, y);
        return HttpResponse.created(published, URI.create("/api/grading/" + y + "?district=" + d));
    }

    @Get(value = "/{year}.xlsx", produces = {Tables.XLSX, MediaType.APPLICATION_JSON, MediaType.ALL})
    HttpResponse<byte[]> xlsx(@PathVariable String year, @Nullable @QueryValue String district) {
        var list = list(year, district, null);
        List<List<Object>> rows = new ArrayList<>();
        list.enterprises().forEach(l -> rows.add(Arrays.asList(l.code(), l.name(), l.gridCode(), l.score(),
                GradeViews.name(l.proposedGrade()), GradeViews.name(l.reviewedGrade()), l.reviewReason(),
                GradeViews.name(l.publishedGrade()))));
        String published = list.published()
                ? "发布时间：" + PUBLISHED.format(list.publishedAt().atZone(time.zone()))
                : "未发布：按导出时的记录计算，发布前仍会变化";
        byte[] bytes = new Tables(list.year() + "年 环保信用评价", list.district() + " " + list.year() + "年 企业环保信用评价",
                List.of(published), COLUMNS, rows).xlsx();
        return HttpResponse.ok(bytes).contentType(Tables.XLSX).header("Content-Disposition",
                "attachment; filename=\"credit-grades-" + list.year() + ".xlsx\"");
    }
}
