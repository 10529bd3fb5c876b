package com.envgrid.api.joint;

import com.envgrid.api.shared.Statements;
import com.envgrid.core.joint.Team;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The department, joint_campaign, joint_campaign_member, joint_campaign_target and joint_finding tables. */
@Singleton
class JointRows {
    private final Statements db;

    JointRows(Statements db) {
        this.db = db;
    }

    record Department(String code, String name, Instant retiredAt) {
    }

    record Campaign(UUID id, String payloadHash, String gridCode, String title, String theme, LocalDate from,
                    LocalDate to, long createdBy, Instant createdAt, Instant closedAt, Long closedBy) {
    }

    record Target(UUID campaignId, String kind, String code, String gridCode, String chosenBy, Long drawId) {
    }

    record Finding(UUID id, String payloadHash, UUID campaignId, String targetKind, String targetCode,
                   String gridCode, String department, String category, String severity, String description,
                   List<String> photos, LocalDate foundOn, long recordedBy, Instant recordedAt) {
    }

    // ---- departments ----

    @Transactional
    List<Department> departments() {
        return db.list("SELECT code, name, retired_at FROM department ORDER BY retired_at NULLS FIRST, created_at,"
                + " code", ps -> { }, JointRows::department);
    }

    @Transactional
    Optional<Department> department(String code) {
        return db.list("SELECT code, name, retired_at FROM department WHERE code = ?", ps -> ps.setString(1, code),
                JointRows::department).stream().findFirst();
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    Optional<Department> departmentNamed(String name) {
        return db.list("SELECT code, name, retired_at FROM department WHERE name = ?", ps -> ps.setString(1, name),
                JointRows::department).stream().findFirst();
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    void addDepartment(String code, String name, Instant at) {
        db.run("INSERT INTO department (code, name, created_at) VALUES (?, ?, ?)", ps -> {
            ps.setString(1, code);
            ps.setString(2, name);
            ps.setTimestamp(3, Timestamp.from(at));
            ps.executeUpdate();
        });
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    void renameDepartment(String code, String name) {
        db.run("UPDATE department SET name = ? WHERE code = ?", ps -> {
            ps.setString(1, name);
            ps.setString(2, code);
            ps.executeUpdate();
        });
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    void retireDepartment(String code, Instant at) {
        db.run("UPDATE department SET retired_at = ? WHERE code = ? AND retired_at IS NULL", ps -> {
            ps.setTimestamp(1, Timestamp.from(at));
            ps.setString(2, code);
            ps.executeUpdate();
        });
    }

    private static Department department(ResultSet rs) throws SQLException {
        Timestamp retired = rs.getTimestamp("retired_at");
        return new Department(rs.getString("code"), rs.getString("name"), retired == null ? null : retired.toInstant());
    }

    // ---- campaigns ----

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    void addCampaign(Campaign c) {
        db.run("INSERT INTO joint_campaign (id, payload_hash, district_code, title, theme, period_from, period_to,"
                + " created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", ps -> {
            ps.setObject(1, c.id());
            ps.setString(2, c.payloadHash());
            ps.setString(3, c.gridCode());
            ps.setString(4, c.title());
            ps.setString(5, c.theme());
            ps.setDate(6, Date.valueOf(c.from()));
            ps.setDate(7, Date.valueOf(c.to()));
            ps.setLong(8, c.createdBy());
            ps.setTimestamp(9, Timestamp.from(c.createdAt()));
            ps.executeUpdate();
        });
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    void close(UUID id, long by, Instant at) {
        db.run("UPDATE joint_campaign SET closed_at = ?, closed_by = ? WHERE id = ? AND closed_at IS NULL", ps -> {
            ps.setTimestamp(1, Timestamp.from(at));
            ps.setLong(2, by);
            ps.setObject(3, id);
            ps.executeUpdate();
        });
    }

    @Transactional
    Optional<Campaign> campaign(UUID id) {
        return campaigns("SELECT * FROM joint_campaign WHERE id = ?", ps -> ps.setObject(1, id)).stream().findFirst();
    }

    /** The campaigns whose period meets the year (every campaign without one), latest first. */
    @Transactional
    List<Campaign> campaigns(Integer year) {
        return year == null
                ? campaigns("SELECT * FROM joint_campaign ORDER BY period_from DESC, created_at DESC", ps -> { })
                : campaigns("SELECT * FROM joint_campaign WHERE period_from <= make_date(?, 12, 31)"
                + " AND period_to >= make_date(?, 1, 1) ORDER BY period_from DESC, created_at DESC", ps -> {
                    ps.setInt(1, year);
                    ps.setInt(2, year);
                });
    }

    private List<Campaign> campaigns(String sql, Statements.Parameters parameters) {
        return db.list(sql, parameters, rs -> {
            Timestamp closed = rs.getTimestamp("closed_at");
            long closedBy = rs.getLong("closed_by");
            return new Campaign(rs.getObject("id", UUID.class), rs.getString("payload_hash"),
                    rs.getString("district_code"), rs.getString("title"), rs.getString("theme"),
                    rs.getDate("period_from").toLocalDate(), rs.getDate("period_to").toLocalDate(),
                    rs.getLong("created_by"), rs.getTimestamp("created_at").toInstant(),
                    closed == null ? null : closed.toInstant(), rs.wasNull() ? null : closedBy);
        });
    }

    // ---- the team ----

    /** Replaces the campaign's team with these members. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    void setTeam(UUID campaign, List<Team.Member> members) {
        db.run("DELETE FROM joint_campaign_member WHERE campaign_id = ?", ps -> {
            ps.setObject(1, campaign);
            ps.executeUpdate();
        });
        db.run("INSERT INTO joint_campaign_member (campaign_id, person_id, department_code, leader)"
                + " VALUES (?, ?, ?, ?)", ps -> {
            for (Team.Member m : members) {
                ps.setObject(1, campaign);
                ps.setLong(2, m.personId());
                ps.setString(3, m.department());
                ps.setBoolean(4, m.leader());
                ps.addBatch();
            }
            ps.executeBatch();
        });
    }

    /** The team of each campaign, leader first. */
    @Transactional
    Map<UUID, Team> teams() {
        Map<UUID, List<Team.Member>> members = new HashMap<>();
        db.list("SELECT campaign_id, person_id, department_code, leader FROM joint_campaign_member"
                + " ORDER BY leader DESC, department_code, person_id", ps -> { }, rs -> members.computeIfAbsent(
                rs.getObject(1, UUID.class), k -> new ArrayList<>()).add(new Team.Member(rs.getLong(2),
                rs.getString(3), rs.getBoolean(4))));
        Map<UUID, Team> teams = new HashMap<>();
        members.forEach((id, list) -> teams.put(id, new Team(list)));
        return teams;
    }

    @Transactional
    Team team(UUID campaign) {
        return new Team(db.list("SELECT person_id, department_code, leader FROM joint_campaign_member"
                + " WHERE campaign_id = ? ORDER BY leader DESC, department_code, person_id",
                ps -> ps.setObject(1, campaign), rs -> new Team.Member(rs.getLong(1), rs.getString(2),
                        rs.getBoolean(3))));
    }

    /** Those of the people who have an active account, with their names. */
    @Transactional
    Map<Long, String> activePeople(List<Long> ids) {
        Map<Long, String> found = new HashMap<>();
        db.list("SELECT id, name FROM person WHERE id = ANY (?) AND active", ps -> ps.setArray(1,
                ps.getConnection().createArrayOf("bigint", ids.toArray())), rs -> found.put(rs.getLong(1),
                rs.getString(2)));
        return found;
    }

    // ---- targets ----

    /** Adds the targets not chosen already (a target keeps how it was first chosen); how many were new. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    int addTargets(List<Target> targets) {
        int[] added = {0};
        db.run("INSERT INTO joint_campaign_target (campaign_id, target_kind, target_code, grid_code, chosen_by,"
                + " draw_id) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING", ps -> {
            for (Target t : targets) {
                ps.setObject(1, t.campaignId());
                ps.setString(2, t.kind());
                ps.setString(3, t.code());
                ps.setString(4, t.gridCode());
                ps.setString(5, t.chosenBy());
                if (t.drawId() == null) {
                    ps.setNull(6, Types.BIGINT);
                } else {
                    ps.setLong(6, t.drawId());
                }
                added[0] += ps.executeUpdate();
            }
        });
        return added[0];
    }

    @Transactional
    List<Target> targets(UUID campaign) {
        return targets("SELECT * FROM joint_campaign_target WHERE campaign_id = ? ORDER BY grid_code, target_kind,"
                + " target_code", ps -> ps.setObject(1, campaign));
    }

    @Transactional
    List<Target> allTargets() {
        return targets("SELECT * FROM joint_campaign_target", ps -> { });
    }

    private List<Target> targets(String sql, Statements.Parameters parameters) {
        return db.list(sql, parameters, rs -> {
            long draw = rs.getLong("draw_id");
            return new Target(rs.getObject("campaign_id", UUID.class), rs.getString("target_kind"),
                    rs.getString("target_code"), rs.getString("grid_code"), rs.getString("chosen_by"),
                    rs.wasNull() ? null : draw);
        });
    }

    // ---- findings ----

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    void addFinding(Finding f) {
        db.run("INSERT INTO joint_finding (id, payload_hash, campaign_id, target_kind, target_code, grid_code,"
                + " department_code, category, severity, description, photos, found_on, recorded_by, recorded_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", ps -> {
            ps.setObject(1, f.id());
            ps.setString(2, f.payloadHash());
            ps.setObject(3, f.campaignId());
            ps.setString(4, f.targetKind());
            ps.setString(5, f.targetCode());
            ps.setString(6, f.gridCode());
            ps.setString(7, f.department());
            ps.setString(8, f.category());
            ps.setString(9, f.severity());
            ps.setString(10, f.description());
            ps.setArray(11, ps.getConnection().createArrayOf("text", f.photos().toArray()));
            ps.setDate(12, Date.valueOf(f.foundOn()));
            ps.setLong(13, f.recordedBy());
            ps.setTimestamp(14, Timestamp.from(f.recordedAt()));
            ps.executeUpdate();
        });
    }

    @Transactional
    Optional<Finding> finding(UUID id) {
        return findings("SELECT * FROM joint_finding WHERE id = ?", ps -> ps.setObject(1, id)).stream().findFirst();
    }

    /** The campaign's findings by department, then in the order recorded. */
    @Transactional
    List<Finding> findings(UUID campaign) {
        return findings("SELECT * FROM joint_finding WHERE campaign_id = ? ORDER BY department_code, recorded_at, id",
                ps -> ps.setObject(1, campaign));
    }

    /** How many findings each campaign has. */
    @Transactional
    Map<UUID, Integer> findingCounts() {
        Map<UUID, Integer> counts = new HashMap<>();
        db.list("SELECT campaign_id, count(*) FROM joint_finding GROUP BY campaign_id", ps -> { },
                rs -> counts.put(rs.getObject(1, UUID.class), rs.getInt(2)));
        return counts;
    }

    private List<Finding> findings(String sql, Statements.Parameters parameters) {
        return db.list(sql, parameters, rs -> new Finding(rs.getObject("id", UUID.class),
                rs.getString("payload_hash"), rs.getObject("campaign_id", UUID.class), rs.getString("target_kind"),
                rs.getString("target_code"), rs.getString("grid_code"), rs.getString("department_code"),
                rs.getString("category"), rs.getString("severity"), rs.getString("description"),
                Arrays.asList((String[]) rs.getArray("photos").getArray()), rs.getDate("found_on").toLocalDate(),
                rs.getLong("recorded_by"), rs.getTimestamp("recorded_at").toInstant()));
    }
}
