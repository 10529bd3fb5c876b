package com.envgrid.core.complaint;

import com.envgrid.core.access.Role;
import com.envgrid.core.workflow.WorkflowRefused;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;

import static com.envgrid.core.complaint.ComplaintState.ACCEPTED;
import static com.envgrid.core.complaint.ComplaintState.CLOSED;
import static com.envgrid.core.complaint.ComplaintState.DECLINED;
import static com.envgrid.core.complaint.ComplaintState.DUPLICATE;
import static com.envgrid.core.complaint.ComplaintState.INVESTIGATING;
import static com.envgrid.core.complaint.ComplaintState.RECEIVED;
import static com.envgrid.core.complaint.ComplaintState.REPLIED;
import static com.envgrid.core.complaint.ComplaintState.RETURNED;

/**
 * The complaint workflow (信访办理): which action moves a complaint from which state to which, and who may take it.
 * <pre>
 * action       from           to             who                                        text
 * accept       RECEIVED       ACCEPTED       supervisor of the grid, chief, admin       –
 * investigate  ACCEPTED       INVESTIGATING  supervisor of the grid, chief, admin       –
 * open_case    INVESTIGATING  INVESTIGATING  supervisor of the grid, chief, admin       required: the problem found
 * reply        INVESTIGATING  REPLIED        supervisor of the grid, chief, admin       required: the reply
 * close        REPLIED        CLOSED         chief, admin                               –
 * reopen       CLOSED         INVESTIGATING  chief, admin — once in a complaint's life  required: why
 * — the district desk (12345 办理台) —
 * transfer     RECEIVED, ACCEPTED,      RECEIVED   chief, admin                           required: why
 *              INVESTIGATING, RETURNED             (in the grid it is transferred to)
 * send_back    RECEIVED, ACCEPTED,      RETURNED   the grid's own people: its supervisor  required: why
 *              INVESTIGATING                       or chief — not an administrator
 * duplicate    RECEIVED, ACCEPTED,      DUPLICATE  supervisor of the grid, chief, admin    –  (names the original)
 *              INVESTIGATING, RETURNED
 * decline      RECEIVED, RETURNED       DECLINED   chief, admin                           required: why
 * </pre>
 * "Supervisor of the grid" is a supervisor of the grid the complaint is routed to — or, while it is near a
 * boundary and not yet accepted, of one of the grids it is also shown to; the caller says whether the person is
 * one. Whether a chief's first-level grid holds the complaint is a question of scope answered by the caller before
 * it asks this workflow; here "chief" is the role only. Closing is the grid chief's sign-off, so a supervisor does
 * not close. Viewers take no action.
 * <p>
 * <b>Opening a case.</b> An investigation that finds a problem to be rectified opens a problem case for it (the
 * complaint stays under investigation and is replied to as usual); a complaint opens at most one — that it has
 * none yet is the caller's question.
 * <p>
 * <b>The desk.</b> Transfer (转办), send back (退回), duplicate (重复件) and decline (不予受理) carry more than a
 * text — the grid it goes to, the original — and are commands of their own on {@link Complaint}, which ask
 * {@link #check} like any action. Sending back returns a complaint its grid cannot handle to the district desk —
 * the administrators — who transfer it to the right grid (or back to the same one) or decline it; an administrator
 * does not send back: they are the desk. Declining is refusing to take a complaint on at all (不予受理), so it
 * applies only before acceptance; the reason is shown to the complainant.
 * <p>
 * <b>Reopening.</b> A closed complaint goes back to INVESTIGATING at most once: by a chief or an administrator with
 * a reason, or by the complainant's UNSATISFIED rating ({@link #onRating}). A second reopen is refused as
 * WRONG_STATE.
 */
public final class ComplaintWorkflow {
    public static final String ACCEPT = "accept";
    public static final String INVESTIGATE = "investigate";
    public static final String OPEN_CASE = "open_case";
    public static final String REPLY = "reply";
    public static final String CLOSE = "close";
    public static final String REOPEN = "reopen";
    public static final String TRANSFER = "transfer";
    public static final String SEND_BACK = "send_back";
    public static final String MARK_DUPLICATE = "duplicate";
    public static final String DECLINE = "decline";
    /** Not an action of the table: the complainant's rating, see {@link #onRating}. */
    public static final String RATE = "rate";

