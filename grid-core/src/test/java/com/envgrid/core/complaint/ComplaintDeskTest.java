package com.envgrid.core.complaint;

import com.envgrid.core.access.Actor;
import com.envgrid.core.access.Assignment;
import com.envgrid.core.access.GridScope;
import com.envgrid.core.access.Post;
import com.envgrid.core.access.Role;
import com.envgrid.core.grid.GridLayer;
import com.envgrid.core.grid.location.GridLocator;
import com.envgrid.core.input.InvalidInput;
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

/** The district desk's commands on a complaint: transfer, send back, duplicate, decline — and closing with a case. */
class ComplaintDeskTest {
    /** Towns A and B side by side, each with one community: A1 and B1 meet along x = 10. */
    private static final GridLayer LAYER = GridLayer.of(List.of(
            district(square(0, 0, 20, 10)),
            town("A", square(0, 0, 10, 10)), town("B", square(10, 0, 20, 10)),
            community("A1", "A", square(0, 0, 10, 10)), community("B1", "B", square(10, 0, 20, 10))), true);
    private static final LocalDate RECEIVED_ON = LocalDate.of(2026, 3, 2);
    private static final Instant RECEIVED_AT = Instant.parse("2026-03-02T02:00:00Z");
    private static final Instant LATER = Instant.parse("2026-03-04T03:00:00Z");
    private static final ComplaintDeadlines.Due FROM_TRANSFER =
            new ComplaintDeadlines.Due(LocalDate.of(2026, 3, 5), LocalDate.of(2026, 3, 18));
    private static final String REASON = "污染源位于B镇辖区";
    private static final Actor A1_SUPERVISOR = staff(Role.SUPERVISOR, Post.SUPERVISOR, 1L, "A1");
    private static final Actor B1_SUPERVISOR = staff(Role.SUPERVISOR, Post.SUPERVISOR, 2L, "B1");
    private static final Actor A_CHIEF = staff(Role.CHIEF, Post.CHIEF, 3L, "A");
    private static final Actor DESK = new Actor(4L, "desk", GridScope.everything());

    private static Actor staff(Role role, Post post, long id, String grid) {
        return new Actor(id, "p" + id, GridScope.of(role,
                List.of(new Assignment(id, id, grid, post, RECEIVED_ON.minusYears(1), null)), LAYER));
    }

    /** A noise complaint at (x, 5), numbered {@code id}, routed as {@link Routing} routes it. */
    private static Complaint received(long id, double x) {
        var route = new Routing(LAYER).route(new GridLocator(LAYER).locate(lon(x), lat(5)), lon(x), lat(5))
                .orElseThrow();
        var c = Complaint.receive(new Complaint.Report(null, ComplaintCategory.NOISE, "夜间施工噪声", lon(x), lat(5),
                        null, null), new Complaint.Complainant("张三", "13800000000"), Channel.HOTLINE_12345, route,
                new ComplaintDeadlines.Due(RECEIVED_ON.plusDays(1), RECEIVED_ON.plusDays(7)), RECEIVED_AT, "r" + id,
                "s" + id, null);
        return new Complaint(id, c.submissionKey(), c.channel(), c.category(), c.description(), c.lon(), c.lat(),
                c.address(), c.gridCode(), c.nearBoundary(), c.alsoShownTo(), c.state(), c.receivedAt(), c.acceptBy(),
                c.closeBy(), c.acceptedAt(), c.closedAt(), c.reply(), c.problemCaseId(), c.reopened(),
                c.satisfaction(), c.ratedAt(), c.ratingToken(), c.statusToken(), c.complainantName(),
                c.complainantContact(), c.clientKey(), c.mediaUrl(), c.duplicateOf(), c.declineReason());
    }

    private static Complaint accepted(long id) {
        return received(id, 5).act(A1_SUPERVISOR, LATER, ComplaintWorkflow.ACCEPT, null).next();
    }

    private static WorkflowRefused.Kind refusal(Runnable command) {
        return assertThrows(WorkflowRefused.class, command::run).kind();
    }

