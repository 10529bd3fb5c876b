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
 */
public record Complaint(Long id, String submissionKey, Channel channel, ComplaintCategory category,
                        String description, double lon, double lat, String address, String gridCode,
                        boolean nearBoundary, List<String> alsoShownTo, ComplaintState state, Instant receivedAt,
                        LocalDate acceptBy, LocalDate closeBy, Instant acceptedAt, Instant closedAt, String reply,
                        Long problemCaseId, boolean reopened, Satisfaction satisfaction, Instant ratedAt,
                        String ratingToken, String statusToken, String complainantName, String complainantContact,
                        String clientKey, String mediaUrl) {

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
                report.mediaUrl());
    }

    /** Whether the scope sees it: administrators and viewers all, staff their grids' and those shown to them. */
    public boolean visibleTo(GridScope scope) {
        return scope.readsEverything() || (gridCode != null && scope.canRead(gridCode))
                || alsoShownTo.stream().anyMatch(scope::canRead);
    }

    /** The grid the scope would handle it in: its own grid, or — before acceptance — a neighbour's; null: none. */
    public String handlingGrid(GridScope scope) {
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
     * @throws InvalidInput    an unknown action
     * @throws WorkflowRefused the action does not apply now, is not the actor's, or lacks its text
     */
    public Step act(Actor actor, Instant at, String action, String text) {
        String grid = handlingGrid(actor.scope());
        ComplaintTransition t;
        try {
            t = ComplaintWorkflow.check(state, action == null ? "" : action, actor.role(),
                    actor.role() == Role.SUPERVISOR && grid != null, reopened, text);
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("unknown action", List.of(new InputProblem("/action", e.getMessage())));
        }
        boolean accepting = t.action().equals(ComplaintWorkflow.ACCEPT);
        var next = new Complaint(id, submissionKey, channel, category, description, lon, lat, address,
                accepting ? grid : gridCode, nearBoundary, accepting ? List.of() : alsoShownTo, t.to(), receivedAt,
                acceptBy, closeBy, accepting ? at : acceptedAt, t.to() == ComplaintState.CLOSED ? at : closedAt,
                t.action().equals(ComplaintWorkflow.REPLY) ? t.text() : reply, problemCaseId,
                reopened || t.action().equals(ComplaintWorkflow.REOPEN), satisfaction, ratedAt, ratingToken,
                statusToken, complainantName, complainantContact, clientKey, mediaUrl);
        return new Step(t, next, grid);
    }

    /** The complaint once its investigation opened a case. */
    public Complaint withProblemCase(long caseId) {
        return new Complaint(id, submissionKey, channel, category, description, lon, lat, address, gridCode,
                nearBoundary, alsoShownTo, state, receivedAt, acceptBy, closeBy, acceptedAt, closedAt, reply, caseId,
                reopened, satisfaction, ratedAt, ratingToken, statusToken, complainantName, complainantContact,
                clientKey, mediaUrl);
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
                complainantContact, clientKey, mediaUrl);
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

    /** The actions the scope may take on it now; a complaint that opened a case opens no other. */
    public List<String> actionsFor(GridScope scope) {
        if (handlingGrid(scope) == null) {
            return List.of();
        }
        return ComplaintWorkflow.actionsFor(state, scope.role(), scope.role() == Role.SUPERVISOR, reopened).stream()
                .filter(a -> !(a.equals(ComplaintWorkflow.OPEN_CASE) && problemCaseId != null)).toList();
    }
}
