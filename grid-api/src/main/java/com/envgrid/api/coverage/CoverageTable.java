package com.envgrid.api.coverage;

import com.envgrid.api.shared.Tables;
import com.envgrid.api.shared.Tables.Column;
import com.envgrid.core.coverage.CoverageRow;
import com.envgrid.core.coverage.GridFigures;
import com.envgrid.core.duty.Period;
import com.envgrid.core.geo.feature.Field;
import com.envgrid.core.geo.feature.FieldType;
import com.envgrid.core.grid.GridLevel;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The coverage figures of a row, named once for JSON, GeoJSON properties, Excel and CSV alike, and as the fields of
 * the coverage feature layer.
 */
final class CoverageTable {
    private CoverageTable() {
    }

    private record Measure(String key, String header, Column.Kind kind, Function<GridFigures, Number> value) {
    }

    private static final List<Measure> MEASURES = List.of(
            new Measure("duties_due", "应巡查任务", Column.Kind.COUNT, f -> f.duties().due()),
            new Measure("duties_done", "已完成任务", Column.Kind.COUNT, f -> f.duties().done()),
            new Measure("duties_done_on_time", "按期完成", Column.Kind.COUNT, f -> f.duties().doneOnTime()),
            new Measure("duties_overdue", "逾期任务", Column.Kind.COUNT, f -> f.duties().overdue()),
            new Measure("duty_completion", "任务完成率", Column.Kind.RATE, GridFigures::dutyCompletion),
            new Measure("objects_due", "应检查对象", Column.Kind.COUNT, f -> f.objects().due()),
            new Measure("objects_inspected", "已检查对象", Column.Kind.COUNT, f -> f.objects().inspected()),
            new Measure("coverage", "覆盖率", Column.Kind.RATE, GridFigures::coverage),
            new Measure("patrols_due", "应巡查网格/河段", Column.Kind.COUNT, f -> f.patrols().due()),
            new Measure("patrols_done", "已巡查", Column.Kind.COUNT, f -> f.patrols().done()),
            new Measure("problems_open", "未办结问题", Column.Kind.COUNT, f -> f.problems().open()),
            new Measure("problems_overdue", "逾期问题", Column.Kind.COUNT, f -> f.problems().overdue()),
            new Measure("problems_closed_on_time", "按期整改", Column.Kind.COUNT, f -> f.problems().closedOnTime()),
            new Measure("complaints_received", "受理信访", Column.Kind.COUNT, f -> f.complaints().received()),
            new Measure("complaints_closed_on_time", "按期办结信访", Column.Kind.COUNT, f -> f.complaints().closedOnTime()),
            new Measure("complaints_on_time_rate", "按期办结率", Column.Kind.RATE, GridFigures::complaintsOnTimeRate),
            new Measure("satisfaction_rate", "满意率", Column.Kind.RATE, GridFigures::satisfactionRate),
            new Measure("inspections", "巡查记录", Column.Kind.COUNT, f -> f.inspections().records()),
            new Measure("mismatch_rate", "位置不符率", Column.Kind.RATE, GridFigures::mismatchRate),
            new Measure("measures_due", "到期整改措施", Column.Kind.COUNT, f -> f.measures().due()),
            new Measure("measures_verified", "已核验措施", Column.Kind.COUNT, f -> f.measures().verified()),
            new Measure("plan_progress", "一厂一策进度", Column.Kind.RATE, GridFigures::planProgress));

    static Map<String, Object> json(CoverageRow row) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", row.code());
        m.put("name", row.name());
        m.put("level", row.level());
        m.put("tier", row.tier());
        m.put("parent", row.parent());
        m.put("staffed", row.staffed());
        m.put("anyone_responsible", row.staffing().anyoneResponsible());
        m.put("children", row.staffing().children());
        m.put("unstaffed_children", row.staffing().unstaffedChildren());
        m.put("child_levels", row.staffing().childLevels());
        for (Measure measure : MEASURES) {
            m.put(measure.key(), measure.value().apply(row.figures()));
        }
        return m;
    }

    /** The fields of {@link #json}'s keys, in its order, titled as the table's columns; lists go out as text. */
    static List<Field> fields() {
        List<Field> fields = new ArrayList<>(List.of(new Field("code", FieldType.TEXT, "网格编码"),
                new Field("name", FieldType.TEXT, "网格名称"), new Field("level", FieldType.TEXT, "层级"),
                new Field("tier", FieldType.INTEGER, "网格级别"), new Field("parent", FieldType.TEXT, "上级网格"),
                new Field("staffed", FieldType.BOOLEAN, "有网格员"),
                new Field("anyone_responsible", FieldType.BOOLEAN, "有人负责"),
                new Field("children", FieldType.INTEGER, "下级网格数"),
                new Field("unstaffed_children", FieldType.INTEGER, "无网格员的下级网格数"),
                new Field("child_levels", FieldType.TEXT, "下级网格层级")));
        MEASURES.forEach(m -> fields.add(new Field(m.key(), m.kind() == Column.Kind.COUNT ? FieldType.INTEGER
                : FieldType.REAL, m.header())));
        return fields;
    }

    /** What the sheet of the asked grids is named for. */
    static final String COVERAGE = "覆盖率";

    /**
     * The rows as a table on a sheet named for the period and what it holds: {@code 2026年第3季度 覆盖率},
     * {@code 2026年第3季度 区县}.
     */
    static Tables table(String what, String title, Period period, List<CoverageRow> rows) {
        List<Column> columns = new ArrayList<>(List.of(new Column("编码", Column.Kind.CODE),
                new Column("名称", Column.Kind.TEXT), new Column("层级", Column.Kind.TEXT),
                new Column("网格员", Column.Kind.TEXT)));
        MEASURES.forEach(m -> columns.add(new Column(m.header(), m.kind())));
        List<List<Object>> values = new ArrayList<>();
        for (CoverageRow row : rows) {
            List<Object> line = new ArrayList<>(List.of(row.code(), row.name(), chineseLevel(row.level()),
                    staffing(row.staffing())));
            MEASURES.forEach(m -> line.add(m.value().apply(row.figures())));
            values.add(line);
        }
        return new Tables(period.chineseName() + " " + what, title, List.of(), columns, values);
    }

    /**
     * Who supervises a grid, in words: 有 (all of it), 无 (no part of it), or for a split grid staffed in part how
     * many of its children are not: {@code 14 个村/社区中 2 个无网格员}.
     */
    static String staffing(CoverageRow.Staffed staffed) {
        if (staffed.staffed()) {
            return "有";
        }
        if (!staffed.anyoneResponsible() || staffed.children() == 0) {
            return "无";
        }
        String levels = staffed.childLevels().stream().map(CoverageTable::chineseLevel)
                .collect(java.util.stream.Collectors.joining("/"));
        return staffed.children() + " 个" + levels + "中 " + staffed.unstaffedChildren() + " 个无网格员";
    }

    private static String chineseLevel(String key) {
        return key.equals(Coverage.CITY_LEVEL) ? "市" : GridLevel.parse(key).map(GridLevel::chineseName).orElse(key);
    }
}
