package com.envgrid.core.complaint;

import com.envgrid.core.access.Actor;
import com.envgrid.core.access.Assignment;
import com.envgrid.core.access.Post;
import com.envgrid.core.access.GridScope;
import com.envgrid.core.access.Role;
import com.envgrid.core.grid.GridLayer;
import com.envgrid.core.grid.location.GridLocator;
import com.envgrid.core.problem.Escalation;
import com.envgrid.core.workflow.WorkflowRefused;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static com.envgrid.core.grid.GridFixture.community;
import static com.envgrid.core.grid.GridFixture.district;
import static com.envgrid.core.grid.GridFixture.lat;
import static com.envgrid.core.grid.GridFixture.lon;
import static com.envgrid.core.grid.GridFixture.square;
import static com.envgrid.core.grid.GridFixture.town;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A complaint from receipt to rating, as the grids' staff and the complainant take it. */
class ComplaintTest {
    /** Towns A and B side by side, each with one community: A1 and B1 meet along x = 10. */
    private static final GridLayer LAYER = GridLayer.of(List.of(
            district(square(0, 0, 20, 10)),
            town("A", square(0, 0, 10, 10)), town("B", square(10, 0, 20, 10)),
            community("A1", "A", square(0, 0, 10, 10)), community("B1", "B", square(10, 0, 20, 10))), true);
    private static final LocalDate RECEIVED_ON = LocalDate.of(2026, 3, 2);
    private static final Instant RECEIVED_AT = Instant.parse("2026-03-02T02:00:00Z");
    private static final Instant LATER = Instant.parse("2026-03-03T03:00:00Z");
    private static final Actor A1_SUPERVISOR = supervisor(1L, "A1");
    private static final Actor B1_SUPERVISOR = supervisor(2L, "B1");
    private static final Actor A_CHIEF = new Actor(3L, "chief", GridScope.of(Role.CHIEF,
            List.of(new Assignment(3L, 3L, "A", Post.CHIEF, RECEIVED_ON.minusYears(1), null)), LAYER));

    private static Actor supervisor(long id, String grid) {
        return new Actor(id, "s" + id, GridScope.of(Role.SUPERVISOR,
                List.of(new Assignment(id, id, grid, Post.SUPERVISOR, RECEIVED_ON.minusYears(1), null)), LAYER));
    }

    /** A smell complaint at (x, 5), routed as {@link Routing} routes it. */
    private static Complaint received(double x) {
        var route = new Routing(LAYER).route(new GridLocator(LAYER).locate(lon(x), lat(5)), lon(x), lat(5))
                .orElseThrow();
        var due = new ComplaintDeadlines.Due(RECEIVED_ON.plusDays(1), RECEIVED_ON.plusDays(15));
        var c = Complaint.receive(new Complaint.Report(null, ComplaintCategory.ODOUR, "夜间异味", lon(x), lat(5), null,
                        null), new Complaint.Complainant(null, null), Channel.WEB, route, due, RECEIVED_AT, "r", "s",
                "client");
        return withId(c);
    }

    private static Complaint withId(Complaint c) {
        return new Complaint(7L, c.submissionKey(), c.channel(), c.category(), c.description(), c.lon(), c.lat(),
                c.address(), c.gridCode(), c.nearBoundary(), c.alsoShownTo(), c.state(), c.receivedAt(), c.acceptBy(),
                c.closeBy(), c.acceptedAt(), c.closedAt(), c.reply(), c.problemCaseId(), c.reopened(),
                c.satisfaction(), c.ratedAt(), c.ratingToken(), c.statusToken(), c.complainantName(),
                c.complainantContact(), c.clientKey(), c.mediaUrl(), c.duplicateOf(), c.declineReason());
    }

    private static Complaint closed() {
        var c = received(5).act(A1_SUPERVISOR, LATER, ComplaintWorkflow.ACCEPT, null).next();
        c = c.act(A1_SUPERVISOR, LATER, ComplaintWorkflow.INVESTIGATE, null).next();
        c = c.act(A1_SUPERVISOR, LATER, ComplaintWorkflow.REPLY, "已责令整改").next();
        return c.act(A_CHIEF, LATER, ComplaintWorkflow.CLOSE, null).next();
    }

