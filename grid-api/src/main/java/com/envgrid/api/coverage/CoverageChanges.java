package com.envgrid.api.coverage;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

/**
 * Keeps V45's table of changes small. Each writing connection numbers its changes in a row of its own per day and
 * kind, so that writers never wait on each other for it; connections come and go — the pool renews each every
 * 30 minutes —, so a busy day gathers hundreds of rows, and every view of a period sums its days' rows. Every
 * {@code envgrid.coverage.compact-every} the rows of each day and kind are added into one (backend 0): the sum — a
 * period's data version — is unchanged, so no figures kept in memory are counted again for it, and a later change
 * still adds a new number to it.
 * <p>
 * Safe on several nodes at once and beside writers: a row is moved by deleting it, so two compactions move it once
 * (the second finds it gone), and a writer whose row was just moved makes a new one.
 */
@Singleton
class CoverageChanges {
    private final JdbcOperations jdbc;

    CoverageChanges(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Scheduled(fixedDelay = "${envgrid.coverage.compact-every}", initialDelay = "${envgrid.coverage.compact-every}")
    void daily() {
        compact();
    }

    /** Adds the rows of each day and kind into one; answers for how many days and kinds rows were moved. */
    @Transactional
    int compact() {
        // through JDBC: Micronaut Data would take a statement beginning WITH for a query with rows to read
        return jdbc.prepareStatement("""
                WITH moved AS (DELETE FROM coverage_change WHERE backend <> 0 RETURNING open, day, version)
                INSERT INTO coverage_change (open, day, backend, version)
                SELECT open, day, 0, sum(version)::bigint FROM moved GROUP BY open, day
                ON CONFLICT (open, day, backend) DO UPDATE SET version = coverage_change.version + excluded.version""",
                statement -> statement.executeUpdate());
    }
}
