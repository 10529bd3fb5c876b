package com.envgrid.api.coverage;

import com.envgrid.api.shared.Tables;
import com.envgrid.api.shared.Tables.Column;
import com.envgrid.core.coverage.CoverageRow;
import com.envgrid.core.coverage.GridFigures;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** The coverage figures of a row, named once for JSON, GeoJSON properties, Excel and CSV alike. */
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
            new Measure("mismatch_rate", "位置不符率", Column.Kind.RATE, GridFigures::mismatchRate));

    static Map<String, Object> json(CoverageRow row) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", row.code());
        m.put("name", row.name());
        m.put("level", row.level());
        m.put("tier", row.tier());
        m.put("parent", row.parent());
        m.put("staffed", row.staffed());
        for (Measure measure : MEASURES) {
            m.put(measure.key(), measure.value().apply(row.figures()));
        }
        return m;
    }

    static Tables table(String title, List<CoverageRow> rows) {
        List<Column> columns = new ArrayList<>(List.of(new Column("编码", Column.Kind.TEXT),
                new Column("名称", Column.Kind.TEXT), new Column("层级", Column.Kind.TEXT),
                new Column("有网格员", Column.Kind.TEXT)));
        MEASURES.forEach(m -> columns.add(new Column(m.header(), m.kind())));
        List<List<Object>> values = new ArrayList<>();
        for (CoverageRow row : rows) {
            List<Object> line = new ArrayList<>(List.of(row.code(), row.name(), row.level(), row.staffed() ? "是" : "否"));
            MEASURES.forEach(m -> line.add(m.value().apply(row.figures())));
            values.add(line);
        }
        return new Tables(title, columns, values);
    }
}
