package com.envgrid.api.order;

import com.envgrid.api.Sql;

import java.sql.SQLException;
import java.util.UUID;

/**
 * Joint inspection rows written straight into the V41 tables — a campaign in the small district D, its team, its
 * targets, its members' findings and the supervision orders issued under it — which the campaigns' and the orders'
 * own APIs fill in the product: the tests of what stands on them (orders, escalations, accountability) do without
 * calling that code.
 */
public final class JointFixture {
    private final Sql sql;
    /** The orders this fixture issued so far: each is numbered after the one before. */
    private int orders;

    public JointFixture(Sql sql) {
        this.sql = sql;
    }

    /** The test administrator's id: the author of the rows a test does not give one for. */
    public long root() {
        return sql.count("SELECT id FROM person WHERE username = 'root'");
    }

    /** A campaign in district D over the first half of 2026, created by the test administrator. */
    public UUID campaign(String title) throws SQLException {
        UUID id = UUID.randomUUID();
        sql.execute("INSERT INTO joint_campaign (id, payload_hash, district_code, title, theme, period_from,"
                + " period_to, created_by, created_at) VALUES ('" + id + "', 'fixture', 'D', '" + title + "', '扬尘',"
                + " '2026-03-01', '2026-06-30', " + root() + ", '2026-03-01T00:00:00Z')");
        return id;
    }

    /** A person on the campaign's team, from a department, its leader or not. */
    public void member(UUID campaign, long person, String department, boolean leader) throws SQLException {
        sql.execute("INSERT INTO joint_campaign_member (campaign_id, person_id, department_code, leader) VALUES ('"
                + campaign + "', " + person + ", '" + department + "', " + leader + ")");
    }

    /** A finding of the department's member on a patrol of the grid (the grid a target of the campaign), recorded now. */
    public UUID finding(UUID campaign, String grid, String department, String description) throws SQLException {
        UUID id = UUID.randomUUID();
        sql.execute("INSERT INTO joint_campaign_target (campaign_id, target_kind, target_code, grid_code, chosen_by)"
                + " VALUES ('" + campaign + "', 'grid', '" + grid + "', '" + grid + "', 'grid') ON CONFLICT DO NOTHING;"
                + " INSERT INTO joint_finding (id, payload_hash, campaign_id, target_kind, target_code, grid_code,"
                + " department_code, category, severity, description, photos, found_on, recorded_by, recorded_at)"
                + " VALUES ('" + id + "', 'fixture', '" + campaign + "', 'grid', '" + grid + "', '" + grid + "', '"
                + department + "', 'dust', 'moderate', '" + description + "', '{}', '2026-04-02', " + root()
                + ", clock_timestamp())");
        return id;
    }

    /**
     * A supervision order of the campaign to a grid (department null) or to a department answering for it, due on the
     * day, in the state, issued by the test administrator on 2026-10-01 (closed now when its state is closed).
     */
    public UUID order(UUID campaign, String grid, String department, String dueBy, String state) throws SQLException {
        UUID id = UUID.randomUUID();
        orders++;
        sql.execute("INSERT INTO supervision_order (id, payload_hash, number, campaign_id, grid_code, department_code,"
                + " requirement, due_by, state, issued_by, issued_at, closed_at) VALUES ('" + id + "', 'fixture',"
                + " '督办〔2026〕第 " + String.format("%04d", orders) + " 号', '" + campaign + "', '" + grid + "', "
                + (department == null ? "null" : "'" + department + "'") + ", '清理工地裸土', DATE '" + dueBy + "', '"
                + state + "', " + root() + ", TIMESTAMPTZ '2026-10-01 09:00+08', "
                + (state.equals("closed") ? "now()" : "null") + ")");
        return id;
    }
}
