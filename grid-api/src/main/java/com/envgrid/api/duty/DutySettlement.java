package com.envgrid.api.duty;

import com.envgrid.core.duty.Duty;
import com.envgrid.core.duty.DutyRecords;
import com.envgrid.core.inspection.InspectionRecorded;
import com.envgrid.core.inspection.LocationReviewed;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.util.Objects;
import java.util.Optional;

/**
 * Keeps each duty's done state in step with its records: when one is recorded (or a correction stands in for
 * another duty's record) and when a flagged one is reviewed. Runs synchronously, inside the recording's transaction,
 * so that a record and its duty's state land together.
 */
@Singleton
class DutySettlement {
    private final DutyRows duties;
    private final DutyRecords records;
    private final JdbcOperations jdbc;

    DutySettlement(DutyRows duties, DutyRecords records, JdbcOperations jdbc) {
        this.duties = duties;
        this.records = records;
        this.jdbc = jdbc;
    }

    @EventListener
    void onRecorded(InspectionRecorded recorded) {
        if (recorded.dutyId() != null) {
            // a record made after its duty was done (a second visit) leaves it done: its other records stay unread
            held(recorded.dutyId())
                    .filter(duty -> !duty.unchangedByNewRecord(recorded.corrects(), recorded.inspectedAt()))
                    .ifPresent(this::settle);
        }
        if (recorded.correctedDutyId() != null) {
            held(recorded.correctedDutyId()).ifPresent(this::settle);
        }
    }

    @EventListener
    void onReviewed(LocationReviewed reviewed) {
        if (reviewed.dutyId() != null) {
            held(reviewed.dutyId()).ifPresent(this::settle);
        }
    }

    /** Settles a duty held ({@link #held}) while its records are read: two records settling it at once see each other. */
    private void settle(Duty duty) {
        Duty settled = duty.settledBy(records.of(duty.id()));
        if (!Objects.equals(settled.doneAt(), duty.doneAt())) {
            duties.updateDoneAt(duty.id(), settled.doneAt());
        }
    }

    /**
     * The duty, its row locked until the transaction ends (empty: no such duty) — locked and read in one statement.
     * NO KEY UPDATE, not UPDATE: the record inserted earlier in the transaction holds KEY SHARE on its duty (the
     * foreign key), and two records of one duty each upgrading that to UPDATE wait for each other — a deadlock,
     * answered 500. Through JDBC: Micronaut Data takes a query naming "NO KEY UPDATE" for an update statement.
     */
    private Optional<Duty> held(long dutyId) {
        return jdbc.prepareStatement("SELECT * FROM duty WHERE id = ? FOR NO KEY UPDATE", statement -> {
            statement.setLong(1, dutyId);
            try (ResultSet row = statement.executeQuery()) {
                return row.next() ? Optional.of(jdbc.readEntity(row, DutyRow.class).duty()) : Optional.empty();
            }
        });
    }
}
