package com.envgrid.api.shared;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.ResultSet;

/**
 * The locks that make a scheduled job run once across nodes: every node schedules it, the one whose transaction takes
 * the job's lock runs it, the others skip that turn. PostgreSQL advisory locks of class 1, held to the transaction's end.
 */
@Singleton
public class JobLocks {
    private final JdbcOperations jdbc;

    JobLocks(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Whether this transaction now holds the lock of the job named {@code job} until it ends: false at once when
     * another transaction — another node's run of the job — holds it.
     */
    public boolean tryHold(String job) {
        return jdbc.prepareStatement("SELECT pg_try_advisory_xact_lock(1, hashtext(?))", statement -> {
            statement.setString(1, job);
            try (ResultSet row = statement.executeQuery()) {
                return row.next() && row.getBoolean(1);
            }
        });
    }
}
