package com.envgrid.core.pilot;

import java.util.Arrays;
import java.util.Optional;

/**
 * How a pilot's indicator is measured, and so how its progress entries add up. A rate (a share in per cent, such as
 * the sewage treatment rate) is a state: the latest entry is where the pilot stands. A count (such as black-odorous
 * water bodies removed) is work done: each entry reports what was done since, and the entries are summed.
 */
public enum IndicatorKind {
    RATE("rate"),
    COUNT("count");

    private final String key;

    IndicatorKind(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static Optional<IndicatorKind> of(String key) {
        return Arrays.stream(values()).filter(k -> k.key.equals(key)).findFirst();
    }
}
