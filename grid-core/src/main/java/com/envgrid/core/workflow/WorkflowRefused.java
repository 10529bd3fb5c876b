package com.envgrid.core.workflow;

/**
 * An action that a workflow (a case's rectification, a complaint's handling) does not allow; the message names the
 * state, the action and why. Nothing about the case or complaint changes.
 */
public class WorkflowRefused extends RuntimeException {
    /** Why an action was refused, so that callers can answer each differently (e.g. 409, 403, 400, 422). */
    public enum Kind {
        /** The action does not apply in this state, or the history rules it out (a complaint's second reopen). */
        WRONG_STATE,
        /** The action applies, but not by this person: wrong role, not the assignee, another grid's supervisor. */
        NOT_ALLOWED,
        /** The action needs a text (a reason, a reply) and none was given. */
        REASON_NEEDED,
        /**
         * The action waits on something still unfinished elsewhere (a complaint's problem case still open) and no
         * reason was given to take it anyway.
         */
        BLOCKED
    }

    private final Kind kind;
    private final Enum<?> state;
    private final String action;

    /**
     * @param state the state the case or complaint is in: a {@code CaseState} or a {@code ComplaintState}
     */
    public WorkflowRefused(Kind kind, Enum<?> state, String action, String message) {
        super(message);
        this.kind = kind;
        this.state = state;
        this.action = action;
    }

    public Kind kind() {
        return kind;
    }

    public Enum<?> state() {
        return state;
    }

    public String action() {
        return action;
    }
}