    @Test
    void aComplaintGoesToTheGridContainingIt() {
        var c = received(5);
        assertEquals("A1", c.gridCode());
        assertFalse(c.nearBoundary());
        assertEquals(ComplaintState.RECEIVED, c.state());
        assertFalse(c.visibleTo(B1_SUPERVISOR.scope()));
        assertNull(c.handlingGrid(B1_SUPERVISOR.scope()));
    }

    @Test
    void aNeighbourWhoAcceptsAComplaintNearTheBoundaryTakesItIntoTheirGrid() {
        var c = received(9.9);
        assertEquals("A1", c.gridCode());
        assertEquals(List.of("B1"), c.alsoShownTo());
        assertTrue(c.visibleTo(B1_SUPERVISOR.scope()));
        var accepted = c.act(B1_SUPERVISOR, LATER, ComplaintWorkflow.ACCEPT, null);
        assertEquals("B1", accepted.grid());
        assertEquals("B1", accepted.next().gridCode());
        assertEquals(List.of(), accepted.next().alsoShownTo());
        assertEquals(LATER, accepted.next().acceptedAt());
        assertFalse(accepted.next().visibleTo(A1_SUPERVISOR.scope()));
    }

    @Test
    void aComplaintEscalatesByTheDeadlineItWaitsOn() {
        var policy = new Escalation(0, 3);
        var c = received(5);
        assertEquals(Escalation.Level.CHIEF, c.escalation(policy, c.acceptBy().plusDays(1)));
        assertTrue(c.overdueOn(c.acceptBy().plusDays(1)));
        var accepted = c.act(A1_SUPERVISOR, LATER, ComplaintWorkflow.ACCEPT, null).next();
        assertEquals(Escalation.Level.SUPERVISOR, accepted.escalation(policy, c.acceptBy().plusDays(1)));
        assertEquals(Escalation.Level.DISTRICT, accepted.escalation(policy, c.closeBy().plusDays(4)));
        assertEquals(Escalation.Level.SUPERVISOR, closed().escalation(policy, c.closeBy().plusDays(4)));
    }

    @Test
    void anUnsatisfiedRatingReopensAComplaintOnce() {
        var rated = closed().rate(Satisfaction.UNSATISFIED, LATER.plusSeconds(60));
        assertTrue(rated.reopen().isPresent());
        var reopened = rated.next();
        assertEquals(ComplaintState.INVESTIGATING, reopened.state());
        assertTrue(reopened.reopened());
        assertNull(reopened.closedAt());
        assertFalse(reopened.ratedSinceClosed());

        var repliedAgain = reopened.act(A1_SUPERVISOR, LATER.plusSeconds(90), ComplaintWorkflow.REPLY, "已再次核查")
                .next();
        var closedAgain = repliedAgain.act(A_CHIEF, LATER.plusSeconds(120), ComplaintWorkflow.CLOSE, null).next();
        var second = closedAgain.rate(Satisfaction.UNSATISFIED, LATER.plusSeconds(180));
        assertTrue(second.reopen().isEmpty());
        assertEquals(ComplaintState.CLOSED, second.next().state());
        assertTrue(second.next().ratedSinceClosed());
    }

    @Test
    void onlyAClosedComplaintIsRated() {
        assertThrows(WorkflowRefused.class, () -> received(5).rate(Satisfaction.SATISFIED, LATER));
    }

    @Test
    void aComplaintThatOpenedACaseOffersNoOtherCase() {
        var investigating = received(5).act(A1_SUPERVISOR, LATER, ComplaintWorkflow.ACCEPT, null).next()
                .act(A1_SUPERVISOR, LATER, ComplaintWorkflow.INVESTIGATE, null).next();
        assertTrue(investigating.actionsFor(A1_SUPERVISOR.scope()).contains(ComplaintWorkflow.OPEN_CASE));
        assertFalse(investigating.withProblemCase(11L).actionsFor(A1_SUPERVISOR.scope())
                .contains(ComplaintWorkflow.OPEN_CASE));
        assertEquals(List.of(), investigating.actionsFor(B1_SUPERVISOR.scope()));
    }
}
