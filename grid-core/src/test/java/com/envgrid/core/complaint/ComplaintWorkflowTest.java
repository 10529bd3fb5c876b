package com.envgrid.core.complaint;

import com.envgrid.core.access.Role;
import com.envgrid.core.workflow.WorkflowRefused;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import static com.envgrid.core.complaint.ComplaintState.ACCEPTED;
import static com.envgrid.core.complaint.ComplaintState.CLOSED;
import static com.envgrid.core.complaint.ComplaintState.INVESTIGATING;
import static com.envgrid.core.complaint.ComplaintState.RECEIVED;
import static com.envgrid.core.complaint.ComplaintState.REPLIED;
import static com.envgrid.core.complaint.ComplaintWorkflow.ACCEPT;
import static com.envgrid.core.complaint.ComplaintWorkflow.CLOSE;
import static com.envgrid.core.complaint.ComplaintWorkflow.INVESTIGATE;
import static com.envgrid.core.complaint.ComplaintWorkflow.OPEN_CASE;
import static com.envgrid.core.complaint.ComplaintWorkflow.REOPEN;
import static com.envgrid.core.complaint.ComplaintWorkflow.REPLY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The workflow against the table of the issue, written out again here rather than read from the implementation. */
class ComplaintWorkflowTest {
    private static final String TEXT = "经现场核查，油烟净化器已清洗并恢复运行";

    private record Move(ComplaintState from, ComplaintState to, boolean gridSupervisorMay, boolean textRequired) {
    }

    private static final Map<String, Move> TABLE = Map.of(
            ACCEPT, new Move(RECEIVED, ACCEPTED, true, false),
            INVESTIGATE, new Move(ACCEPTED, INVESTIGATING, true, false),
            OPEN_CASE, new Move(INVESTIGATING, INVESTIGATING, true, true),
            REPLY, new Move(INVESTIGATING, REPLIED, true, true),
            CLOSE, new Move(REPLIED, CLOSED, false, false),
            REOPEN, new Move(CLOSED, INVESTIGATING, false, true));

    static Stream<Arguments> allowedMoves() {
        List<Arguments> all = new ArrayList<>();
        TABLE.forEach((action, move) -> all.add(Arguments.of(action, move.from(), move.to())));
        return all.stream();
    }

    static Stream<Arguments> movesFromTheWrongState() {
        List<Arguments> all = new ArrayList<>();
        TABLE.forEach((action, move) -> EnumSet.complementOf(EnumSet.of(move.from()))
                .forEach(from -> all.add(Arguments.of(action, from))));
        return all.stream();
    }

    private static WorkflowRefused refused(ComplaintState from, String action, Role role, boolean gridSupervisor,
                                           boolean reopenedBefore, String text) {
        return assertThrows(WorkflowRefused.class,
                () -> ComplaintWorkflow.check(from, action, role, gridSupervisor, reopenedBefore, text));
    }

    @ParameterizedTest(name = "{0} takes a complaint from {1} to {2} for a chief and an admin")
    @MethodSource("allowedMoves")
    void a_chief_or_an_admin_takes_every_allowed_transition(String action, ComplaintState from, ComplaintState to) {
        for (Role role : List.of(Role.CHIEF, Role.ADMIN)) {
            assertEquals(new ComplaintTransition(from, action, to, TEXT),
                    ComplaintWorkflow.check(from, action, role, false, false, TEXT));
        }
    }

    @ParameterizedTest(name = "{0} from {1} is refused as the wrong state")
    @MethodSource("movesFromTheWrongState")
    void every_action_on_a_complaint_in_another_state_is_refused_as_the_wrong_state(String action,
                                                                                    ComplaintState from) {
        WorkflowRefused e = refused(from, action, Role.ADMIN, true, false, TEXT);
        assertEquals(WorkflowRefused.Kind.WRONG_STATE, e.kind());
        assertEquals(from, e.state());
        assertEquals(action, e.action());
        assertTrue(e.getMessage().contains(from.key()) && e.getMessage().contains("'" + action + "'"),
                e.getMessage());
    }

    @ParameterizedTest(name = "{0} from {1}: a supervisor of the grid only where the table says, never another")
    @MethodSource("allowedMoves")
    void a_supervisor_of_the_grid_accepts_investigates_and_replies_but_does_not_close_or_reopen(
            String action, ComplaintState from, ComplaintState to) {
        if (TABLE.get(action).gridSupervisorMay()) {
            assertEquals(to, ComplaintWorkflow.check(from, action, Role.SUPERVISOR, true, false, TEXT).to());
            WorkflowRefused other = refused(from, action, Role.SUPERVISOR, false, false, TEXT);
            assertEquals(WorkflowRefused.Kind.NOT_ALLOWED, other.kind());
            assertTrue(other.getMessage().contains("not one of the grid's"), other.getMessage());
        } else {
            assertEquals(WorkflowRefused.Kind.NOT_ALLOWED,
                    refused(from, action, Role.SUPERVISOR, true, false, TEXT).kind());
        }
        WorkflowRefused viewer = refused(from, action, Role.VIEWER, true, false, TEXT);
        assertEquals(WorkflowRefused.Kind.NOT_ALLOWED, viewer.kind());
        assertTrue(viewer.getMessage().contains("viewer"), viewer.getMessage());
    }

