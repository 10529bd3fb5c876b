package com.envgrid.api.duty;

import com.envgrid.api.shared.KeyColumn;
import com.envgrid.core.duty.DutyPurpose;
import jakarta.inject.Singleton;

/** Why a duty exists, as stored: {@code routine} or {@code reinspection}. */
@Singleton
final class DutyPurposeColumn extends KeyColumn<DutyPurpose> {
    DutyPurposeColumn() {
        super(DutyPurpose.class);
    }
}
