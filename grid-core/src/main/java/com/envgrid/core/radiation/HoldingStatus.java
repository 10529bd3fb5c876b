package com.envgrid.core.radiation;

import com.envgrid.core.input.Vocabulary;

import java.util.Optional;

/**
 * Where a source or device stands with its holder: in use (在用), stored (贮存, still on site and supervised), or
 * transferred out (已转出: returned to the producer, sent for disposal or to another licensed holder), which takes it
 * off the holder's licence check and inspection frequency.
 */
public enum HoldingStatus {
    IN_USE("在用"),
    STORED("贮存", "闲置"),
    TRANSFERRED_OUT("已转出", "转出", "已送贮");

    private final String[] chineseNames;

    HoldingStatus(String... chineseNames) {
        this.chineseNames = chineseNames;
    }

    public String key() {
        return Vocabulary.key(this);
    }

    public String chineseName() {
        return chineseNames[0];
    }

    /** Whether the holder still has it on site: in use or stored. */
    public boolean held() {
        return this != TRANSFERRED_OUT;
    }

    public static Optional<HoldingStatus> parse(String text) {
        return Vocabulary.parse(HoldingStatus.class, s -> s.chineseNames, text);
    }

    public static String accepted() {
        return Vocabulary.accepted(HoldingStatus.class, s -> s.chineseNames);
    }
}
