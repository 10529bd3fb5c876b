package com.envgrid.api;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import javax.sql.DataSource;
import java.sql.SQLException;

/** Plain SQL against the test database, for checking what an API call did or did not store. */
@Singleton
public class Sql {
    private final DataSource dataSource;

    Sql(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Transactional
    public long count(String query) {
        return Long.parseLong(text(query));
    }

    @Transactional
    public String text(String query) {
        try (var statement = dataSource.getConnection().createStatement(); var rs = statement.executeQuery(query)) {
            return rs.next() ? rs.getString(1) : null;
        } catch (SQLException e) {
            throw new IllegalStateException(query, e);
        }
    }

    /**
     * Deletes everything recorded — notifications, reviews, complaints, cases, inspections and photos, duties, draws,
     * sources, rivers — and every person but the test administrator, children before parents; the grid layer stays.
     */
    public void clearRecords() throws SQLException {
        // accountability (#18): its records, and the campaigns and orders its tests insert
        execute("DELETE FROM accountability; DELETE FROM supervision_order_event; DELETE FROM supervision_order_finding;"
                + " DELETE FROM supervision_order; DELETE FROM joint_finding; DELETE FROM joint_campaign_target;"
                + " DELETE FROM joint_campaign_member; DELETE FROM joint_campaign;");
        execute("DELETE FROM pilot_progress; DELETE FROM pilot_target; DELETE FROM pilot;"
                + " DELETE FROM eco_creation_stage;"
                + " DELETE FROM notification; DELETE FROM emergency_team_told; DELETE FROM emergency_team_duty;"
                + " DELETE FROM emergency_team_member; DELETE FROM emergency_action; DELETE FROM emergency;"
                + " DELETE FROM volunteer_complaint; DELETE FROM volunteer; DELETE FROM publicity_event;"
                + " DELETE FROM review; DELETE FROM complaint_photo;"
                + " DELETE FROM complaint_event; DELETE FROM complaint;"
                + " DELETE FROM enterprise_alert; DELETE FROM case_event; DELETE FROM problem_case; DELETE FROM inspection_photo;"
                + " DELETE FROM inspection_review; DELETE FROM inspection; DELETE FROM photo; DELETE FROM duty;"
                + " DELETE FROM draw_item; DELETE FROM draw; DELETE FROM source; DELETE FROM river_segment;"
                + " DELETE FROM assignment; DELETE FROM api_key; DELETE FROM person WHERE username <> 'root'");
    }

    /** Runs a statement; the database's error, if any, is thrown as an {@link SQLException}. */
    @Transactional
    public void execute(String statement) throws SQLException {
        try (var s = dataSource.getConnection().createStatement()) {
            s.execute(statement);
        }
    }
}
