package com.envgrid.core.accountability;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** What an accountability record calls for, mildest first: 约谈 (interview), 通报 (circular), 问责 (accountability). */
public enum Measure {
    INTERVIEW("约谈"),
    CIRCULAR("通报"),
    ACCOUNTABILITY("问责");

    private final String chineseName;

    Measure(String chineseName) {
        this.chineseName = chineseName;
    }

    public String chineseName() {
        return chineseName;
    }

    /** The measure as the API and the database write it: interview, circular, accountability. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Measure> parse(String key) {
        return Arrays.stream(values()).filter(m -> m.key().equals(key)).findFirst();
    }

    public static List<String> keys() {
        return Arrays.stream(values()).map(Measure::key).toList();
    }
}
