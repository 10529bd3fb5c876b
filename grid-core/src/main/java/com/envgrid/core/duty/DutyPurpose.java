package com.envgrid.core.duty;

import com.envgrid.core.input.Vocabulary;

/**
 * Why a duty exists: the rules' routine round, the re-inspection of a case reported rectified, or the inspection
 * that verifies a measure of a remediation plan (一厂一策).
 */
public enum DutyPurpose {
    ROUTINE, REINSPECTION, MEASURE;

    /** The lower-case name stored and answered: {@code routine}, {@code reinspection}, {@code measure}. */
    public String key() {
        return Vocabulary.key(this);
    }
}