    @Test
    void aChiefTransfersAComplaintToAnotherGridsQueueWithFreshDeadlines() {
        var step = accepted(7).transfer(A_CHIEF, LATER, "B1", REASON, FROM_TRANSFER);
        var moved = step.next();
        assertEquals("A1", step.grid());
        assertEquals(new ComplaintTransition(ComplaintState.ACCEPTED, ComplaintWorkflow.TRANSFER,
                ComplaintState.RECEIVED, REASON), step.transition());
        assertEquals("B1", moved.gridCode());
        assertEquals(ComplaintState.RECEIVED, moved.state());
        assertNull(moved.acceptedAt());
        assertEquals(FROM_TRANSFER.acceptBy(), moved.acceptBy());
        assertEquals(FROM_TRANSFER.closeBy(), moved.closeBy());
        assertEquals(RECEIVED_AT, moved.receivedAt());
        assertFalse(moved.visibleTo(A_CHIEF.scope()));
        assertTrue(moved.actionsFor(B1_SUPERVISOR.scope()).contains(ComplaintWorkflow.ACCEPT));
    }

    @Test
    void aTransferNeedsAReasonAChiefOrTheDeskAndAnotherGrid() {
        assertEquals(WorkflowRefused.Kind.REASON_NEEDED,
                refusal(() -> accepted(7).transfer(A_CHIEF, LATER, "B1", " ", FROM_TRANSFER)));
        assertEquals(WorkflowRefused.Kind.NOT_ALLOWED,
                refusal(() -> accepted(7).transfer(A1_SUPERVISOR, LATER, "B1", REASON, FROM_TRANSFER)));
        var same = assertThrows(InvalidInput.class, () -> accepted(7).transfer(DESK, LATER, "A1", REASON,
                FROM_TRANSFER));
        assertEquals("/grid", same.problems().get(0).pointer());
        assertFalse(accepted(7).actionsFor(A1_SUPERVISOR.scope()).contains(ComplaintWorkflow.TRANSFER));
        assertTrue(accepted(7).actionsFor(A_CHIEF.scope()).contains(ComplaintWorkflow.TRANSFER));
    }

    @Test
    void itsGridSendsAComplaintBackToTheDeskWhichTransfersItOn() {
        var step = accepted(7).sendBack(A1_SUPERVISOR, LATER, "不属于生态环境部门职责");
        var returned = step.next();
        assertEquals(ComplaintState.RETURNED, returned.state());
        assertEquals("A1", returned.gridCode());
        assertTrue(returned.visibleTo(A1_SUPERVISOR.scope()), "the grid still sees what it sent back");
        assertEquals(List.of(), returned.actionsFor(A1_SUPERVISOR.scope()));
        assertEquals(List.of(), returned.actionsFor(A_CHIEF.scope()));
        assertEquals(List.of(ComplaintWorkflow.TRANSFER, ComplaintWorkflow.MARK_DUPLICATE, ComplaintWorkflow.DECLINE),
                returned.actionsFor(DESK.scope()));
        var back = returned.transfer(DESK, LATER, "A1", "经核实属A1网格", FROM_TRANSFER).next();
        assertEquals(ComplaintState.RECEIVED, back.state());
        assertEquals("A1", back.gridCode());
    }

    @Test
    void onlyTheGridItIsRoutedToSendsItBackAndTheDeskDoesNot() {
        assertEquals(WorkflowRefused.Kind.NOT_ALLOWED, refusal(() -> accepted(7).sendBack(DESK, LATER, REASON)));
        var nearBoundary = received(8, 9.9);
        assertEquals(List.of("B1"), nearBoundary.alsoShownTo());
        assertEquals(WorkflowRefused.Kind.NOT_ALLOWED, refusal(() -> nearBoundary.sendBack(B1_SUPERVISOR, LATER,
                REASON)));
        assertFalse(nearBoundary.actionsFor(B1_SUPERVISOR.scope()).contains(ComplaintWorkflow.SEND_BACK));
        assertEquals(WorkflowRefused.Kind.REASON_NEEDED,
                refusal(() -> accepted(7).sendBack(A1_SUPERVISOR, LATER, null)));
    }

    @Test
    void aDuplicateLinksToTheOriginalAndEndsWithoutACase() {
        var original = accepted(3);
        var duplicate = received(7, 5).markDuplicate(A1_SUPERVISOR, LATER, original, null).next();
        assertEquals(ComplaintState.DUPLICATE, duplicate.state());
        assertEquals(3L, duplicate.duplicateOf());
        assertEquals(LATER, duplicate.closedAt());
        assertNull(duplicate.problemCaseId());
        assertTrue(duplicate.state().ended());
        assertFalse(duplicate.overdueOn(duplicate.closeBy().plusDays(30)));
        assertEquals(List.of(), duplicate.actionsFor(A_CHIEF.scope()));
        assertEquals("closed", Open311.status(duplicate.state()));
    }

