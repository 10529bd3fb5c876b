package com.envgrid.core.duty;

import com.envgrid.core.input.Vocabulary;

/** Why a duty exists: the rules' routine round, or the re-inspection of a case reported rectified. */
public enum DutyPurpose {
    ROUTINE, REINSPECTION;

    /** The lower-case name stored and answered: {@code routine}, {@code reinspection}. */
    public String key() {
        return Vocabulary.key(this);
    }
}
