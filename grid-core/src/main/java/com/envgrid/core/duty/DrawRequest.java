package com.envgrid.core.duty;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What to draw: from the candidates, either {@code count} objects (at least 1; all of them if there are fewer) or a
 * {@code share} of them (0 &lt; share ≤ 1), optionally stratified by rating, with the published {@code seed}.
 * Exactly one of count and share is given; candidate codes are unique.
 */
public record DrawRequest(String seed, List<DrawCandidate> candidates, Integer count, Double share,
                          boolean stratifyByRating) {
    public DrawRequest {
        if (seed == null || seed.isBlank()) {
            throw new IllegalArgumentException("seed is missing: a draw needs the seed published before it");
        }
        if (candidates == null) {
            throw new IllegalArgumentException("candidates is missing: give the list to draw from, even empty");
        }
        Set<String> codes = new HashSet<>();
        for (DrawCandidate candidate : candidates) {
            if (candidate == null) {
                throw new IllegalArgumentException("candidates: an entry is empty");
            }
            if (!codes.add(candidate.code())) {
                throw new IllegalArgumentException("candidates: " + candidate.code() + " is listed twice");
            }
        }
        candidates = List.copyOf(candidates);
        if ((count == null) == (share == null)) {
            throw new IllegalArgumentException(count == null
                    ? "give either count (how many objects to draw) or share (what part of the candidates, 0 < share ≤ 1)"
                    : "give either count or share, not both");
        }
        if (count != null && count < 1) {
            throw new IllegalArgumentException("count must be at least 1, got " + count);
        }
        if (share != null && !(share > 0 && share <= 1)) {
            throw new IllegalArgumentException("share must be above 0 and at most 1, got " + share);
        }
    }
}
