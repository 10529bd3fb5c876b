package com.envgrid.core.complaint;

import com.envgrid.core.input.Vocabulary;

import java.util.Locale;
import java.util.Optional;

/**
 * Where a complaint (信访/投诉举报) stands. {@link ComplaintWorkflow} says which actions move it between states;
 * CLOSED, DUPLICATE and DECLINED {@link #ended end} a complaint (in figures, as closed), and only CLOSED can be
 * rated and reopened.
 */
public enum ComplaintState {
    /** 待受理: filed and routed to a grid, nobody has accepted it yet. */
    RECEIVED("待受理"),
    /** 已受理: a person answering for the grid has taken it on. */
    ACCEPTED("已受理"),
    /** 调查处理中: being investigated and dealt with; a problem case may be opened from it. */
    INVESTIGATING("调查处理中"),
    /** 已答复: the complainant has been given a reply. */
    REPLIED("已答复"),
    /** 已办结: closed; it may be reopened once after an unsatisfied rating. */
    CLOSED("已办结"),
    /**
     * 已退回: its grid sent it back to the district desk (an administrator), which cannot handle it; it waits there
     * to be transferred to the right grid, or declined. Its grid still sees it, as the grid that returned it.
     */
    RETURNED("已退回"),
    /** 重复件: ended as a duplicate of an earlier complaint about the same thing, which is handled instead. */
    DUPLICATE("重复件"),
    /** 不予受理: declined, finally, with a reason the complainant is shown. */
    DECLINED("不予受理");

    private final String chineseName;

    ComplaintState(String chineseName) {
        this.chineseName = chineseName;
    }

    /** The lower-case English name used in the API: {@code received}, {@code investigating}, … */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether the complaint has ended here: closed, a duplicate, or declined; Open311 calls these closed. */
    public boolean ended() {
        return this == CLOSED || this == DUPLICATE || this == DECLINED;
    }

    public String chineseName() {
        return chineseName;
    }

    /** Reads a state given in English ({@code replied}, any case) or Chinese ({@code 已答复}). */
    public static Optional<ComplaintState> parse(String text) {
        return Vocabulary.parse(ComplaintState.class, s -> new String[]{s.chineseName}, text);
    }

    /** "已答复 (replied)", for messages. */
    String label() {
        return chineseName + " (" + key() + ")";
    }
}
