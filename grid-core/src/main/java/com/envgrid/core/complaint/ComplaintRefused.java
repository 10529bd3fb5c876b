package com.envgrid.core.complaint;

/**
 * An action on a complaint that the {@link ComplaintWorkflow} does not allow; the message names the state, the
 * action and why. Nothing about the complaint changes.
 */
public class ComplaintRefused extends RuntimeException {
    /** Why an action was refused, so that callers can answer each differently (e.g. 409, 403, 400). */
    public enum Kind {
        /** The action does not apply to a complaint in this state, or its history rules it out (a second reopen). */
        WRONG_STATE,
        /** The action applies, but not by this person: wrong role, or a supervisor of another grid. */
        NOT_ALLOWED,
        /** The action needs a text (the reply, the reason) and none was given. */
        REASON_NEEDED
    }

    private final Kind kind;
    private final ComplaintState state;
    private final String action;

    ComplaintRefused(Kind kind, ComplaintState state, String action, String message) {
        super(message);
        this.kind = kind;
        this.state = state;
        this.action = action;
    }

    public Kind kind() {
        return kind;
    }

    public ComplaintState state() {
        return state;
    }

    public String action() {
        return action;
    }
}