    @Test
    void a_reply_needs_its_text_and_a_reopen_its_reason() {
        for (String missing : new String[]{null, "", "  "}) {
            WorkflowRefused reply = refused(INVESTIGATING, REPLY, Role.SUPERVISOR, true, false, missing);
            assertEquals(WorkflowRefused.Kind.REASON_NEEDED, reply.kind());
            assertTrue(reply.getMessage().contains("text of the reply"), reply.getMessage());
            assertEquals(WorkflowRefused.Kind.REASON_NEEDED,
                    refused(CLOSED, REOPEN, Role.CHIEF, false, false, missing).kind());
        }
        assertEquals(new ComplaintTransition(RECEIVED, ACCEPT, ACCEPTED, null),
                ComplaintWorkflow.check(RECEIVED, ACCEPT, Role.CHIEF, false, false, " "));
        assertEquals("已答复", ComplaintWorkflow.check(INVESTIGATING, REPLY, Role.ADMIN, false, false, " 已答复 ").text());
    }

    @Test
    void a_complaint_is_reopened_once_and_never_twice() {
        assertEquals(INVESTIGATING, ComplaintWorkflow.check(CLOSED, REOPEN, Role.ADMIN, false, false, TEXT).to());
        WorkflowRefused again = refused(CLOSED, REOPEN, Role.ADMIN, false, true, TEXT);
        assertEquals(WorkflowRefused.Kind.WRONG_STATE, again.kind());
        assertTrue(again.getMessage().contains("already been reopened once"), again.getMessage());
        assertEquals(List.of(REOPEN), ComplaintWorkflow.actionsFor(CLOSED, Role.CHIEF, false, false));
        assertEquals(List.of(), ComplaintWorkflow.actionsFor(CLOSED, Role.CHIEF, false, true));
    }

    @Test
    void an_unsatisfied_rating_reopens_a_closed_complaint_the_first_time_only() {
        Optional<ComplaintTransition> reopened = ComplaintWorkflow.onRating(CLOSED, Satisfaction.UNSATISFIED, false);
        assertEquals(CLOSED, reopened.orElseThrow().from());
        assertEquals(REOPEN, reopened.get().action());
        assertEquals(INVESTIGATING, reopened.get().to());
        assertTrue(reopened.get().text().contains("不满意"));
        assertEquals(Optional.empty(), ComplaintWorkflow.onRating(CLOSED, Satisfaction.UNSATISFIED, true));
        assertEquals(Optional.empty(), ComplaintWorkflow.onRating(CLOSED, Satisfaction.SATISFIED, false));
        assertEquals(Optional.empty(), ComplaintWorkflow.onRating(CLOSED, Satisfaction.BASICALLY_SATISFIED, false));
    }

    @Test
    void only_a_closed_complaint_is_rated() {
        for (ComplaintState state : EnumSet.complementOf(EnumSet.of(CLOSED))) {
            WorkflowRefused e = assertThrows(WorkflowRefused.class,
                    () -> ComplaintWorkflow.onRating(state, Satisfaction.UNSATISFIED, false));
            assertEquals(WorkflowRefused.Kind.WRONG_STATE, e.kind());
            assertEquals(ComplaintWorkflow.RATE, e.action());
        }
    }

    @Test
    void the_wrong_state_is_reported_before_the_wrong_role_and_the_role_before_the_text() {
        assertEquals(WorkflowRefused.Kind.WRONG_STATE, refused(RECEIVED, REPLY, Role.VIEWER, false, false, null).kind());
        assertEquals(WorkflowRefused.Kind.NOT_ALLOWED,
                refused(INVESTIGATING, REPLY, Role.SUPERVISOR, false, false, null).kind());
    }

    @Test
    void an_action_the_workflow_does_not_know_is_a_mistake_of_the_caller() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ComplaintWorkflow.check(RECEIVED, "escalate", Role.ADMIN, false, false, null));
        assertTrue(e.getMessage().contains("'escalate'") && e.getMessage().contains("accept"), e.getMessage());
    }

    @Test
    void a_complaint_goes_from_receipt_to_closure_is_reopened_by_its_complainant_and_closed_again() {
        ComplaintState state = RECEIVED;
        state = ComplaintWorkflow.check(state, ACCEPT, Role.SUPERVISOR, true, false, null).to();
        state = ComplaintWorkflow.check(state, INVESTIGATE, Role.SUPERVISOR, true, false, null).to();
        state = ComplaintWorkflow.check(state, REPLY, Role.SUPERVISOR, true, false, TEXT).to();
        state = ComplaintWorkflow.check(state, CLOSE, Role.CHIEF, false, false, null).to();
        state = ComplaintWorkflow.onRating(state, Satisfaction.UNSATISFIED, false).orElseThrow().to();
        assertEquals(INVESTIGATING, state);
        state = ComplaintWorkflow.check(state, REPLY, Role.SUPERVISOR, true, true, "复查：已加装隔音设施").to();
        state = ComplaintWorkflow.check(state, CLOSE, Role.CHIEF, false, true, null).to();
        assertEquals(CLOSED, state);
        assertEquals(Optional.empty(), ComplaintWorkflow.onRating(state, Satisfaction.UNSATISFIED, true));
    }

    @Test
    void the_actions_offered_are_exactly_those_the_workflow_accepts() {
        for (ComplaintState state : ComplaintState.values()) {
            for (Role role : Role.values()) {
                for (boolean supervisor : new boolean[]{false, true}) {
                    for (boolean reopened : new boolean[]{false, true}) {
                        List<String> offered = ComplaintWorkflow.actionsFor(state, role, supervisor, reopened);
                        for (String action : TABLE.keySet()) {
                            boolean accepted;
                            try {
                                ComplaintWorkflow.check(state, action, role, supervisor, reopened, TEXT);
                                accepted = true;
                            } catch (WorkflowRefused e) {
                                accepted = false;
                            }
                            assertEquals(accepted, offered.contains(action), action + " on " + state + " by " + role
                                    + " gridSupervisor=" + supervisor + " reopenedBefore=" + reopened);
                        }
                    }
                }
            }
        }
    }
}
