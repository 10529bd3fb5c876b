package com.envgrid.core.problem;

import com.envgrid.core.access.Role;
import com.envgrid.core.workflow.WorkflowRefused;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.StringJoiner;

import static com.envgrid.core.problem.CaseState.ASSIGNED;
import static com.envgrid.core.problem.CaseState.AWAITING_VERIFICATION;
import static com.envgrid.core.problem.CaseState.CLOSED;
import static com.envgrid.core.problem.CaseState.OPEN;
import static com.envgrid.core.problem.CaseState.RECTIFYING;
import static com.envgrid.core.problem.CaseState.REJECTED;

/**
 * The rectification workflow (问题整改): which action moves a case from which state to which, and who may take it.
 * <pre>
 * action               from                    to                     who                                 reason
 * assign               OPEN                    ASSIGNED               chief, admin                        –
 * reassign             ASSIGNED, RECTIFYING    ASSIGNED               chief, admin                        –
 * start_rectification  ASSIGNED                RECTIFYING             assigned supervisor, chief, admin   –
 * report_done          RECTIFYING              AWAITING_VERIFICATION  assigned supervisor, chief, admin   –
 * verify               AWAITING_VERIFICATION   CLOSED                 chief, admin — not who reported it  –
 * send_back            AWAITING_VERIFICATION   RECTIFYING             chief, admin                        required
 * reject               OPEN, ASSIGNED          REJECTED               chief, admin                        required
 * </pre>
 * A reassigned case goes back to ASSIGNED so that the new assignee starts the rectification themselves. Viewers
 * take no action. Whether a chief's first-level grid holds the case is a question of scope, answered by the caller
 * before it asks this workflow; here "chief" is the role only.
 */
public final class CaseWorkflow {
    public static final String ASSIGN = "assign";
    public static final String REASSIGN = "reassign";
    public static final String START_RECTIFICATION = "start_rectification";
    public static final String REPORT_DONE = "report_done";
    public static final String VERIFY = "verify";
    public static final String SEND_BACK = "send_back";
    public static final String REJECT = "reject";

    private static final Set<Role> MANAGERS = EnumSet.of(Role.CHIEF, Role.ADMIN);

    /** The table above, as data; every decision below reads it and nothing else. */
    private static final List<Rule> RULES = List.of(
            new Rule(ASSIGN, EnumSet.of(OPEN), ASSIGNED, Actor.MANAGER, false),
            new Rule(REASSIGN, EnumSet.of(ASSIGNED, RECTIFYING), ASSIGNED, Actor.MANAGER, false),
            new Rule(START_RECTIFICATION, EnumSet.of(ASSIGNED), RECTIFYING, Actor.ASSIGNEE_OR_MANAGER, false),
            new Rule(REPORT_DONE, EnumSet.of(RECTIFYING), AWAITING_VERIFICATION, Actor.ASSIGNEE_OR_MANAGER, false),
            new Rule(VERIFY, EnumSet.of(AWAITING_VERIFICATION), CLOSED, Actor.MANAGER_NOT_REPORTER, false),
            new Rule(SEND_BACK, EnumSet.of(AWAITING_VERIFICATION), RECTIFYING, Actor.MANAGER, true),
            new Rule(REJECT, EnumSet.of(OPEN, ASSIGNED), REJECTED, Actor.MANAGER, true));

    /** Who may take an action. */
    private enum Actor {
        MANAGER, ASSIGNEE_OR_MANAGER, MANAGER_NOT_REPORTER
    }

    private record Rule(String action, Set<CaseState> from, CaseState to, Actor actor, boolean reasonRequired) {
        /** Why this person may not take the action, or null when they may. */
        String refusal(Role role, boolean isAssignee, boolean reportedItDone) {
            boolean manager = MANAGERS.contains(role);
            String notThisRole = "'" + action + "' it, not a " + role.chineseName() + " (" + role.key() + ")";
            return switch (actor) {
                case MANAGER -> manager ? null : "only a grid chief or an administrator may " + notThisRole;
                case ASSIGNEE_OR_MANAGER -> {
                    if (manager || (role == Role.SUPERVISOR && isAssignee)) {
                        yield null;
                    }
                    yield role == Role.SUPERVISOR
                            ? "only the case's assignee, a grid chief or an administrator may '" + action
                            + "' it, and this supervisor is not the assignee"
                            : "only the case's assignee, a grid chief or an administrator may " + notThisRole;
                }
                case MANAGER_NOT_REPORTER -> {
                    if (!manager) {
                        yield "only a grid chief or an administrator may " + notThisRole;
                    }
                    yield reportedItDone ? "whoever reported the rectification done may not also '" + action
                            + "' it; another grid chief or administrator must" : null;
                }
            };
        }
    }

    private CaseWorkflow() {
    }

    /**
     * The transition an action on a case makes, if this person may take it now. Checked in this order: the action
     * must be known, apply to the case's state, be open to the person, and have its required reason (not blank).
     *
     * @param isAssignee     whether the person is the case's assignee; it lets a supervisor act on the case
     * @param reportedItDone whether the person is the one who reported the rectification done
     * @param reason         why; required to send back or reject, kept when given for any action, null when none
     * @throws WorkflowRefused          WRONG_STATE, NOT_ALLOWED or REASON_NEEDED, with a message naming the state,
     *                                  the action and why
     * @throws IllegalArgumentException when the action is not one of the workflow's
     */
    public static Transition check(CaseState from, String action, Role role, boolean isAssignee,
                                   boolean reportedItDone, String reason) {
        Rule rule = rule(action);
        if (!rule.from().contains(from)) {
            throw new WorkflowRefused(WorkflowRefused.Kind.WRONG_STATE, from, action, "the case is " + from.label()
                    + ": '" + action + "' applies only to a case that is " + labels(rule.from()));
        }
        String refusal = rule.refusal(role, isAssignee, reportedItDone);
        if (refusal != null) {
            throw new WorkflowRefused(WorkflowRefused.Kind.NOT_ALLOWED, from, action,
                    "the case is " + from.label() + ": " + refusal);
        }
        String given = reason == null || reason.isBlank() ? null : reason.strip();
        if (rule.reasonRequired() && given == null) {
            throw new WorkflowRefused(WorkflowRefused.Kind.REASON_NEEDED, from, action, "the case is " + from.label()
                    + ": '" + action + "' needs a reason");
        }
        return new Transition(from, action, rule.to(), given);
    }

    /**
     * The actions this person may take on a case in this state, in the table's order — what a UI offers. A reason,
     * where one is required, is still to be asked for.
     */
    public static List<String> actionsFor(CaseState state, Role role, boolean isAssignee, boolean reportedItDone) {
        return RULES.stream()
                .filter(r -> r.from().contains(state) && r.refusal(role, isAssignee, reportedItDone) == null)
                .map(Rule::action)
                .toList();
    }

    private static Rule rule(String action) {
        return RULES.stream().filter(r -> r.action().equals(action)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("'" + action + "' is not a case action; the actions"
                        + " are " + String.join(", ", RULES.stream().map(Rule::action).toList())));
    }

    private static String labels(Set<CaseState> states) {
        StringJoiner all = new StringJoiner(" or ");
        states.forEach(s -> all.add(s.label()));
        return all.toString();
    }
}
