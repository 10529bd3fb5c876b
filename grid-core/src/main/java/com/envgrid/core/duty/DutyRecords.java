package com.envgrid.core.duty;

import java.time.Instant;
import java.util.List;

/**
 * The port through which a duty learns where its inspection records stand; the records' owner answers it (and
 * decides, by its own policy, which of them count as inspected).
 */
public interface DutyRecords {
    /** One of a duty's records: when it was made and whether it shows the target inspected. */
    interface Record {
        Instant inspectedAt();

        boolean countsAsInspected();
    }

    List<? extends Record> of(long dutyId);
}
