package com.envgrid.api.enterprise;

import com.envgrid.api.problem.Cases;
import com.envgrid.api.shared.DistrictTime;
import com.envgrid.core.enterprise.AlertKind;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The alerts the platform raises by itself about an enterprise (hazardous waste, radiation licences). Each is kept
 * once per enterprise, kind and subject — the checks may run any number of times, on any node — and one whose kind
 * {@link AlertKind#opensCase() opens a case} opens it in the enterprise's grid in the same transaction.
 */
@Singleton
public class EnterpriseAlerts {
    private final AlertRows alerts;
    private final Cases cases;
    private final DistrictTime time;

    EnterpriseAlerts(AlertRows alerts, Cases cases, DistrictTime time) {
        this.alerts = alerts;
        this.cases = cases;
        this.time = time;
    }

    /**
     * Raises the alert at {@code at} unless the enterprise has it already for the same kind and subject.
     *
     * @param gridCode the enterprise's grid; null when it lies in no grid, and then no case is opened
     * @return the new alert, or empty when it was raised before
     */
    @Transactional
    public Optional<EnterpriseAlert> raise(String sourceCode, String gridCode, AlertKind kind, String subject,
                                           String detail, Instant at) {
        List<Long> inserted = alerts.insert(sourceCode, kind.key(), subject, detail, time.dateOf(at), at);
        if (inserted.isEmpty()) {
            return Optional.empty();
        }
        long id = inserted.get(0);
        Long caseId = null;
        if (kind.opensCase() && gridCode != null) {
            caseId = cases.openForAlert(at, gridCode, sourceCode, kind, kind.chineseName() + "：" + detail);
            alerts.linkCase(id, caseId);
        }
        return Optional.of(new EnterpriseAlert(id, sourceCode, kind.key(), kind.category().key(), subject, detail,
                time.dateOf(at), at, caseId));
    }

    /** The enterprise's alerts, newest first. */
    public List<EnterpriseAlert> of(String sourceCode) {
        return alerts.findOf(sourceCode).stream().map(EnterpriseAlert::of).toList();
    }

    /** The enterprise's alerts raised on the district's days {@code from} (inclusive) to {@code to} (exclusive). */
    public List<EnterpriseAlert> between(String sourceCode, LocalDate from, LocalDate to) {
        return alerts.findOfBetween(sourceCode, from, to).stream().map(EnterpriseAlert::of).toList();
    }
}
