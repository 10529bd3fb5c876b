package com.envgrid.core.workflow;

import com.envgrid.core.input.ProblemCode;

import java.util.Locale;
import java.util.Map;

/**
 * An action that a workflow (a case's rectification, a complaint's handling) does not allow; the message names the
 * state, the action and why. Nothing about the case or complaint changes. Its {@link #code()} is the kind's
 * ({@code workflow.wrong_state}, …) unless the refusal names a more specific one, with {@link #params()}: the
 * {@code subject} (case, complaint, …), its {@code state} and the {@code action}.
 */
public class WorkflowRefused extends RuntimeException {
    /** Why an action was refused, so that callers can answer each differently (e.g. 409, 403, 400, 422). */
    public enum Kind implements ProblemCode {
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
        BLOCKED;

        /** The code of a refusal of this kind that names no more specific one: {@code workflow.wrong_state}, … */
        @Override
        public String code() {
            return "workflow." + name().toLowerCase(Locale.ROOT);
        }
    }

    private final Kind kind;
    private final Enum<?> state;
    private final String action;
    private final ProblemCode code;

    /**
     * @param state the state the case or complaint is in: a {@code CaseState} or a {@code ComplaintState}
     */
    public WorkflowRefused(Kind kind, Enum<?> state, String action, String message) {
        this(kind, state, action, kind, message);
    }

    /** A refusal with a code more specific than its kind's, such as {@code complaint.reopened_once}. */
    public WorkflowRefused(Kind kind, Enum<?> state, String action, ProblemCode code, String message) {
        super(message);
        this.kind = kind;
        this.state = state;
        this.action = action;
        this.code = code;
    }

    public ProblemCode code() {
        return code;
    }

    /**
     * {@code subject}: what the state belongs to, from its type's name (CaseState: case, ComplaintState: complaint);
     * {@code state}: the state's key; {@code action}.
     */
    public Map<String, Object> params() {
        String subject = state.getDeclaringClass().getSimpleName().replaceFirst("State$", "");
        return Map.of("subject", subject.toLowerCase(Locale.ROOT), "state", state.name().toLowerCase(Locale.ROOT),
                "action", action);
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
