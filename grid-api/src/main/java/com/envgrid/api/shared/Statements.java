package com.envgrid.api.shared;

import io.micronaut.transaction.annotation.Transactional;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Plain SQL in the current transaction, for the tables Micronaut Data's generated queries do not fit (uuid and text
 * arrays, client-made ids checked against a payload hash): a statement run, or its rows read into records.
 */
@Singleton
public class Statements {
    /** Sets a statement's parameters — and, given to {@link #run}, executes it. */
    @FunctionalInterface
    public interface Parameters {
        void set(PreparedStatement statement) throws SQLException;
    }

    /** Reads the row the result stands on. */
    @FunctionalInterface
    public interface RowReader<T> {
        T read(ResultSet row) throws SQLException;
    }

    private final JdbcOperations jdbc;

    Statements(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** Prepares the statement for {@code use}, which sets its parameters and executes it (once or in a batch). */
    public void run(String sql, Parameters use) {
        jdbc.prepareStatement(sql, statement -> {
            use.set(statement);
            return null;
        });
    }

    /**
     * Holds a key until the transaction ends: transactions holding the same key run one after the other — copies of
     * one request sent at once (keyed by the id its client made), the numbering of a year's orders.
     */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public void hold(String key) {
        run("SELECT pg_advisory_xact_lock(hashtextextended(?, 0))", statement -> {
            statement.setString(1, key);
            statement.executeQuery().close();
        });
    }

    public <T> List<T> list(String sql, Parameters parameters, RowReader<T> reader) {
        return jdbc.prepareStatement(sql, statement -> {
            parameters.set(statement);
            List<T> found = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    found.add(reader.read(rows));
                }
            }
            return found;
        });
    }
}
