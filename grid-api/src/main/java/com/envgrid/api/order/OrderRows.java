package com.envgrid.api.order;

import com.envgrid.api.shared.Statements;
import com.envgrid.core.order.OrderNumber;
import com.envgrid.core.order.OrderState;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The supervision_order, supervision_order_finding and supervision_order_event tables, and what the orders read of
 * the joint inspections' tables (joint_campaign, joint_campaign_member, joint_finding, department) — read with SQL,
 * not through the campaigns' code, so that the two features stand apart.
 */
@Singleton
class OrderRows {
    private final Statements db;

    OrderRows(Statements db) {
        this.db = db;
    }

    record Row(UUID id, String payloadHash, String number, UUID campaignId, String gridCode, String departmentCode,
               String requirement, LocalDate dueBy, OrderState state, Long reportedBy, long issuedBy,
               Instant issuedAt, Instant closedAt) {
    }

    record CampaignRow(UUID id, String districtCode, String title, String theme, LocalDate periodFrom,
                       LocalDate periodTo, Instant closedAt) {
    }

    /** A campaign's finding, and the number of the order it went into (null: none yet). */
    record FindingRow(UUID id, UUID campaignId, String targetKind, String targetCode, String gridCode,
                      String departmentCode, String category, String severity, String description,
                      List<String> photos, LocalDate foundOn, String orderNumber) {
    }

    record EventRow(Instant at, Long actorId, String action, String fromState, String toState, String reason) {
    }

