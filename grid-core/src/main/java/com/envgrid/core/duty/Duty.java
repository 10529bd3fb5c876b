package com.envgrid.core.duty;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * A duty to inspect a target in a due window, assigned to a supervisor (or to nobody while the grid has none). It is
 * done when one of its records counts as inspected, at the earliest such record's time; open again when none does —
 * as when its only plausible record is corrected by a flagged one.
 *
 * @param supervisorId the supervisor it is assigned to, or null
 * @param doneAt       when it was done, or null while open
 */
public record Duty(long id, TargetKind targetKind, String targetCode, String gridCode, LocalDate dueFrom,
                   LocalDate dueBy, Long supervisorId, Instant doneAt, DutyPurpose purpose) {

    /** The duty as its records leave it: done at the earliest one that counts as inspected, else open. */
    public Duty settledBy(List<? extends DutyRecords.Record> records) {
        Instant done = records.stream().filter(DutyRecords.Record::countsAsInspected)
                .map(DutyRecords.Record::inspectedAt).min(Comparator.naturalOrder()).orElse(null);
        return new Duty(id, targetKind, targetCode, gridCode, dueFrom, dueBy, supervisorId, done, purpose);
    }

    /**
     * Whether a new record leaves the duty as it is, whatever its other records: one that corrects none takes no
     * record away, and one made no earlier than the duty was done cannot be the earliest that counts. Settling then
     * needs none of the duty's records read.
     */
    public boolean unchangedByNewRecord(boolean corrects, Instant inspectedAt) {
        return !corrects && doneAt != null && !inspectedAt.isBefore(doneAt);
    }

    public boolean done() {
        return doneAt != null;
    }

    public DutyStatus statusOn(LocalDate today) {
        return DutyStatus.of(done(), dueBy, today);
    }
}
