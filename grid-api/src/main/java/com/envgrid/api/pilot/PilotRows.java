package com.envgrid.api.pilot;

import com.envgrid.core.pilot.IndicatorKind;
import com.envgrid.core.pilot.Target;
import com.envgrid.api.shared.Statements;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The pilot, pilot_target, pilot_progress and eco_creation_stage tables. */
@Singleton
class PilotRows {
    private final JdbcOperations jdbc;
    private final Statements db;

    PilotRows(JdbcOperations jdbc, Statements db) {
        this.jdbc = jdbc;
        this.db = db;
    }

    record Row(UUID id, String payloadHash, String gridCode, String title, int fromYear, int toYear) {
    }

    record ProgressRow(UUID id, UUID pilotId, LocalDate date, String indicator, double value, String note,
                       List<String> photos, List<String> documents, long recordedBy, Instant recordedAt) {
    }

    record StageRow(String gridCode, String stage, LocalDate reachedOn, String note) {
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    void add(Row r, long by, Instant at) {
        db.run("INSERT INTO pilot (id, payload_hash, grid_code, title, from_year, to_year, created_by, created_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)", ps -> {
            ps.setObject(1, r.id());
            ps.setString(2, r.payloadHash());
            ps.setString(3, r.gridCode());
            ps.setString(4, r.title());
            ps.setInt(5, r.fromYear());
            ps.setInt(6, r.toYear());
            ps.setLong(7, by);
            ps.setTimestamp(8, Timestamp.from(at));
            ps.executeUpdate();
        });
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    void update(UUID id, String title, int fromYear, int toYear) {
        db.run("UPDATE pilot SET title = ?, from_year = ?, to_year = ? WHERE id = ?", ps -> {
            ps.setString(1, title);
            ps.setInt(2, fromYear);
            ps.setInt(3, toYear);
            ps.setObject(4, id);
            ps.executeUpdate();
        });
    }

    /** Replaces the pilot's targets with these, in this order. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    void setTargets(UUID pilot, List<Target> targets) {
        db.run("DELETE FROM pilot_target WHERE pilot_id = ?", ps -> {
            ps.setObject(1, pilot);
            ps.executeUpdate();
        });
        db.run("INSERT INTO pilot_target (pilot_id, position, indicator, unit, kind, target) VALUES (?, ?, ?, ?, ?, ?)",
                ps -> {
                    for (int i = 0; i < targets.size(); i++) {
                        Target t = targets.get(i);
                        ps.setObject(1, pilot);
                        ps.setInt(2, i);
                        ps.setString(3, t.indicator());
                        ps.setString(4, t.unit());
                        ps.setString(5, t.kind().key());
                        ps.setDouble(6, t.target());
                        ps.addBatch();
                    }
                    ps.executeBatch();
                });
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    void addProgress(ProgressRow p) {
        db.run("INSERT INTO pilot_progress (id, pilot_id, on_date, indicator, value, note, photos, documents,"
                + " recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", ps -> {
            ps.setObject(1, p.id());
            ps.setObject(2, p.pilotId());
            ps.setDate(3, Date.valueOf(p.date()));
            ps.setString(4, p.indicator());
            ps.setDouble(5, p.value());
            ps.setString(6, p.note());
            ps.setArray(7, ps.getConnection().createArrayOf("text", p.photos().toArray()));
            ps.setArray(8, ps.getConnection().createArrayOf("text", p.documents().toArray()));
            ps.setLong(9, p.recordedBy());
            ps.setTimestamp(10, Timestamp.from(p.recordedAt()));
            ps.executeUpdate();
        });
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    void addStage(StageRow s, long by, Instant at) {
        db.run("INSERT INTO eco_creation_stage (grid_code, stage, reached_on, note, recorded_by, recorded_at)"
                + " VALUES (?, ?, ?, ?, ?, ?)", ps -> {
            ps.setString(1, s.gridCode());
            ps.setString(2, s.stage());
            ps.setDate(3, Date.valueOf(s.reachedOn()));
            ps.setString(4, s.note());
            ps.setLong(5, by);
            ps.setTimestamp(6, Timestamp.from(at));
            ps.executeUpdate();
        });
    }

    @Transactional
    Optional<Row> byId(UUID id) {
        return pilots("SELECT * FROM pilot WHERE id = ?", ps -> ps.setObject(1, id)).stream().findFirst();
    }

    /** All pilots, by grid and title. */
    @Transactional
    List<Row> all() {
        return pilots("SELECT * FROM pilot ORDER BY grid_code, title, id", ps -> { });
    }

    @Transactional
    List<Target> targetsOf(UUID pilot) {
        return jdbc.prepareStatement("SELECT indicator, unit, kind, target FROM pilot_target WHERE pilot_id = ?"
                + " ORDER BY position", ps -> {
            ps.setObject(1, pilot);
            List<Target> found = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    found.add(new Target(rs.getString(1), rs.getString(2),
                            IndicatorKind.of(rs.getString(3)).orElseThrow(), rs.getDouble(4)));
                }
            }
            return found;
        });
    }

    /** The pilot's entries by date, and of one date in the order recorded. */
    @Transactional
    List<ProgressRow> progressOf(UUID pilot) {
        return progress("SELECT * FROM pilot_progress WHERE pilot_id = ? ORDER BY on_date, recorded_at, id",
                ps -> ps.setObject(1, pilot));
    }

    @Transactional
    Optional<ProgressRow> progressById(UUID id) {
        return progress("SELECT * FROM pilot_progress WHERE id = ?", ps -> ps.setObject(1, id)).stream().findFirst();
    }

    /** Every stage reached, by grid and in the stages' order. */
    @Transactional
    List<StageRow> stages() {
        return jdbc.prepareStatement("SELECT grid_code, stage, reached_on, note FROM eco_creation_stage"
                + " ORDER BY grid_code, reached_on, recorded_at", ps -> {
            List<StageRow> found = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    found.add(new StageRow(rs.getString(1), rs.getString(2), rs.getDate(3).toLocalDate(),
                            rs.getString(4)));
                }
            }
            return found;
        });
    }



    private List<Row> pilots(String sql, Statements.Parameters parameters) {
        return db.list(sql, parameters, rs -> new Row(rs.getObject("id", UUID.class), rs.getString("payload_hash"),
                rs.getString("grid_code"), rs.getString("title"), rs.getInt("from_year"), rs.getInt("to_year")));
    }

    private List<ProgressRow> progress(String sql, Statements.Parameters parameters) {
        return db.list(sql, parameters, rs -> new ProgressRow(rs.getObject("id", UUID.class),
                rs.getObject("pilot_id", UUID.class), rs.getDate("on_date").toLocalDate(), rs.getString("indicator"),
                rs.getDouble("value"), rs.getString("note"), texts(rs, "photos"), texts(rs, "documents"),
                rs.getLong("recorded_by"), rs.getTimestamp("recorded_at").toInstant()));
    }

    private static List<String> texts(ResultSet rs, String column) throws SQLException {
        return Arrays.asList((String[]) rs.getArray(column).getArray());
    }
}