    /** The table above, as data; every decision below reads it and nothing else. */
    private static final List<Rule> RULES = List.of(
            new Rule(ACCEPT, EnumSet.of(RECEIVED), ACCEPTED, Actor.GRID_STAFF, false),
            new Rule(INVESTIGATE, EnumSet.of(ACCEPTED), INVESTIGATING, Actor.GRID_STAFF, false),
            new Rule(OPEN_CASE, EnumSet.of(INVESTIGATING), INVESTIGATING, Actor.GRID_STAFF, true),
            new Rule(REPLY, EnumSet.of(INVESTIGATING), REPLIED, Actor.GRID_STAFF, true),
            new Rule(CLOSE, EnumSet.of(REPLIED), CLOSED, Actor.MANAGER, false),
            new Rule(REOPEN, EnumSet.of(CLOSED), INVESTIGATING, Actor.MANAGER, true),
            new Rule(TRANSFER, EnumSet.of(RECEIVED, ACCEPTED, INVESTIGATING, RETURNED), RECEIVED, Actor.MANAGER, true),
            new Rule(SEND_BACK, EnumSet.of(RECEIVED, ACCEPTED, INVESTIGATING), RETURNED, Actor.GRID, true),
            new Rule(MARK_DUPLICATE, EnumSet.of(RECEIVED, ACCEPTED, INVESTIGATING, RETURNED), DUPLICATE,
                    Actor.GRID_STAFF, false),
            new Rule(DECLINE, EnumSet.of(RECEIVED, RETURNED), DECLINED, Actor.MANAGER, true));

    /** The actions with a command of their own on {@link Complaint}, not taken through {@code act}. */
    static final Set<String> DESK_COMMANDS = Set.of(TRANSFER, SEND_BACK, MARK_DUPLICATE, DECLINE);

    /** Who may take an action: chiefs and administrators; also the grid's supervisors; the grid's own people only. */
    private enum Actor {
        MANAGER, GRID_STAFF, GRID
    }

    private record Rule(String action, Set<ComplaintState> from, ComplaintState to, Actor actor,
                        boolean textRequired) {
        /** Why this person may not take the action, or null when they may. */
        String refusal(Role role, boolean gridSupervisor) {
            boolean supervisorMay = actor != Actor.MANAGER && role == Role.SUPERVISOR && gridSupervisor;
            if (supervisorMay || role == Role.CHIEF || (role == Role.ADMIN && actor != Actor.GRID)) {
                return null;
            }
            if (actor == Actor.GRID && role == Role.ADMIN) {
                return "only the grid's own supervisor or chief may '" + action + "' it to the district desk, and an"
                        + " administrator is the desk: transfer or decline it instead";
            }
            String who = actor == Actor.MANAGER ? "only a grid chief or an administrator"
                    : actor == Actor.GRID ? "only a supervisor or the chief of the complaint's grid"
                    : "only a supervisor of the complaint's grid, a grid chief or an administrator";
            if (actor != Actor.MANAGER && role == Role.SUPERVISOR) {
                return who + " may '" + action + "' it, and this supervisor is not one of the grid's";
            }
            return who + " may '" + action + "' it, not a " + role.chineseName() + " (" + role.key() + ")";
        }
    }

    private ComplaintWorkflow() {
    }

