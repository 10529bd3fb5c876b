package com.envgrid.api.emergency;

import com.envgrid.api.shared.Statements;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The emergency_team_member, emergency_team_duty and emergency_team_told tables. */
@Singleton
class TeamRows {
    private final JdbcOperations jdbc;

    TeamRows(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** A member as stored, with the days they are on duty (inclusive ranges). */
    record Member(UUID id, String districtCode, Long personId, String name, String phone, String unit,
                  String speciality, List<Duty> duties) {
        TeamMember told() {
            return new TeamMember(id, personId, name, phone, unit, speciality, TeamMember.specialityName(speciality));
        }
    }

    record Duty(LocalDate from, LocalDate to) {
    }

    /** Writes the member and replaces their duties. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    void put(Member m, Instant at) {
        jdbc.prepareStatement("INSERT INTO emergency_team_member (id, district_code, person_id, name, phone, unit,"
                + " speciality, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET"
                + " district_code = excluded.district_code, person_id = excluded.person_id, name = excluded.name,"
                + " phone = excluded.phone, unit = excluded.unit, speciality = excluded.speciality,"
                + " updated_at = excluded.updated_at", ps -> {
            ps.setObject(1, m.id());
            ps.setString(2, m.districtCode());
            if (m.personId() == null) {
                ps.setNull(3, Types.BIGINT);
            } else {
                ps.setLong(3, m.personId());
            }
            ps.setString(4, m.name());
            ps.setString(5, m.phone());
            ps.setString(6, m.unit());
            ps.setString(7, m.speciality());
            ps.setTimestamp(8, Timestamp.from(at));
            return ps.executeUpdate();
        });
        jdbc.prepareStatement("DELETE FROM emergency_team_duty WHERE member_id = ?", ps -> {
            ps.setObject(1, m.id());
            return ps.executeUpdate();
        });
        for (Duty d : m.duties()) {
            jdbc.prepareStatement("INSERT INTO emergency_team_duty (member_id, first_day, last_day) VALUES (?, ?, ?)",
                    ps -> {
                        ps.setObject(1, m.id());
                        ps.setDate(2, Date.valueOf(d.from()));
                        ps.setDate(3, Date.valueOf(d.to()));
                        return ps.executeUpdate();
                    });
        }
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    void delete(UUID id) {
        jdbc.prepareStatement("DELETE FROM emergency_team_member WHERE id = ?", ps -> {
            ps.setObject(1, id);
            return ps.executeUpdate();
        });
    }

    @Transactional
    Optional<Member> byId(UUID id) {
        return members("SELECT * FROM emergency_team_member WHERE id = ?", ps -> ps.setObject(1, id)).stream()
                .findFirst();
    }

    /** Every member, by district and name. */
    @Transactional
    List<Member> all() {
        return members("SELECT * FROM emergency_team_member ORDER BY district_code, name, id", ps -> { });
    }

    /** The district's members on duty on the day. */
    @Transactional
    List<Member> onDuty(String district, LocalDate day) {
        return members("SELECT * FROM emergency_team_member m WHERE district_code = ? AND EXISTS (SELECT 1 FROM"
                + " emergency_team_duty d WHERE d.member_id = m.id AND ? BETWEEN d.first_day AND d.last_day)"
                + " ORDER BY name, id", ps -> {
            ps.setString(1, district);
            ps.setDate(2, Date.valueOf(day));
        });
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    void addTold(UUID emergency, TeamMember m) {
        jdbc.prepareStatement("INSERT INTO emergency_team_told (emergency_id, member_id, person_id, name, phone, unit,"
                + " speciality) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING", ps -> {
            ps.setObject(1, emergency);
            ps.setObject(2, m.id());
            if (m.personId() == null) {
                ps.setNull(3, Types.BIGINT);
            } else {
                ps.setLong(3, m.personId());
            }
            ps.setString(4, m.name());
            ps.setString(5, m.phone());
            ps.setString(6, m.unit());
            ps.setString(7, m.speciality());
            return ps.executeUpdate();
        });
    }

    /** The members who were on duty and told when the emergency was opened. */
    @Transactional
    List<TeamMember> toldOf(UUID emergency) {
        return jdbc.prepareStatement("SELECT member_id, person_id, name, phone, unit, speciality FROM"
                + " emergency_team_told WHERE emergency_id = ? ORDER BY name, member_id", ps -> {
            ps.setObject(1, emergency);
            List<TeamMember> found = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String speciality = rs.getString(6);
                    found.add(new TeamMember(rs.getObject(1, UUID.class), rs.getObject(2, Long.class),
                            rs.getString(3), rs.getString(4), rs.getString(5), speciality,
                            TeamMember.specialityName(speciality)));
                }
            }
            return found;
        });
    }


    private List<Member> members(String sql, Statements.Parameters parameters) {
        Map<UUID, Member> found = new LinkedHashMap<>();
        jdbc.prepareStatement(sql, ps -> {
            parameters.set(ps);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    UUID id = rs.getObject("id", UUID.class);
                    found.put(id, new Member(id, rs.getString("district_code"), rs.getObject("person_id", Long.class),
                            rs.getString("name"), rs.getString("phone"), rs.getString("unit"),
                            rs.getString("speciality"), new ArrayList<>()));
                }
            }
            return null;
        });
        if (!found.isEmpty()) {
            jdbc.prepareStatement("SELECT member_id, first_day, last_day FROM emergency_team_duty WHERE member_id ="
                    + " ANY (?) ORDER BY first_day", ps -> {
                ps.setArray(1, ps.getConnection().createArrayOf("uuid", found.keySet().toArray()));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        found.get(rs.getObject(1, UUID.class)).duties().add(new Duty(rs.getDate(2).toLocalDate(),
                                rs.getDate(3).toLocalDate()));
                    }
                }
                return null;
            });
        }
        return List.copyOf(found.values());
    }
}
