package com.envgrid.api.problem;

import com.envgrid.api.features.FeatureLayer;
import com.envgrid.api.features.LayerDefinition;
import com.envgrid.api.features.Viewer;
import com.envgrid.api.layer.LiveGridLayer;
import com.envgrid.api.rules.CityRules;
import com.envgrid.api.shared.DistrictTime;
import com.envgrid.api.shared.ListFilter;
import com.envgrid.core.geo.feature.Feature;
import com.envgrid.core.geo.feature.Field;
import com.envgrid.core.geo.feature.FieldType;
import com.envgrid.core.geo.feature.GeometryKind;
import com.envgrid.core.grid.geojson.GridFeatureReader;
import com.envgrid.core.input.Vocabulary;
import com.envgrid.core.problem.ProblemCase;
import com.envgrid.core.rules.RuleBook;
import jakarta.inject.Singleton;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Problem cases as GIS clients read them: the cases {@code GET /api/cases} lists for the viewer, each a point where
 * it was found ({@link CaseRows#locations}) — a case known nowhere more precisely is placed inside its grid, and
 * one whose grid is no longer in the layer either is left out, having no place on a map.
 */
@Singleton
class ProblemLayer implements FeatureLayer {
    private static final List<Field> FIELDS = List.of(
            new Field("id", FieldType.INTEGER, "问题编号"),
            new Field("category", FieldType.TEXT, "问题类别"),
            new Field("severity", FieldType.TEXT, "严重程度"),
            new Field("description", FieldType.TEXT, "问题描述"),
            new Field("grid_code", FieldType.TEXT, "网格编码"),
            new Field("grid_name", FieldType.TEXT, "网格名称"),
            new Field("target_kind", FieldType.TEXT, "对象类型"),
            new Field("target_code", FieldType.TEXT, "对象编码"),
            new Field("state", FieldType.TEXT, "状态"),
            new Field("due_by", FieldType.DATE, "整改期限"),
            new Field("overdue", FieldType.BOOLEAN, "是否逾期"),
            new Field("escalated_to", FieldType.TEXT, "升级至"),
            new Field("opened_at", FieldType.DATETIME, "立案时间"),
            new Field("closed_at", FieldType.DATETIME, "结案时间"));
    // cases are for staff: the public pages show none
    private static final LayerDefinition DEFINITION = LayerDefinition.of("problems", "问题整改",
            "巡查和信访发现的问题及其整改状态，位于发现问题的位置", GeometryKind.POINT, FIELDS)
            .withQueryables("state", "category", "severity", "grid_code", "target_kind", "target_code", "overdue",
                    "escalated_to")
            .withTime("opened_at");

    private final Cases cases;
    private final CaseRows rows;
    private final CityRules rules;
    private final LiveGridLayer layer;
    private final DistrictTime time;

    ProblemLayer(Cases cases, CaseRows rows, CityRules rules, LiveGridLayer layer, DistrictTime time) {
        this.cases = cases;
        this.rows = rows;
        this.rules = rules;
        this.layer = layer;
        this.time = time;
    }

    @Override
    public LayerDefinition definition() {
        return DEFINITION;
    }

    @Override
    public List<Feature> features(Viewer viewer, Map<String, String> parameters) {
        if (viewer.scope().isEmpty()) {
            return List.of();
        }
        LocalDate today = time.today();
        RuleBook book = rules.book();
        Map<Long, CaseRows.Location> located = rows.locations().stream()
                .collect(Collectors.toMap(CaseRows.Location::caseId, l -> l));
        return cases.visible(viewer.scope().get(), null, null, ListFilter.NONE, false, today).stream()
                .sorted(Comparator.comparing(ProblemCase::id))
                .flatMap(c -> point(c, located.get(c.id())).map(at -> feature(c, at, book, today)).stream()).toList();
    }

    private Feature feature(ProblemCase c, Geometry at, RuleBook book, LocalDate today) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("id", c.id());
        p.put("category", c.category().key());
        p.put("severity", c.severity().key());
        p.put("description", c.description());
        p.put("grid_code", c.gridCode());
        p.put("grid_name", cases.gridName(c.gridCode()));
        p.put("target_kind", Vocabulary.key(c.targetKind()));
        p.put("target_code", c.targetCode());
        p.put("state", c.state().key());
        p.put("due_by", c.dueBy());
        p.put("overdue", c.overdueOn(today));
        p.put("escalated_to", Cases.escalation(c, book, today).key());
        p.put("opened_at", c.openedAt());
        p.put("closed_at", c.closedAt());
        return new Feature(String.valueOf(c.id()), at, p);
    }

    private Optional<Geometry> point(ProblemCase c, CaseRows.Location at) {
        if (at != null && at.lon() != null && at.lat() != null) {
            return Optional.of(GridFeatureReader.GEOMETRY.createPoint(new Coordinate(at.lon(), at.lat())));
        }
        return layer.layer().find(c.gridCode())
                .map(g -> layer.layer().effectiveGeometry(g.code()).getInteriorPoint());
    }
}
