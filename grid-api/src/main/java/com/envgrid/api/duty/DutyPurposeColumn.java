package com.envgrid.api.duty;

import com.envgrid.api.shared.VocabularyColumn;
import com.envgrid.core.duty.DutyPurpose;
import jakarta.inject.Singleton;

/** Why a duty exists, as stored: {@code routine} or {@code reinspection}. */
@Singleton
final class DutyPurposeColumn extends VocabularyColumn<DutyPurpose> {
    DutyPurposeColumn() {
        super(DutyPurpose.class);
    }
}
