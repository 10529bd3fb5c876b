package com.envgrid.api.enterprise;

import com.envgrid.core.enterprise.AlertKind;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

/**
 * An alert as the API shows it: its kind ({@link AlertKind#key()}) and category ({@code hazardous_waste},
 * {@code radiation}), what it is about (a waste code, a manifest number, a licence number), and its case if any.
 */
@Serdeable(naming = SnakeCaseStrategy.class)
public record EnterpriseAlert(long id, String sourceCode, String kind, String category, String subject,
                              String detail, LocalDate raisedOn, Instant raisedAt, @Nullable Long caseId) {
    static EnterpriseAlert of(AlertRow row) {
        AlertKind kind = AlertKind.valueOf(row.kind().toUpperCase(Locale.ROOT));
        return new EnterpriseAlert(row.id(), row.sourceCode(), kind.key(), kind.category().key(), row.subject(),
                row.detail(), row.raisedOn(), row.raisedAt(), row.caseId());
    }
}
