package com.envgrid.core.order;

import com.envgrid.core.access.Role;
import com.envgrid.core.workflow.WorkflowRefused;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.StringJoiner;

import static com.envgrid.core.order.OrderState.ACCEPTED;
import static com.envgrid.core.order.OrderState.CLOSED;
import static com.envgrid.core.order.OrderState.ISSUED;
import static com.envgrid.core.order.OrderState.RECTIFYING;
import static com.envgrid.core.order.OrderState.REPORTED;

/**
 * The workflow of a supervision order (督办单): which action moves an order from which state to which, and who may
 * take it.
 * <pre>
 * action               from        to          who                                      reason
 * accept               ISSUED      ACCEPTED    the addressee, admin                     –
 * start_rectification  ACCEPTED    RECTIFYING  the addressee, admin                     –
 * report_done          RECTIFYING  REPORTED    the addressee, admin                     –
 * verify               REPORTED    CLOSED      admin — not who reported it              –
 * send_back            REPORTED    RECTIFYING  admin                                    required
 * </pre>
 * The addressee is whoever answers for the order: on an order to a grid, the chiefs and supervisors of that grid; on
 * an order to a department, the campaign's members of that department. Which people those are is a question of
 * scope and of the campaign's team, answered by the caller; here it is a flag. Administrators (of the order's
 * district) take every action; the one who reported an order done may not also verify it, so an order is closed by
 * a second pair of eyes.
 */
public final class OrderWorkflow {
    public static final String ACCEPT = "accept";
    public static final String START_RECTIFICATION = "start_rectification";
    public static final String REPORT_DONE = "report_done";
    public static final String VERIFY = "verify";
    public static final String SEND_BACK = "send_back";

    /** The table above, as data; every decision below reads it and nothing else. */
    private static final List<Rule> RULES = List.of(
            new Rule(ACCEPT, EnumSet.of(ISSUED), ACCEPTED, Actor.ADDRESSEE_OR_ADMIN, false),
            new Rule(START_RECTIFICATION, EnumSet.of(ACCEPTED), RECTIFYING, Actor.ADDRESSEE_OR_ADMIN, false),
            new Rule(REPORT_DONE, EnumSet.of(RECTIFYING), REPORTED, Actor.ADDRESSEE_OR_ADMIN, false),
            new Rule(VERIFY, EnumSet.of(REPORTED), CLOSED, Actor.ADMIN_NOT_REPORTER, false),
            new Rule(SEND_BACK, EnumSet.of(REPORTED), RECTIFYING, Actor.ADMIN, true));

    /** An allowed move: from a state, by an action, to another, with the reason given (null when none). */
    public record Step(OrderState from, String action, OrderState to, String reason) {
    }

    private enum Actor {
        ADDRESSEE_OR_ADMIN, ADMIN, ADMIN_NOT_REPORTER
    }

    private record Rule(String action, Set<OrderState> from, OrderState to, Actor actor, boolean reasonRequired) {
        /** Why this person may not take the action, or null when they may. */
        String refusal(Role role, boolean addressee, boolean reportedIt) {
            boolean admin = role == Role.ADMIN;
            return switch (actor) {
                case ADDRESSEE_OR_ADMIN -> admin || addressee ? null : "only whoever the order is addressed to (the"
                        + " grid's chief and supervisors, or the campaign's members of the department) or an"
                        + " administrator may '" + action + "' it";
                case ADMIN -> admin ? null : "only an administrator may '" + action + "' it, not a "
                        + role.chineseName() + " (" + role.key() + ")";
                case ADMIN_NOT_REPORTER -> {
                    if (!admin) {
                        yield "only an administrator may '" + action + "' it, not a " + role.chineseName() + " ("
                                + role.key() + ")";
                    }
                    yield reportedIt ? "whoever reported the order done may not also '" + action + "' it; another"
                            + " administrator must" : null;
                }
            };
        }
    }

    private OrderWorkflow() {
    }

    /**
     * The step an action on an order makes, if this person may take it now. Checked in this order: the action must
     * be known, apply to the order's state, be open to the person, and have its required reason (not blank).
     *
     * @param addressee  whether the person answers for the order (see the class comment)
     * @param reportedIt whether the person is the one who reported the order done
     * @param reason     why; required to send back, kept when given for any action, null when none
     * @throws WorkflowRefused          WRONG_STATE, NOT_ALLOWED or REASON_NEEDED, naming the state, the action and why
     * @throws IllegalArgumentException when the action is not one of the workflow's
     */
    public static Step check(OrderState from, String action, Role role, boolean addressee, boolean reportedIt,
                             String reason) {
        Rule rule = rule(action);
        if (!rule.from().contains(from)) {
            throw new WorkflowRefused(WorkflowRefused.Kind.WRONG_STATE, from, action, "the order is " + from.label()
                    + ": '" + action + "' applies only to an order that is " + labels(rule.from()));
        }
        String refusal = rule.refusal(role, addressee, reportedIt);
        if (refusal != null) {
            throw new WorkflowRefused(WorkflowRefused.Kind.NOT_ALLOWED, from, action,
                    "the order is " + from.label() + ": " + refusal);
        }
        String given = reason == null || reason.isBlank() ? null : reason.strip();
        if (rule.reasonRequired() && given == null) {
            throw new WorkflowRefused(WorkflowRefused.Kind.REASON_NEEDED, from, action, "the order is "
                    + from.label() + ": '" + action + "' needs a reason");
        }
        return new Step(from, action, rule.to(), given);
    }

    /** The actions this person may take on an order in this state, in the table's order — what a page offers. */
    public static List<String> actionsFor(OrderState state, Role role, boolean addressee, boolean reportedIt) {
        return RULES.stream()
                .filter(r -> r.from().contains(state) && r.refusal(role, addressee, reportedIt) == null)
                .map(Rule::action)
                .toList();
    }

    /** Every action of the workflow, in the table's order. */
    public static List<String> actions() {
        return RULES.stream().map(Rule::action).toList();
    }

    private static Rule rule(String action) {
        return RULES.stream().filter(r -> r.action().equals(action)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("'" + action + "' is not an order action; the"
                        + " actions are " + String.join(", ", actions())));
    }

    private static String labels(Set<OrderState> states) {
        StringJoiner all = new StringJoiner(" or ");
        states.forEach(s -> all.add(s.label()));
        return all.toString();
    }
}
