package com.envgrid.api.shared;

import io.micronaut.health.HealthStatus;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import io.micronaut.scheduling.TaskExecutors;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;

/**
 * {@code /health}'s {@code database}: whether PostgreSQL answers within about a second (the pool's timeout, then
 * one round trip). Its details name the database and nothing else — no URL, no host, no driver message — since
 * {@code /health} is public. Micronaut's own JDBC indicator is off: it shows the URL and the error text.
 */
@Singleton
class DatabaseHealth implements HealthIndicator {
    private static final int ANSWER_SECONDS = 1;
    private final DataSource dataSource;
    private final ExecutorService blocking;

    DatabaseHealth(DataSource dataSource, @Named(TaskExecutors.BLOCKING) ExecutorService blocking) {
        this.dataSource = DelegatingDataSource.unwrapDataSource(dataSource);
        this.blocking = blocking;
    }

    @Override
    public Publisher<HealthResult> getResult() {
        return Publishers.fromCompletableFuture(() -> CompletableFuture.supplyAsync(this::check, blocking));
    }

    private HealthResult check() {
        boolean answers;
        try (Connection connection = dataSource.getConnection()) {
            answers = connection.isValid(ANSWER_SECONDS);
        } catch (SQLException | RuntimeException e) {
            answers = false;
        }
        return HealthResult.builder("database", answers ? HealthStatus.UP : HealthStatus.DOWN)
                .details(Map.of("database", "PostgreSQL", "answers", answers))
                .build();
    }
}
