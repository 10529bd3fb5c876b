package com.envgrid.core.order;

import com.envgrid.core.input.Vocabulary;

import java.util.Locale;
import java.util.Optional;

/**
 * Where a supervision order stands. {@link OrderWorkflow} says which actions move it between states; CLOSED is final.
 */
public enum OrderState {
    /** 已下达: issued to the grid or department, not yet acknowledged. */
    ISSUED("已下达"),
    /** 已签收: the addressee acknowledged it. */
    ACCEPTED("已签收"),
    /** 整改中: being rectified (again, when sent back). */
    RECTIFYING("整改中"),
    /** 已报结: reported done, waiting for an administrator to verify it. */
    REPORTED("已报结"),
    /** 已办结: verified and closed. */
    CLOSED("已办结");

    private final String chineseName;

    OrderState(String chineseName) {
        this.chineseName = chineseName;
    }

    /** The lower-case English name used in the API and the database: {@code issued}, {@code rectifying}, … */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String chineseName() {
        return chineseName;
    }

    public boolean isFinal() {
        return this == CLOSED;
    }

    /** Reads a state given in English ({@code reported}, any case) or Chinese ({@code 已报结}). */
    public static Optional<OrderState> parse(String text) {
        return Vocabulary.parse(OrderState.class, s -> new String[]{s.chineseName}, text);
    }

    /** "已报结 (reported)", for messages. */
    String label() {
        return chineseName + " (" + key() + ")";
    }
}
