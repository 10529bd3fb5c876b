package com.envgrid.api.emergency;

import com.envgrid.api.shared.Statements;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The emergency and emergency_action tables. */
@Singleton
class EmergencyRows {
    private final JdbcOperations jdbc;
    private final Statements db;

    EmergencyRows(JdbcOperations jdbc, Statements db) {
        this.jdbc = jdbc;
        this.db = db;
    }

    /** An emergency as stored. */
    record Row(UUID id, String payloadHash, String type, String level, double lon, double lat, String gridCode,
               Instant occurredAt, String description, Long complaintId, long reportedBy, Instant reportedAt,
               Instant closedAt, Long closedBy, String closureSummary, String consequences) {
    }

    record ActionRow(UUID id, long actorId, Instant at, String text) {
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    void add(Row r) {
        db.run("INSERT INTO emergency (id, payload_hash, type, level, lon, lat, grid_code, occurred_at, description,"
                + " complaint_id, reported_by, reported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", ps -> {
            ps.setObject(1, r.id());
            ps.setString(2, r.payloadHash());
            ps.setString(3, r.type());
            ps.setString(4, r.level());
            ps.setDouble(5, r.lon());
            ps.setDouble(6, r.lat());
            ps.setString(7, r.gridCode());
            ps.setTimestamp(8, Timestamp.from(r.occurredAt()));
            ps.setString(9, r.description());
            if (r.complaintId() == null) {
                ps.setNull(10, Types.BIGINT);
            } else {
                ps.setLong(10, r.complaintId());
            }
            ps.setLong(11, r.reportedBy());
            ps.setTimestamp(12, Timestamp.from(r.reportedAt()));
            ps.executeUpdate();
        });
    }

    /** Closes an open emergency; false when it was closed already. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    boolean close(UUID id, Instant at, long by, String summary, String consequences) {
        return jdbc.prepareStatement("UPDATE emergency SET closed_at = ?, closed_by = ?, closure_summary = ?,"
                + " consequences = ? WHERE id = ? AND closed_at IS NULL", ps -> {
            ps.setTimestamp(1, Timestamp.from(at));
            ps.setLong(2, by);
            ps.setString(3, summary);
            ps.setString(4, consequences);
            ps.setObject(5, id);
            return ps.executeUpdate() == 1;
        });
    }

    /** Adds an action; false when one with this id is there already (a retry). */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    boolean addAction(UUID emergency, ActionRow a) {
        return jdbc.prepareStatement("INSERT INTO emergency_action (id, emergency_id, actor_id, at, text)"
                + " VALUES (?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING", ps -> {
            ps.setObject(1, a.id());
            ps.setObject(2, emergency);
            ps.setLong(3, a.actorId());
            ps.setTimestamp(4, Timestamp.from(a.at()));
            ps.setString(5, a.text());
            return ps.executeUpdate() == 1;
        });
    }

    @Transactional
    boolean complaintExists(long id) {
        return jdbc.prepareStatement("SELECT EXISTS (SELECT 1 FROM complaint WHERE id = ?)", ps -> {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        });
    }

    /** The emergency an action belongs to, when the action is stored. */
    @Transactional
    Optional<UUID> emergencyOfAction(UUID action) {
        return jdbc.prepareStatement("SELECT emergency_id FROM emergency_action WHERE id = ?", ps -> {
            ps.setObject(1, action);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getObject(1, UUID.class)) : Optional.empty();
            }
        });
    }

    @Transactional
    Optional<Row> byId(UUID id) {
        return select("SELECT * FROM emergency WHERE id = ?", ps -> ps.setObject(1, id)).stream().findFirst();
    }

    /** Those that occurred in [from, to), most recent first. */
    @Transactional
    List<Row> between(Instant from, Instant to) {
        return select("SELECT * FROM emergency WHERE occurred_at >= ? AND occurred_at < ? ORDER BY occurred_at DESC,"
                + " id", ps -> {
            ps.setTimestamp(1, Timestamp.from(from));
            ps.setTimestamp(2, Timestamp.from(to));
        });
    }

    @Transactional
    List<ActionRow> actionsOf(UUID emergency) {
        return jdbc.prepareStatement("SELECT id, actor_id, at, text FROM emergency_action WHERE emergency_id = ?"
                + " ORDER BY at, id", ps -> {
            ps.setObject(1, emergency);
            List<ActionRow> found = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    found.add(new ActionRow(rs.getObject(1, UUID.class), rs.getLong(2),
                            rs.getTimestamp(3).toInstant(), rs.getString(4)));
                }
            }
            return found;
        });
    }



    private List<Row> select(String sql, Statements.Parameters parameters) {
        return db.list(sql, parameters, EmergencyRows::row);
    }

    private static Row row(ResultSet rs) throws SQLException {
        Timestamp closed = rs.getTimestamp("closed_at");
        return new Row(rs.getObject("id", UUID.class), rs.getString("payload_hash"), rs.getString("type"),
                rs.getString("level"), rs.getDouble("lon"), rs.getDouble("lat"), rs.getString("grid_code"),
                rs.getTimestamp("occurred_at").toInstant(), rs.getString("description"),
                rs.getObject("complaint_id", Long.class), rs.getLong("reported_by"),
                rs.getTimestamp("reported_at").toInstant(), closed == null ? null : closed.toInstant(),
                rs.getObject("closed_by", Long.class), rs.getString("closure_summary"), rs.getString("consequences"));
    }
}
