package com.envgrid.api.accountability;

import com.envgrid.api.Sql;

import java.sql.SQLException;
import java.util.UUID;

/**
 * Supervision orders as another feature issues them, inserted straight into its tables (these tests need their rows,
 * not its routes): one campaign of the small district D, run by the test administrator, and orders under it.
 */
public final class JointRows {
    private final Sql sql;
    private final UUID campaign = UUID.randomUUID();
    private int number;

    public JointRows(Sql sql) throws SQLException {
        this.sql = sql;
        sql.execute("INSERT INTO joint_campaign (id, payload_hash, district_code, title, theme, period_from, period_to,"
                + " created_by, created_at) VALUES ('" + campaign + "', 'test', 'D', '扬尘联合督查', '扬尘',"
                + " DATE '2026-09-01', DATE '2026-09-30', (SELECT id FROM person WHERE username = 'root'), now())");
    }

    /** An order to a grid (department null) or a department answering for it, due on the day, in the state. */
    public UUID order(String grid, String department, String dueBy, String state) throws SQLException {
        UUID id = UUID.randomUUID();
        number++;
        sql.execute("INSERT INTO supervision_order (id, payload_hash, number, campaign_id, grid_code, department_code,"
                + " requirement, due_by, state, issued_by, issued_at, closed_at) VALUES ('" + id + "', 'test',"
                + " '督办〔2026〕第 " + String.format("%04d", number) + " 号', '" + campaign + "', '" + grid + "', "
                + (department == null ? "null" : "'" + department + "'") + ", '清理工地裸土', DATE '" + dueBy + "', '"
                + state + "', (SELECT id FROM person WHERE username = 'root'), TIMESTAMPTZ '2026-10-01 09:00+08', "
                + (state.equals("closed") ? "now()" : "null") + ")");
        return id;
    }

    /** A problem case in the grid closed on time on the day: the grid has a score in that quarter's review. */
    public static void caseClosedOnTime(Sql sql, String grid, String day) throws SQLException {
        sql.execute("INSERT INTO problem_case (finding_index, category, severity, description, grid_code, target_kind,"
                + " target_code, state, due_by, opened_at, closed_at) VALUES ((SELECT count(*) FROM problem_case),"
                + " 'dust', 'general', '道路扬尘', '" + grid + "', 'grid_patrol', '" + grid + "', 'closed', DATE '" + day
                + "' + 5, TIMESTAMPTZ '" + day + " 09:00+08' - interval '1 day', TIMESTAMPTZ '" + day + " 10:00+08')");
    }
}
