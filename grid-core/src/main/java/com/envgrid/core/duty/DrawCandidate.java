package com.envgrid.core.duty;

import com.envgrid.core.source.CreditRating;

/** A supervised object that may be drawn: its code, the grid it lies in ({@code null}: none) and its rating. */
public record DrawCandidate(String code, String gridCode, CreditRating rating) {
    public DrawCandidate {
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("every draw candidate needs a code");
        }
        if (rating == null) {
            throw new IllegalArgumentException("draw candidate " + code + ": rating is missing (A, B, C or D)");
        }
    }
}
