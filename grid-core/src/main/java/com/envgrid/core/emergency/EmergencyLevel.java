package com.envgrid.core.emergency;

import java.util.Arrays;
import java.util.Optional;

/** The four levels of 《国家突发环境事件应急预案》, from the least to the gravest. */
public enum EmergencyLevel {
    GENERAL("general", "一般"),
    LARGER("larger", "较大"),
    MAJOR("major", "重大"),
    ESPECIALLY_MAJOR("especially_major", "特别重大");

    private final String key;
    private final String chineseName;

    EmergencyLevel(String key, String chineseName) {
        this.key = key;
        this.chineseName = chineseName;
    }

    public String key() {
        return key;
    }

    public String chineseName() {
        return chineseName;
    }

    public static Optional<EmergencyLevel> of(String key) {
        return Arrays.stream(values()).filter(l -> l.key.equals(key)).findFirst();
    }
}