    /**
     * The number the next order of {@code year} takes: one after the year's highest (its sequence read from the
     * number, since "第 10000 号" sorts before "第 9999 号" as text). Gap-free only while the caller holds the year's
     * lock to the end of the transaction that stores the order: a rolled-back issue gives its number back.
     */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    OrderNumber nextNumber(int year) {
        return db.list("SELECT number FROM supervision_order WHERE number LIKE ? ORDER BY length(number) DESC,"
                        + " number DESC LIMIT 1", ps -> ps.setString(1, OrderNumber.prefixOf(year) + "%"),
                        rs -> OrderNumber.parse(rs.getString(1)).orElseThrow())
                .stream().findFirst().map(OrderNumber::next).orElse(OrderNumber.first(year));
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    void add(Row r, List<UUID> findings) {
        db.run("INSERT INTO supervision_order (id, payload_hash, number, campaign_id, grid_code, department_code,"
                + " requirement, due_by, state, issued_by, issued_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", ps -> {
            ps.setObject(1, r.id());
            ps.setString(2, r.payloadHash());
            ps.setString(3, r.number());
            ps.setObject(4, r.campaignId());
            ps.setString(5, r.gridCode());
            ps.setString(6, r.departmentCode());
            ps.setString(7, r.requirement());
            ps.setDate(8, Date.valueOf(r.dueBy()));
            ps.setString(9, r.state().key());
            ps.setLong(10, r.issuedBy());
            ps.setTimestamp(11, Timestamp.from(r.issuedAt()));
            ps.executeUpdate();
        });
        db.run("INSERT INTO supervision_order_finding (order_id, finding_id) VALUES (?, ?)", ps -> {
            for (UUID finding : findings) {
                ps.setObject(1, r.id());
                ps.setObject(2, finding);
                ps.addBatch();
            }
            ps.executeBatch();
        });
    }

    /** The order's new state, who reported it done (kept once set) and when it closed. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    void saveState(UUID id, OrderState state, Long reportedBy, Instant closedAt) {
        db.run("UPDATE supervision_order SET state = ?, reported_by = ?, closed_at = ? WHERE id = ?", ps -> {
            ps.setString(1, state.key());
            if (reportedBy == null) {
                ps.setNull(2, java.sql.Types.BIGINT);
            } else {
                ps.setLong(2, reportedBy);
            }
            ps.setTimestamp(3, closedAt == null ? null : Timestamp.from(closedAt));
            ps.setObject(4, id);
            ps.executeUpdate();
        });
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    void recordEvent(UUID order, Instant at, Long actor, String action, OrderState from, OrderState to,
                     String reason) {
        db.run("INSERT INTO supervision_order_event (order_id, at, actor_id, action, from_state, to_state, reason)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)", ps -> {
            ps.setObject(1, order);
            ps.setTimestamp(2, Timestamp.from(at));
            if (actor == null) {
                ps.setNull(3, java.sql.Types.BIGINT);
            } else {
                ps.setLong(3, actor);
            }
            ps.setString(4, action);
            ps.setString(5, from == null ? null : from.key());
            ps.setString(6, to.key());
            ps.setString(7, reason);
            ps.executeUpdate();
        });
    }

    @Transactional
    Optional<Row> byId(UUID id) {
        return orders("SELECT * FROM supervision_order WHERE id = ?", ps -> ps.setObject(1, id)).stream().findFirst();
    }

    /** Every order, the latest issued first. */
    @Transactional
    List<Row> all() {
        return orders("SELECT * FROM supervision_order ORDER BY issued_at DESC, number DESC", ps -> { });
    }

    /** The orders not closed yet, by deadline. */
    @Transactional
    List<Row> open() {
        return orders("SELECT * FROM supervision_order WHERE state <> 'closed' ORDER BY due_by, number", ps -> { });
    }

    /** How many findings each order holds. */
    @Transactional
    Map<UUID, Integer> findingCounts() {
        return db.list("SELECT order_id, count(*) FROM supervision_order_finding GROUP BY order_id", ps -> { },
                rs -> Map.entry(rs.getObject(1, UUID.class), rs.getInt(2)))
                .stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    @Transactional
    List<EventRow> events(UUID order) {
        return db.list("SELECT at, actor_id, action, from_state, to_state, reason FROM supervision_order_event"
                + " WHERE order_id = ? ORDER BY at, id", ps -> ps.setObject(1, order), rs -> new EventRow(
                rs.getTimestamp(1).toInstant(), (Long) rs.getObject(2), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getString(6)));
    }

    @Transactional
    Optional<CampaignRow> campaign(UUID id) {
        return campaigns("SELECT * FROM joint_campaign WHERE id = ?", ps -> ps.setObject(1, id)).stream()
                .findFirst();
    }

    /** Every campaign, the latest first. */
    @Transactional
    List<CampaignRow> campaigns() {
        return campaigns("SELECT * FROM joint_campaign ORDER BY period_from DESC, created_at DESC", ps -> { });
    }

    /** The campaigns this person is on the team of: each with their department and whether they lead it. */
    @Transactional
    Map<UUID, Membership> membershipsOf(long person) {
        return db.list("SELECT campaign_id, department_code, leader FROM joint_campaign_member WHERE person_id = ?",
                ps -> ps.setLong(1, person), rs -> Map.entry(rs.getObject(1, UUID.class),
                        new Membership(rs.getString(2), rs.getBoolean(3))))
                .stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    record Membership(String departmentCode, boolean leader) {
    }

    /** The findings of a campaign, ordered or not, in the order recorded. */
    @Transactional
    List<FindingRow> findingsOfCampaign(UUID campaign) {
        return findings(FINDINGS + " WHERE f.campaign_id = ? ORDER BY f.recorded_at, f.id",
                ps -> ps.setObject(1, campaign));
    }

    /** The findings with these ids that exist, in any campaign. */
    @Transactional
    List<FindingRow> findings(Collection<UUID> ids) {
        return findings(FINDINGS + " WHERE f.id = ANY (?)", ps -> ps.setArray(1,
                ps.getConnection().createArrayOf("uuid", ids.toArray())));
    }

    @Transactional
    List<FindingRow> findingsOf(UUID order) {
        return findings(FINDINGS + " JOIN supervision_order_finding of ON of.finding_id = f.id WHERE of.order_id = ?"
                + " ORDER BY f.recorded_at, f.id", ps -> ps.setObject(1, order));
    }

    /** The departments by code, retired ones too (an old order keeps its department's name). */
    @Transactional
    Map<String, Department> departments() {
        return db.list("SELECT code, name, retired_at IS NOT NULL FROM department", ps -> { },
                        rs -> new Department(rs.getString(1), rs.getString(2), rs.getBoolean(3)))
                .stream().collect(Collectors.toMap(Department::code, d -> d));
    }

    record Department(String code, String name, boolean retired) {
    }

    private static final String FINDINGS = "SELECT f.*, (SELECT o.number FROM supervision_order_finding x"
            + " JOIN supervision_order o ON o.id = x.order_id WHERE x.finding_id = f.id) AS order_number"
            + " FROM joint_finding f";

    private List<FindingRow> findings(String sql, Statements.Parameters parameters) {
        return db.list(sql, parameters, rs -> new FindingRow(rs.getObject("id", UUID.class),
                rs.getObject("campaign_id", UUID.class), rs.getString("target_kind"), rs.getString("target_code"),
                rs.getString("grid_code"), rs.getString("department_code"), rs.getString("category"),
                rs.getString("severity"), rs.getString("description"),
                Arrays.asList((String[]) rs.getArray("photos").getArray()), rs.getDate("found_on").toLocalDate(),
                rs.getString("order_number")));
    }

    private List<CampaignRow> campaigns(String sql, Statements.Parameters parameters) {
        return db.list(sql, parameters, rs -> new CampaignRow(rs.getObject("id", UUID.class),
                rs.getString("district_code"), rs.getString("title"), rs.getString("theme"),
                rs.getDate("period_from").toLocalDate(), rs.getDate("period_to").toLocalDate(),
                instant(rs, "closed_at")));
    }

    private List<Row> orders(String sql, Statements.Parameters parameters) {
        return db.list(sql, parameters, rs -> new Row(rs.getObject("id", UUID.class), rs.getString("payload_hash"),
                rs.getString("number"), rs.getObject("campaign_id", UUID.class), rs.getString("grid_code"),
                rs.getString("department_code"), rs.getString("requirement"), rs.getDate("due_by").toLocalDate(),
                OrderState.parse(rs.getString("state")).orElseThrow(), (Long) rs.getObject("reported_by"),
                rs.getLong("issued_by"), rs.getTimestamp("issued_at").toInstant(), instant(rs, "closed_at")));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