    /**
     * The transition an action on a complaint makes, if this person may take it now. Checked in this order: the
     * action must be known, apply to the complaint's state (and, to reopen, the complaint must not have been
     * reopened before), be open to the person, and have its required text (not blank).
     *
     * @param gridSupervisor whether the person is a supervisor of the complaint's grid; it lets a supervisor act
     * @param reopenedBefore whether the complaint has been reopened before, by anyone or by a rating
     * @param text           the reply, or the reason; required to reply and to reopen, kept when given for any
     *                       action, null when none
     * @throws WorkflowRefused          WRONG_STATE, NOT_ALLOWED or REASON_NEEDED, with a message naming the state,
     *                                  the action and why
     * @throws IllegalArgumentException when the action is not one of the workflow's
     */
    public static ComplaintTransition check(ComplaintState from, String action, Role role, boolean gridSupervisor,
                                            boolean reopenedBefore, String text) {
        Rule rule = rule(action);
        if (!rule.from().contains(from)) {
            throw new WorkflowRefused(WorkflowRefused.Kind.WRONG_STATE, from, action, "the complaint is "
                    + from.label() + ": '" + action + "' applies only to a complaint that is " + labels(rule.from()));
        }
        if (REOPEN.equals(action) && reopenedBefore) {
            throw alreadyReopened(from, action);
        }
        String refusal = rule.refusal(role, gridSupervisor);
        if (refusal != null) {
            throw new WorkflowRefused(WorkflowRefused.Kind.NOT_ALLOWED, from, action,
                    "the complaint is " + from.label() + ": " + refusal);
        }
        String given = text == null || text.isBlank() ? null : text.strip();
        if (rule.textRequired() && given == null) {
            throw new WorkflowRefused(WorkflowRefused.Kind.REASON_NEEDED, from, action, "the complaint is "
                    + from.label() + ": '" + action + "' needs " + (REPLY.equals(action) ? "the text of the reply"
                    : OPEN_CASE.equals(action) ? "a description of the problem found" : "a reason"));
        }
        return new ComplaintTransition(from, action, rule.to(), given);
    }

    /**
     * The actions this person may take on a complaint in this state, in the table's order — what a UI offers. The
     * text, where one is required, is still to be asked for.
     */
    public static List<String> actionsFor(ComplaintState state, Role role, boolean gridSupervisor,
                                          boolean reopenedBefore) {
        return RULES.stream()
                .filter(r -> r.from().contains(state) && r.refusal(role, gridSupervisor) == null)
                .filter(r -> !(REOPEN.equals(r.action()) && reopenedBefore))
                .map(Rule::action)
                .toList();
    }

    /**
     * What the complainant's rating does to a closed complaint: an UNSATISFIED rating of a complaint never
     * reopened before reopens it (action {@link #REOPEN}, CLOSED → INVESTIGATING, the text naming the rating); any
     * other rating changes nothing. Whether the complainant may rate (a valid, unused token) is the caller's
     * question.
     *
     * @throws WorkflowRefused WRONG_STATE when the complaint is not CLOSED: only a closed complaint is rated
     */
    public static Optional<ComplaintTransition> onRating(ComplaintState state, Satisfaction rating,
                                                         boolean reopenedBefore) {
        if (state != CLOSED) {
            throw new WorkflowRefused(WorkflowRefused.Kind.WRONG_STATE, state, RATE, "the complaint is "
                    + state.label() + ": only a complaint that is " + CLOSED.label() + " can be rated");
        }
        if (rating != Satisfaction.UNSATISFIED || reopenedBefore) {
            return Optional.empty();
        }
        return Optional.of(new ComplaintTransition(CLOSED, REOPEN, INVESTIGATING,
                "complainant rated " + rating.chineseName() + " (" + rating.key() + ")"));
    }

    private static WorkflowRefused alreadyReopened(ComplaintState from, String action) {
        return new WorkflowRefused(WorkflowRefused.Kind.WRONG_STATE, from, action, ComplaintCode.REOPENED_ONCE, "the complaint is "
                + from.label() + ": it has already been reopened once and cannot be reopened again");
    }

    private static Rule rule(String action) {
        return RULES.stream().filter(r -> r.action().equals(action)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("'" + action + "' is not a complaint action; the"
                        + " actions are " + String.join(", ", RULES.stream().map(Rule::action).toList())));
    }

    private static String labels(Set<ComplaintState> states) {
        StringJoiner all = new StringJoiner(" or ");
        states.forEach(s -> all.add(s.label()));
        return all.toString();
    }
}
