package com.envgrid.api.waste;

import com.envgrid.api.shared.JobLocks;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;

/**
 * The daily hazardous-waste check on every node: storage passes a year with no record being saved, so the checks run
 * by date too, every {@code envgrid.waste.check-every} on the platform's clock. One node runs it at a time — it
 * holds the job's lock to the end of its transaction — and the others, finding it held, leave it to that one; an
 * alert is kept once whoever raises it.
 */
@Singleton
class WasteChecks {
    /** The job's name, and its lock's, shared by every node. */
    static final String JOB = "hazardous waste check";

    private final Generators generators;
    private final JobLocks locks;
    private final Clock clock;

    WasteChecks(Generators generators, JobLocks locks, Clock clock) {
        this.generators = generators;
        this.locks = locks;
        this.clock = clock;
    }

    @Scheduled(fixedDelay = "${envgrid.waste.check-every}", initialDelay = "${envgrid.waste.check-every}")
    void daily() {
        runAlone(clock.instant());
    }

    /** The checks as of {@code now}, unless another node is running them: whether this node ran them. */
    @Transactional
    boolean runAlone(Instant now) {
        if (!locks.tryHold(JOB)) {
            return false;
        }
        generators.checkAll(now);
        return true;
    }
}
