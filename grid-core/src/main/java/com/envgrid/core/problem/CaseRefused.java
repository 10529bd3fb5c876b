package com.envgrid.core.problem;

/**
 * An action on a case that the {@link CaseWorkflow} does not allow; the message names the state, the action and
 * why. Nothing about the case changes.
 */
public class CaseRefused extends RuntimeException {
    /** Why an action was refused, so that callers can answer each differently (e.g. 409, 403, 400). */
    public enum Kind {
        /** The action does not apply to a case in this state. */
        WRONG_STATE,
        /** The action applies, but not by this person: wrong role, not the assignee, or the reporter verifying. */
        NOT_ALLOWED,
        /** The action needs a reason and none was given. */
        REASON_NEEDED
    }

    private final Kind kind;
    private final CaseState state;
    private final String action;

    CaseRefused(Kind kind, CaseState state, String action, String message) {
        super(message);
        this.kind = kind;
        this.state = state;
        this.action = action;
    }

    public Kind kind() {
        return kind;
    }

    public CaseState state() {
        return state;
    }

    public String action() {
        return action;
    }
}
