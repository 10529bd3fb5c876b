package com.envgrid.api.publicity;

import com.envgrid.api.shared.InvalidParameter;
import com.envgrid.core.access.GridScope;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Volunteers as known reporters of complaints: staff entering a complaint a volunteer brought name the volunteer
 * ({@code reporter_volunteer_id}); the complaint then shows 志愿者 and the name, and the volunteer's record counts it.
 */
@Singleton
public class VolunteerReporters {
    private final PublicityRows rows;

    VolunteerReporters(PublicityRows rows) {
        this.rows = rows;
    }

    /** A volunteer as a complaint shows its reporter. */
    @Serdeable
    public record Reporter(UUID id, String name) {
    }

    /** Checks that the volunteer is an active one of the caller's grids, before anything is stored. */
    @Transactional
    public void check(GridScope scope, @Nullable UUID volunteer) {
        if (volunteer != null && rows.volunteer(volunteer).filter(v -> v.active() && scope.canRead(v.gridCode()))
                .isEmpty()) {
            throw new InvalidParameter("reporter_volunteer_id", "no active volunteer " + volunteer
                    + " in your grids");
        }
    }

    /** Records the volunteer as the reporter of a complaint just stored. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public void link(long complaint, @Nullable UUID volunteer) {
        if (volunteer != null) {
            rows.linkComplaint(complaint, volunteer);
        }
    }

    /** The reporters of these complaints, for those a volunteer reported. */
    @Transactional
    public Map<Long, Reporter> of(List<Long> complaints) {
        return rows.reportersOf(complaints).entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                e -> new Reporter(e.getValue().id(), e.getValue().name())));
    }
}
