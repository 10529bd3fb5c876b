package com.envgrid.api.publicity;

import com.envgrid.api.shared.Statements;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.serde.annotation.Serdeable;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The publicity_event and volunteer tables. */
@Singleton
class PublicityRows {
    private final JdbcOperations jdbc;
    private final Statements db;

    PublicityRows(JdbcOperations jdbc, Statements db) {
        this.jdbc = jdbc;
        this.db = db;
    }

    /** An event as stored (and as sent, without who recorded it). */
    @Serdeable
    record Event(UUID id, String gridCode, String title, LocalDate heldOn, String kind, String place, int attendance,
                 String organiser, @Nullable String notes, List<String> photos) {
    }

    @Serdeable
    record Volunteer(UUID id, String gridCode, String name, @Nullable String phone, LocalDate registeredOn, boolean active) {
    }

    /** Inserts the event, or replaces the one stored under its id. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    void saveEvent(Event e, long by, Instant at) {
        jdbc.prepareStatement("INSERT INTO publicity_event (id, grid_code, title, held_on, kind, place, attendance,"
                + " organiser, notes, photos, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                + " ON CONFLICT (id) DO UPDATE SET grid_code = excluded.grid_code, title = excluded.title,"
                + " held_on = excluded.held_on, kind = excluded.kind, place = excluded.place,"
                + " attendance = excluded.attendance, organiser = excluded.organiser, notes = excluded.notes,"
                + " photos = excluded.photos, recorded_by = excluded.recorded_by,"
                + " recorded_at = excluded.recorded_at", ps -> {
            ps.setObject(1, e.id());
            ps.setString(2, e.gridCode());
            ps.setString(3, e.title());
            ps.setDate(4, Date.valueOf(e.heldOn()));
            ps.setString(5, e.kind());
            ps.setString(6, e.place());
            ps.setInt(7, e.attendance());
            ps.setString(8, e.organiser());
            ps.setString(9, e.notes());
            ps.setArray(10, ps.getConnection().createArrayOf("text", e.photos().toArray()));
            ps.setLong(11, by);
            ps.setTimestamp(12, Timestamp.from(at));
            return ps.executeUpdate();
        });
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    void deleteEvent(UUID id) {
        jdbc.prepareStatement("DELETE FROM publicity_event WHERE id = ?", ps -> {
            ps.setObject(1, id);
            return ps.executeUpdate();
        });
    }

    @Transactional
    Optional<Event> event(UUID id) {
        return events("SELECT * FROM publicity_event WHERE id = ?", ps -> ps.setObject(1, id)).stream().findFirst();
    }

    /** Those held in [from, to), the latest first. */
    @Transactional
    List<Event> eventsBetween(LocalDate from, LocalDate to) {
        return events("SELECT * FROM publicity_event WHERE held_on >= ? AND held_on < ? ORDER BY held_on DESC, id",
                ps -> {
                    ps.setDate(1, Date.valueOf(from));
                    ps.setDate(2, Date.valueOf(to));
                });
    }

    /** Inserts the volunteer, or replaces the one stored under its id. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    void saveVolunteer(Volunteer v, long by, Instant at) {
        jdbc.prepareStatement("INSERT INTO volunteer (id, grid_code, name, phone, registered_on, active, recorded_by,"
                + " recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET"
                + " grid_code = excluded.grid_code, name = excluded.name, phone = excluded.phone,"
                + " registered_on = excluded.registered_on, active = excluded.active,"
                + " recorded_by = excluded.recorded_by, recorded_at = excluded.recorded_at", ps -> {
            ps.setObject(1, v.id());
            ps.setString(2, v.gridCode());
            ps.setString(3, v.name());
            ps.setString(4, v.phone());
            ps.setDate(5, Date.valueOf(v.registeredOn()));
            ps.setBoolean(6, v.active());
            ps.setLong(7, by);
            ps.setTimestamp(8, Timestamp.from(at));
            return ps.executeUpdate();
        });
    }

    @Transactional
    Optional<Volunteer> volunteer(UUID id) {
        return volunteers("SELECT * FROM volunteer WHERE id = ?", ps -> ps.setObject(1, id)).stream().findFirst();
    }

    /** All of them, by grid and name. */
    @Transactional
    List<Volunteer> volunteers() {
        return volunteers("SELECT * FROM volunteer ORDER BY grid_code, name, id", ps -> { });
    }

    /** Records that the volunteer reported the complaint. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    void linkComplaint(long complaint, UUID volunteer) {
        jdbc.prepareStatement("INSERT INTO volunteer_complaint (complaint_id, volunteer_id) VALUES (?, ?)", ps -> {
            ps.setLong(1, complaint);
            ps.setObject(2, volunteer);
            return ps.executeUpdate();
        });
    }

    /** The volunteer who reported each of these complaints, for those a volunteer reported. */
    @Transactional
    Map<Long, Volunteer> reportersOf(List<Long> complaints) {
        return jdbc.prepareStatement("SELECT c.complaint_id, v.* FROM volunteer_complaint c JOIN volunteer v"
                + " ON v.id = c.volunteer_id WHERE c.complaint_id = ANY (?)", ps -> {
            ps.setArray(1, ps.getConnection().createArrayOf("bigint", complaints.toArray()));
            Map<Long, Volunteer> found = new HashMap<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    found.put(rs.getLong("complaint_id"), volunteer(rs));
                }
            }
            return found;
        });
    }

    /** How many complaints each volunteer reported (those who reported none are absent). */
    @Transactional
    Map<UUID, Long> complaintCounts() {
        return jdbc.prepareStatement("SELECT volunteer_id, count(*) FROM volunteer_complaint GROUP BY volunteer_id",
                ps -> {
                    Map<UUID, Long> counts = new HashMap<>();
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            counts.put(rs.getObject(1, UUID.class), rs.getLong(2));
                        }
                    }
                    return counts;
                });
    }


    private List<Event> events(String sql, Statements.Parameters parameters) {
        return db.list(sql, parameters, rs -> new Event(rs.getObject("id", UUID.class), rs.getString("grid_code"),
                rs.getString("title"), rs.getDate("held_on").toLocalDate(), rs.getString("kind"), rs.getString("place"),
                rs.getInt("attendance"), rs.getString("organiser"), rs.getString("notes"),
                Arrays.asList((String[]) rs.getArray("photos").getArray())));
    }

    private List<Volunteer> volunteers(String sql, Statements.Parameters parameters) {
        return db.list(sql, parameters, PublicityRows::volunteer);
    }

    private static Volunteer volunteer(ResultSet rs) throws SQLException {
        return new Volunteer(rs.getObject("id", UUID.class), rs.getString("grid_code"), rs.getString("name"),
                rs.getString("phone"), rs.getDate("registered_on").toLocalDate(), rs.getBoolean("active"));
    }
}
