package com.envgrid.api.partition;

import com.envgrid.api.shared.DistrictTime;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.core.order.Ordered;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * Makes the monthly partitions of the inspection, complaint and audit tables (V28) ahead of need: the district's
 * current month and the {@code envgrid.partitions.months-ahead} after it, at start — before any other start-up
 * work records anything — and again every {@code envgrid.partitions.check-every}. Of nodes doing so at once, one
 * makes them (an advisory lock held to the end of its transaction) and the others then find them made. A record
 * in a month without a partition lands in its table's default partition; a month whose records already sit there
 * gets no partition of its own and keeps them (the database's {@code month_partition} warns of it).
 */
@Singleton
public class MonthPartitions implements ApplicationEventListener<StartupEvent>, Ordered {
    /** The tables partitioned by month. */
    static final List<String> TABLES = List.of("inspection", "complaint", "audit_log");
    private static final Logger LOG = LoggerFactory.getLogger(MonthPartitions.class);

    private final DataSource dataSource;
    private final DistrictTime time;
    private final PartitionSettings settings;

    MonthPartitions(DataSource dataSource, DistrictTime time, PartitionSettings settings) {
        this.dataSource = DelegatingDataSource.unwrapDataSource(dataSource);
        this.time = time;
        this.settings = settings;
    }

    @Override
    public int getOrder() {
        return HIGHEST_PRECEDENCE;
    }

    @Override
    public void onApplicationEvent(StartupEvent event) {
        makeAhead();
    }

    @Scheduled(fixedDelay = "${envgrid.partitions.check-every}", initialDelay = "${envgrid.partitions.check-every}")
    void check() {
        makeAhead();
    }

    /** Makes the partitions missing from the current month to months-ahead after it; the names of those made. */
    List<String> makeAhead() {
        YearMonth current = YearMonth.from(time.today());
        return make(current, current.plusMonths(settings.monthsAhead()));
    }

    /**
     * Makes the partitions missing for the months {@code first} to {@code last}: before records dated in the past
     * (an import of last year's inspections, the demo's year) arrive, so that they land in their months' partitions
     * rather than the default one. The names of those made.
     */
    public List<String> make(YearMonth first, YearMonth last) {
        List<String> made = new ArrayList<>();
        try (Connection db = dataSource.getConnection()) {
            db.setAutoCommit(false);
            try (PreparedStatement lock = db.prepareStatement("SELECT pg_advisory_xact_lock(1, hashtext('month partitions'))");
                 PreparedStatement make = db.prepareStatement("SELECT month_partition(CAST(? AS regclass), ?, ?)")) {
                lock.execute();
                for (String table : TABLES) {
                    for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
                        make.setString(1, table);
                        make.setObject(2, month.atDay(1));
                        make.setString(3, time.zone().getId());
                        try (ResultSet result = make.executeQuery()) {
                            if (result.next() && result.getBoolean(1)) {
                                made.add(table + " " + month);
                            }
                        }
                    }
                }
                db.commit();
            } catch (SQLException e) {
                db.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot make the monthly partitions of " + first + " to " + last, e);
        }
        if (!made.isEmpty()) {
            LOG.info("Made the monthly partitions of {}", made);
        }
        return made;
    }
}