    @Test
    void aComplaintIsNoDuplicateOfItselfOfADuplicateOrOnceItOpenedACase() {
        var c = received(7, 5);
        assertEquals("/duplicate_of", assertThrows(InvalidInput.class,
                () -> c.markDuplicate(A_CHIEF, LATER, c, null)).problems().get(0).pointer());
        var duplicate = received(3, 5).markDuplicate(A_CHIEF, LATER, accepted(2), null).next();
        var e = assertThrows(InvalidInput.class, () -> c.markDuplicate(A_CHIEF, LATER, duplicate, null));
        assertTrue(e.problems().get(0).message().contains("duplicate of 2"), e.problems().get(0).message());
        var investigating = accepted(7).act(A1_SUPERVISOR, LATER, ComplaintWorkflow.INVESTIGATE, null).next()
                .withProblemCase(11L);
        assertEquals(WorkflowRefused.Kind.WRONG_STATE,
                refusal(() -> investigating.markDuplicate(A_CHIEF, LATER, accepted(2), null)));
        assertEquals(WorkflowRefused.Kind.WRONG_STATE,
                refusal(() -> investigating.transfer(A_CHIEF, LATER, "B1", REASON, FROM_TRANSFER)));
        assertFalse(investigating.actionsFor(A_CHIEF.scope()).contains(ComplaintWorkflow.MARK_DUPLICATE));
    }

    @Test
    void aDeclineIsFinalWithTheReasonTheComplainantIsShown() {
        var declined = received(7, 5).decline(A_CHIEF, LATER, " 属民事纠纷，请通过司法途径解决 ").next();
        assertEquals(ComplaintState.DECLINED, declined.state());
        assertEquals("属民事纠纷，请通过司法途径解决", declined.declineReason());
        assertEquals(LATER, declined.closedAt());
        assertEquals(List.of(), declined.actionsFor(DESK.scope()));
        assertEquals(WorkflowRefused.Kind.WRONG_STATE, refusal(() -> declined.rate(Satisfaction.UNSATISFIED, LATER)));
        assertEquals(WorkflowRefused.Kind.WRONG_STATE,
                refusal(() -> declined.transfer(DESK, LATER, "B1", REASON, FROM_TRANSFER)));
    }

    @Test
    void onlyAChiefOrTheDeskDeclinesWithAReasonBeforeAcceptance() {
        assertEquals(WorkflowRefused.Kind.NOT_ALLOWED, refusal(() -> received(7, 5).decline(A1_SUPERVISOR, LATER,
                REASON)));
        assertEquals(WorkflowRefused.Kind.REASON_NEEDED, refusal(() -> received(7, 5).decline(A_CHIEF, LATER, "")));
        assertEquals(WorkflowRefused.Kind.WRONG_STATE, refusal(() -> accepted(7).decline(A_CHIEF, LATER, REASON)));
        var returned = accepted(7).sendBack(A1_SUPERVISOR, LATER, REASON).next();
        assertEquals(ComplaintState.DECLINED, returned.decline(DESK, LATER, REASON).next().state());
    }

    @Test
    void aComplaintWhoseCaseIsOpenClosesOnlyWithAReason() {
        var replied = accepted(7).act(A1_SUPERVISOR, LATER, ComplaintWorkflow.INVESTIGATE, null).next()
                .withProblemCase(11L).act(A1_SUPERVISOR, LATER, ComplaintWorkflow.REPLY, "已立案整改").next();
        var blocked = assertThrows(WorkflowRefused.class,
                () -> replied.act(A_CHIEF, LATER, ComplaintWorkflow.CLOSE, null, true));
        assertEquals(WorkflowRefused.Kind.BLOCKED, blocked.kind());
        assertTrue(blocked.getMessage().contains("problem case 11 is still open"), blocked.getMessage());
        var closed = replied.act(A_CHIEF, LATER, ComplaintWorkflow.CLOSE, "整改期限较长，已答复投诉人", true);
        assertEquals(ComplaintState.CLOSED, closed.next().state());
        assertEquals("整改期限较长，已答复投诉人", closed.transition().text());
        assertEquals(ComplaintState.CLOSED,
                replied.act(A_CHIEF, LATER, ComplaintWorkflow.CLOSE, null, false).next().state());
    }

    @Test
    void theDesksCommandsAreNotPlainActions() {
        var e = assertThrows(InvalidInput.class,
                () -> received(7, 5).act(A_CHIEF, LATER, ComplaintWorkflow.TRANSFER, REASON));
        assertEquals("/action", e.problems().get(0).pointer());
    }
}
