package com.envgrid.core.complaint;

import com.envgrid.core.access.Actor;
import com.envgrid.core.access.GridScope;
import com.envgrid.core.access.Role;
import com.envgrid.core.input.InputProblem;
import com.envgrid.core.input.InvalidInput;
import com.envgrid.core.problem.Escalation;
import com.envgrid.core.workflow.WorkflowRefused;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A complaint (信访 / 投诉举报): received in the grid its place routes to — shown to the neighbouring grids too when
 * it lies near a boundary, until one side accepts it —, handled through the {@link ComplaintWorkflow} by its
 * deadlines, and rated by the complainant. Its commands check the workflow and return the complaint as it is next;
 * storing it is the caller's.
 *
 * @param id            null until stored
 * @param alsoShownTo   the neighbouring grids that see it until it is accepted
 * @param problemCaseId the case its investigation opened, if one
 * @param reopened      whether it was reopened (once at most)
 * @param ratingToken   the secret of the complainant's rating link
 * @param statusToken   the public handle of an Open311 request
 * @param clientKey     the public client that filed it; null when staff entered it
 * @param duplicateOf   the earlier complaint it duplicates, once it was marked one
 * @param declineReason why it was declined (不予受理), shown to the complainant
 */
public record Complaint(Long id, String submissionKey, Channel channel, ComplaintCategory category,
                        String description, double lon, double lat, String address, String gridCode,
                        boolean nearBoundary, List<String> alsoShownTo, ComplaintState state, Instant receivedAt,
                        LocalDate acceptBy, LocalDate closeBy, Instant acceptedAt, Instant closedAt, String reply,
                        Long problemCaseId, boolean reopened, Satisfaction satisfaction, Instant ratedAt,
                        String ratingToken, String statusToken, String complainantName, String complainantContact,
                        String clientKey, String mediaUrl, Long duplicateOf, String declineReason) {

    /** Who sent a complaint and how to reach them, as given (null: not given). */
    public record Complainant(String name, String contact) {
    }

    /** What was said and where: the checked content of a submission. */
    public record Report(String submissionKey, ComplaintCategory category, String description, double lon, double lat,
                         String address, String mediaUrl) {
    }

    /**
     * A complaint received at {@code at} through a channel, routed to its grid and due by its deadlines; from a public
     * client ({@code clientKey}) or entered by staff (null).
     */
    public static Complaint receive(Report report, Complainant from, Channel channel, Routing.Route route,
                                    ComplaintDeadlines.Due due, Instant at, String ratingToken, String statusToken,
                                    String clientKey) {
        return new Complaint(null, report.submissionKey(), channel, report.category(), report.description(),
                report.lon(), report.lat(), report.address(), route.gridCode(), route.nearBoundary(),
                route.alsoShownTo(), ComplaintState.RECEIVED, at, due.acceptBy(), due.closeBy(), null, null, null, null,
                false, null, null, ratingToken, statusToken, from.name(), from.contact(), clientKey,
                report.mediaUrl(), null, null);
    }

    /** Whether the scope sees it: administrators and viewers all, staff their grids' and those shown to them. */
    public boolean visibleTo(GridScope scope) {
        return scope.readsEverything() || (gridCode != null && scope.canRead(gridCode))
                || alsoShownTo.stream().anyMatch(scope::canRead);
    }

    /**
     * The grid the scope would handle it in: its own grid, or — before acceptance — a neighbour's; null: none. A
     * complaint sent back is handled by the district desk (the administrators of its district) alone.
     */
    public String handlingGrid(GridScope scope) {
        if (state == ComplaintState.RETURNED) {
            // sent back to the district desk: its grid no longer handles it, the administrators do
            return gridCode != null && scope.administers(gridCode) ? gridCode : null;
        }
        if (gridCode != null && scope.canWrite(gridCode)) {
            return gridCode;
        }
        if (state == ComplaintState.RECEIVED) {
            return alsoShownTo.stream().filter(scope::canWrite).findFirst().orElse(null);
        }
        return null;
    }

    /**
     * A step of the workflow, taken in {@code grid} (the actor's {@link #handlingGrid}; null when they handle none —
     * the caller refuses that after the workflow's own checks).
     */
    public record Step(ComplaintTransition transition, Complaint next, String grid) {
    }

    /**
     * The actor takes an action at {@code at}. Accepting settles the complaint in the actor's grid, no longer shown
     * to the neighbours; closing records when; replying keeps the reply; reopening marks it reopened.
     *
     * A complaint with a problem case is taken as if the case were still open (see the next).
     *
     * @throws InvalidInput    an unknown action
     * @throws WorkflowRefused the action does not apply now, is not the actor's, or lacks its text
     */
    public Step act(Actor actor, Instant at, String action, String text) {
        return act(actor, at, action, text, problemCaseId != null);
    }

    /**
     * The actor takes an action at {@code at}, as {@link #act(Actor, Instant, String, String)}; a complaint whose
     * problem case is still open ({@code caseOpen}) is closed only with a reason saying why.
     *
     * @throws InvalidInput    an unknown action, or one of the desk's, which are commands of their own
     * @throws WorkflowRefused as above, and BLOCKED: closing while the case is open, without a reason
     */
    public Step act(Actor actor, Instant at, String action, String text, boolean caseOpen) {
        if (ComplaintWorkflow.DESK_COMMANDS.contains(action)) {
            throw new InvalidInput("a command of its own", List.of(new InputProblem("/action", "'" + action
                    + "' says more than a text (a grid, the original, a reason) and is a command of its own")));
        }
        var t = check(actor, action, text);
        if (t.action().equals(ComplaintWorkflow.CLOSE) && caseOpen && t.text() == null) {
            throw new WorkflowRefused(WorkflowRefused.Kind.BLOCKED, state, t.action(), "complaint " + id + " is "
                    + state.chineseName() + " (" + state.key() + ") and its problem case " + problemCaseId
                    + " is still open: close the complaint once the case is closed, or give the reason it closes"
                    + " first");
        }
        String grid = handlingGrid(actor.scope());
        boolean accepting = t.action().equals(ComplaintWorkflow.ACCEPT);
        var next = new Complaint(id, submissionKey, channel, category, description, lon, lat, address,
                accepting ? grid : gridCode, nearBoundary, accepting ? List.of() : alsoShownTo, t.to(), receivedAt,
                acceptBy, closeBy, accepting ? at : acceptedAt, t.to() == ComplaintState.CLOSED ? at : closedAt,
                t.action().equals(ComplaintWorkflow.REPLY) ? t.text() : reply, problemCaseId,
                reopened || t.action().equals(ComplaintWorkflow.REOPEN), satisfaction, ratedAt, ratingToken,
                statusToken, complainantName, complainantContact, clientKey, mediaUrl, duplicateOf, declineReason);
        return new Step(t, next, grid);
    }

    /** The workflow's transition for this actor, who is a supervisor of the grid if they handle it as one. */
    private ComplaintTransition check(Actor actor, String action, String text) {
        boolean gridSupervisor = actor.role() == Role.SUPERVISOR && handlingGrid(actor.scope()) != null;
        try {
            return ComplaintWorkflow.check(state, action == null ? "" : action, actor.role(), gridSupervisor,
                    reopened, text);
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("unknown action", List.of(new InputProblem("/action", e.getMessage())));
        }
    }

    /**
     * Transfers it (转办) at {@code at} to another grid, whose queue it joins as just received: no longer shown to
     * neighbours, to be accepted there by the new deadlines {@code due} (counted from the transfer: the receiving
     * grid's time starts when it is given the complaint; the receipt time stays, so the complainant's whole wait
     * shows). A complaint sent back may go back to its own grid; any other stays where it is unless it moves. A
     * complaint that opened a problem case stays with the grid handling the case.
     *
     * @param toGrid the grid's code (null: not given); that it is in the layer is the caller's question
     * @throws InvalidInput    no grid, or the grid it already is in
     * @throws WorkflowRefused as {@link ComplaintWorkflow#check} says, or WRONG_STATE with a problem case
     */
    public Step transfer(Actor actor, Instant at, String toGrid, String reason, ComplaintDeadlines.Due due) {
        var t = check(actor, ComplaintWorkflow.TRANSFER, reason);
        refuseWithCase(t.action());
        if (toGrid == null) {
            throw new InvalidInput("no grid", List.of(new InputProblem("/grid",
                    "the code of the grid to transfer it to")));
        }
        if (toGrid.equals(gridCode) && state != ComplaintState.RETURNED) {
            throw new InvalidInput("the same grid", List.of(new InputProblem("/grid", "complaint " + id
                    + " is in grid " + gridCode + " already: transfer it to another grid")));
        }
        return new Step(t, moved(t.to(), toGrid, due.acceptBy(), due.closeBy(), null, null, duplicateOf,
                declineReason), handlingGrid(actor.scope()));
    }

    /**
     * Its grid sends it back (退回) at {@code at} to the district desk, with why it cannot handle it: it waits there
     * as RETURNED, seen by its grid but handled by administrators only, who transfer or decline it. Only the grid
     * it is routed to sends it back — a neighbour it is merely shown to leaves it. A complaint that opened a problem
     * case stays with the grid handling the case.
     *
     * @throws WorkflowRefused as {@link ComplaintWorkflow#check} says, NOT_ALLOWED for a neighbour, or WRONG_STATE
     *                         with a problem case
     */
    public Step sendBack(Actor actor, Instant at, String reason) {
        var t = check(actor, ComplaintWorkflow.SEND_BACK, reason);
        String grid = handlingGrid(actor.scope());
        if (grid != null && !grid.equals(gridCode)) {
            throw new WorkflowRefused(WorkflowRefused.Kind.NOT_ALLOWED, state, t.action(), "complaint " + id
                    + " is routed to grid " + gridCode + ", which alone sends it back; grid " + grid
                    + " it is shown to as a neighbour may leave it");
        }
        refuseWithCase(t.action());
        return new Step(t, moved(t.to(), gridCode, acceptBy, closeBy, acceptedAt, null, duplicateOf, declineReason),
                grid);
    }

    /**
     * Ends it at {@code at} as a duplicate (重复件) of an earlier complaint about the same thing, which is handled
     * instead: it links to the original and opens no case of its own. The original is one the actor may see (the
     * caller's question) and not itself a duplicate — the link goes to the complaint being handled.
     *
     * @throws InvalidInput    itself, or an original that is a duplicate
     * @throws WorkflowRefused as {@link ComplaintWorkflow#check} says, or WRONG_STATE with a problem case
     */
    public Step markDuplicate(Actor actor, Instant at, Complaint original, String note) {
        var t = check(actor, ComplaintWorkflow.MARK_DUPLICATE, note);
        if (Objects.equals(original.id(), id)) {
            throw new InvalidInput("not a duplicate", List.of(new InputProblem("/duplicate_of",
                    "a complaint is no duplicate of itself")));
        }
        if (original.state() == ComplaintState.DUPLICATE) {
            throw new InvalidInput("not an original", List.of(new InputProblem("/duplicate_of", "complaint "
                    + original.id() + " is itself a duplicate of " + original.duplicateOf() + ": name that one")));
        }
        refuseWithCase(t.action());
        return new Step(t, moved(t.to(), gridCode, acceptBy, closeBy, acceptedAt, at, original.id(), declineReason),
                handlingGrid(actor.scope()));
    }

    /**
     * Declines it (不予受理) at {@code at}, finally, with the reason the complainant is shown — before it is accepted,
     * in its grid or at the district desk.
     *
     * @throws WorkflowRefused as {@link ComplaintWorkflow#check} says
     */
    public Step decline(Actor actor, Instant at, String reason) {
        var t = check(actor, ComplaintWorkflow.DECLINE, reason);
        return new Step(t, moved(t.to(), gridCode, acceptBy, closeBy, acceptedAt, at, duplicateOf, t.text()),
                handlingGrid(actor.scope()));
    }

    private void refuseWithCase(String action) {
        if (problemCaseId != null) {
            throw new WorkflowRefused(WorkflowRefused.Kind.WRONG_STATE, state, action, "complaint " + id
                    + " opened problem case " + problemCaseId + ", which is handled in grid " + gridCode
                    + ": the complaint stays with it and cannot '" + action + "'");
        }
    }

    /** The complaint moved by the desk: in a state and grid, shown to no neighbour, with these times and links. */
    private Complaint moved(ComplaintState to, String grid, LocalDate acceptDue, LocalDate closeDue, Instant accepted,
                            Instant closed, Long original, String declined) {
        return new Complaint(id, submissionKey, channel, category, description, lon, lat, address, grid,
                nearBoundary, List.of(), to, receivedAt, acceptDue, closeDue, accepted, closed, reply, problemCaseId,
                reopened, satisfaction, ratedAt, ratingToken, statusToken, complainantName, complainantContact,
                clientKey, mediaUrl, original, declined);
    }

    /** The complaint once its investigation opened a case. */
    public Complaint withProblemCase(long caseId) {
        return new Complaint(id, submissionKey, channel, category, description, lon, lat, address, gridCode,
                nearBoundary, alsoShownTo, state, receivedAt, acceptBy, closeBy, acceptedAt, closedAt, reply, caseId,
                reopened, satisfaction, ratedAt, ratingToken, statusToken, complainantName, complainantContact,
                clientKey, mediaUrl, duplicateOf, declineReason);
    }

    /** Whether the complainant rated the outcome since it was last closed; they rate each closing once. */
    public boolean ratedSinceClosed() {
        return satisfaction != null && ratedAt != null && closedAt != null && !ratedAt.isBefore(closedAt);
    }

    /** A rating and what it did: an unsatisfied one reopens a complaint never reopened ({@code reopen}). */
    public record Rated(Complaint next, Optional<ComplaintTransition> reopen) {
    }

    /**
     * The complainant rates the outcome at {@code at}; whether they may (a valid token, not rated since closed) is
     * the caller's question.
     *
     * @throws WorkflowRefused WRONG_STATE unless the complaint is closed
     */
    public Rated rate(Satisfaction rating, Instant at) {
        var reopen = ComplaintWorkflow.onRating(state, rating, reopened);
        var next = new Complaint(id, submissionKey, channel, category, description, lon, lat, address, gridCode,
                nearBoundary, alsoShownTo, reopen.map(ComplaintTransition::to).orElse(state), receivedAt, acceptBy,
                closeBy, acceptedAt, reopen.isPresent() ? null : closedAt, reply, problemCaseId,
                reopened || reopen.isPresent(), rating, at, ratingToken, statusToken, complainantName,
                complainantContact, clientKey, mediaUrl, duplicateOf, declineReason);
        return new Rated(next, reopen);
    }

    /** The deadline it waits on: to be accepted, then to be closed. */
    public LocalDate waitingOn() {
        return acceptedAt == null ? acceptBy : closeBy;
    }

    /** Whether it is still open past a deadline it waits on, or past its closing deadline. */
    public boolean overdueOn(LocalDate today) {
        return closedAt == null && (today.isAfter(closeBy) || today.isAfter(waitingOn()));
    }

    /** Who it is up to on {@code today}: an open complaint escalates like a case, by the deadline it waits on. */
    public Escalation.Level escalation(Escalation policy, LocalDate today) {
        return closedAt == null ? policy.level(waitingOn(), today) : Escalation.Level.SUPERVISOR;
    }

    /**
     * The actions the scope may take on it now. A complaint that opened a case opens no other and stays with its
     * case (no transfer, send back or duplicate); only its own grid sends it back, not a neighbour.
     */
    public List<String> actionsFor(GridScope scope) {
        String grid = handlingGrid(scope);
        if (grid == null) {
            return List.of();
        }
        var withCase = List.of(ComplaintWorkflow.OPEN_CASE, ComplaintWorkflow.TRANSFER, ComplaintWorkflow.SEND_BACK,
                ComplaintWorkflow.MARK_DUPLICATE);
        return ComplaintWorkflow.actionsFor(state, scope.role(), scope.role() == Role.SUPERVISOR, reopened).stream()
                .filter(a -> !(problemCaseId != null && withCase.contains(a)))
                .filter(a -> !(a.equals(ComplaintWorkflow.SEND_BACK) && !grid.equals(gridCode))).toList();
    }
}
