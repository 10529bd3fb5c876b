package com.envgrid.core.access;

import com.envgrid.core.input.Vocabulary;

import java.util.Locale;
import java.util.Optional;

/** What a person answers for in a grid they are assigned to. */
public enum Duty {
    /** 网格长 of a first-level grid. */
    CHIEF,
    /** 网格员 of a grid below the district. */
    SUPERVISOR;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Duty> parse(String text) {
        return Vocabulary.parse(Duty.class, d -> new String[0], text);
    }
}
