package com.envgrid.api.complaint;

import com.envgrid.api.features.FeatureLayer;
import com.envgrid.api.features.LayerDefinition;
import com.envgrid.api.features.Viewer;
import com.envgrid.api.rules.CityRules;
import com.envgrid.api.shared.DistrictTime;
import com.envgrid.api.shared.ListFilter;
import com.envgrid.core.complaint.Complaint;
import com.envgrid.core.geo.feature.Feature;
import com.envgrid.core.geo.feature.Field;
import com.envgrid.core.geo.feature.FieldType;
import com.envgrid.core.geo.feature.GeometryKind;
import com.envgrid.core.grid.geojson.GridFeatureReader;
import com.envgrid.core.rules.RuleBook;
import jakarta.inject.Singleton;
import org.locationtech.jts.geom.Coordinate;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Complaints as points for GIS clients. Signed-in viewers read what {@code GET /api/complaints} lists for them,
 * where each was made; the anonymous public reads what {@code GET /api/public/complaints} shows — located at its
 * grid as the public pages and Open311 locate it ({@link Complaints#coarsened}), without the staff's fields (null)
 * and without the complaints routed to no grid, which the public sees nowhere on a map.
 */
@Singleton
class ComplaintLayer implements FeatureLayer {
    private static final List<Field> FIELDS = List.of(
            new Field("id", FieldType.INTEGER, "信访编号"),
            new Field("category", FieldType.TEXT, "类别"),
            new Field("category_name", FieldType.TEXT, "类别名称"),
            new Field("grid_code", FieldType.TEXT, "网格编码"),
            new Field("grid_name", FieldType.TEXT, "网格名称"),
            new Field("state", FieldType.TEXT, "状态"),
            new Field("state_name", FieldType.TEXT, "状态名称"),
            new Field("received_at", FieldType.DATETIME, "收到时间"),
            new Field("accept_by", FieldType.DATE, "受理期限"),
            new Field("close_by", FieldType.DATE, "办结期限"),
            new Field("closed_at", FieldType.DATETIME, "办结时间"),
            new Field("channel", FieldType.TEXT, "来源渠道"),
            new Field("description", FieldType.TEXT, "信访内容"),
            new Field("address", FieldType.TEXT, "地址"),
            new Field("overdue", FieldType.BOOLEAN, "是否逾期"),
            new Field("escalated_to", FieldType.TEXT, "升级至"),
            new Field("problem_case_id", FieldType.INTEGER, "问题编号"));
    // the public pages list every complaint without login
    private static final LayerDefinition DEFINITION = LayerDefinition.of("complaints", "信访投诉",
            "群众信访投诉的位置和办理状态；未登录时为公开信息，位置为所在网格", GeometryKind.POINT, FIELDS)
            .withQueryables("category", "grid_code", "state", "channel", "overdue", "escalated_to")
            .withTime("received_at")
            .withPublic(true);

    private final Complaints complaints;
    private final CityRules rules;
    private final DistrictTime time;

    ComplaintLayer(Complaints complaints, CityRules rules, DistrictTime time) {
        this.complaints = complaints;
        this.rules = rules;
        this.time = time;
    }

    @Override
    public LayerDefinition definition() {
        return DEFINITION;
    }

    @Override
    public List<Feature> features(Viewer viewer, Map<String, String> parameters) {
        if (viewer.scope().isEmpty()) {
            return complaints.publicList().stream().filter(c -> c.lon() != null && c.lat() != null)
                    .sorted(Comparator.comparingLong(ComplaintViews.Public::id))
                    .map(ComplaintLayer::publicFeature).toList();
        }
        LocalDate today = time.today();
        RuleBook book = rules.book();
        return complaints.visible(viewer.scope().get(), null, null, ListFilter.NONE, false, today).stream()
                .sorted(Comparator.comparingLong(Complaint::id))
                .map(c -> staffFeature(c, book, today)).toList();
    }

    private static Feature publicFeature(ComplaintViews.Public c) {
        Map<String, Object> p = common(c.id(), c.category(), c.categoryName(), c.gridCode(), c.gridName(), c.state(),
                c.stateName(), c.receivedAt(), c.acceptBy(), c.closeBy(), c.closedAt());
        for (String staffOnly : List.of("channel", "description", "address", "overdue", "escalated_to",
                "problem_case_id")) {
            p.put(staffOnly, null);
        }
        return new Feature(String.valueOf(c.id()), GridFeatureReader.GEOMETRY.createPoint(
                new Coordinate(c.lon(), c.lat())), p);
    }

    private Feature staffFeature(Complaint c, RuleBook book, LocalDate today) {
        Map<String, Object> p = common(c.id(), c.category().key(), c.category().chineseName(), c.gridCode(),
                complaints.gridName(c.gridCode()), c.state().key(), c.state().chineseName(), c.receivedAt(),
                c.acceptBy(), c.closeBy(), c.closedAt());
        p.put("channel", c.channel().key());
        p.put("description", c.description());
        p.put("address", c.address());
        p.put("overdue", c.overdueOn(today));
        p.put("escalated_to", Complaints.escalation(c, book, today).key());
        p.put("problem_case_id", c.problemCaseId());
        return new Feature(String.valueOf(c.id()), GridFeatureReader.GEOMETRY.createPoint(
                new Coordinate(c.lon(), c.lat())), p);
    }

    private static Map<String, Object> common(long id, String category, String categoryName, String gridCode,
                                              String gridName, String state, String stateName,
                                              Instant receivedAt, LocalDate acceptBy, LocalDate closeBy,
                                              Instant closedAt) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("id", id);
        p.put("category", category);
        p.put("category_name", categoryName);
        p.put("grid_code", gridCode);
        p.put("grid_name", gridName);
        p.put("state", state);
        p.put("state_name", stateName);
        p.put("received_at", receivedAt);
        p.put("accept_by", acceptBy);
        p.put("close_by", closeBy);
        p.put("closed_at", closedAt);
        return p;
    }
}
