package com.envgrid.core.problem;

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
import java.util.Set;
import java.util.stream.Stream;

import static com.envgrid.core.problem.CaseState.ASSIGNED;
import static com.envgrid.core.problem.CaseState.AWAITING_VERIFICATION;
import static com.envgrid.core.problem.CaseState.CLOSED;
import static com.envgrid.core.problem.CaseState.OPEN;
import static com.envgrid.core.problem.CaseState.RECTIFYING;
import static com.envgrid.core.problem.CaseState.REJECTED;
import static com.envgrid.core.problem.CaseWorkflow.ASSIGN;
import static com.envgrid.core.problem.CaseWorkflow.REASSIGN;
import static com.envgrid.core.problem.CaseWorkflow.REJECT;
import static com.envgrid.core.problem.CaseWorkflow.REPORT_DONE;
import static com.envgrid.core.problem.CaseWorkflow.SEND_BACK;
import static com.envgrid.core.problem.CaseWorkflow.START_RECTIFICATION;
import static com.envgrid.core.problem.CaseWorkflow.VERIFY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The workflow against the table of the issue, written out again here so that the test does not read the
 * implementation's own table.
 */
class CaseWorkflowTest {
    private static final String REASON = "现场核实：已整改到位前不予办结";

    /** action → the states it applies to and the state it leads to. */
    private record Move(Set<CaseState> from, CaseState to, boolean assigneeMay, boolean reasonRequired) {
    }

    private static final Map<String, Move> TABLE = Map.of(
            ASSIGN, new Move(EnumSet.of(OPEN), ASSIGNED, false, false),
            REASSIGN, new Move(EnumSet.of(ASSIGNED, RECTIFYING), ASSIGNED, false, false),
            START_RECTIFICATION, new Move(EnumSet.of(ASSIGNED), RECTIFYING, true, false),
            REPORT_DONE, new Move(EnumSet.of(RECTIFYING), AWAITING_VERIFICATION, true, false),
            VERIFY, new Move(EnumSet.of(AWAITING_VERIFICATION), CLOSED, false, false),
            SEND_BACK, new Move(EnumSet.of(AWAITING_VERIFICATION), RECTIFYING, false, true),
            REJECT, new Move(EnumSet.of(OPEN, ASSIGNED), REJECTED, false, true));

    static Stream<Arguments> allowedMoves() {
        List<Arguments> all = new ArrayList<>();
        TABLE.forEach((action, move) -> move.from().forEach(from -> all.add(Arguments.of(action, from, move.to()))));
        return all.stream();
    }

    static Stream<Arguments> movesFromTheWrongState() {
        List<Arguments> all = new ArrayList<>();
        TABLE.forEach((action, move) -> EnumSet.complementOf(EnumSet.copyOf(move.from()))
                .forEach(from -> all.add(Arguments.of(action, from))));
        return all.stream();
    }

    private static WorkflowRefused refused(CaseState from, String action, Role role, boolean isAssignee,
                                           boolean reportedItDone, String reason) {
        return assertThrows(WorkflowRefused.class,
                () -> CaseWorkflow.check(from, action, role, isAssignee, reportedItDone, reason));
    }

    @ParameterizedTest(name = "{0} takes a case from {1} to {2} for a chief and an admin")
    @MethodSource("allowedMoves")
    void a_chief_or_an_admin_takes_every_allowed_transition(String action, CaseState from, CaseState to) {
        for (Role role : List.of(Role.CHIEF, Role.ADMIN)) {
            assertEquals(new Transition(from, action, to, REASON),
                    CaseWorkflow.check(from, action, role, false, false, REASON));
        }
    }

    @Test
    void the_assigned_supervisor_starts_the_rectification_and_reports_it_done() {
        assertEquals(RECTIFYING,
                CaseWorkflow.check(ASSIGNED, START_RECTIFICATION, Role.SUPERVISOR, true, false, null).to());
        assertEquals(AWAITING_VERIFICATION,
                CaseWorkflow.check(RECTIFYING, REPORT_DONE, Role.SUPERVISOR, true, false, null).to());
    }

    @ParameterizedTest(name = "{0} is refused on a case that is {1}")
    @MethodSource("movesFromTheWrongState")
    void every_action_on_a_case_in_another_state_is_refused_as_the_wrong_state(String action, CaseState from) {
        WorkflowRefused e = refused(from, action, Role.ADMIN, true, false, REASON);
        assertEquals(WorkflowRefused.Kind.WRONG_STATE, e.kind());
        assertEquals(from, e.state());
        assertEquals(action, e.action());
        assertTrue(e.getMessage().contains(from.key()) && e.getMessage().contains("'" + action + "'"),
                e.getMessage());
    }

    @ParameterizedTest(name = "{0} from {1} is refused to a viewer")
    @MethodSource("allowedMoves")
    void a_viewer_takes_no_action(String action, CaseState from) {
        WorkflowRefused e = refused(from, action, Role.VIEWER, true, false, REASON);
        assertEquals(WorkflowRefused.Kind.NOT_ALLOWED, e.kind());
        assertTrue(e.getMessage().contains("viewer"), e.getMessage());
    }

    @ParameterizedTest(name = "{0} from {1} is refused to a supervisor, assignee or not, where it is not theirs")
    @MethodSource("allowedMoves")
    void a_supervisor_takes_only_the_rectification_steps_of_their_own_cases(String action, CaseState from) {
        if (TABLE.get(action).assigneeMay()) {
            WorkflowRefused e = refused(from, action, Role.SUPERVISOR, false, false, REASON);
            assertEquals(WorkflowRefused.Kind.NOT_ALLOWED, e.kind());
            assertTrue(e.getMessage().contains("not the assignee"), e.getMessage());
        } else {
            for (boolean assignee : new boolean[]{true, false}) {
                assertEquals(WorkflowRefused.Kind.NOT_ALLOWED,
                        refused(from, action, Role.SUPERVISOR, assignee, false, REASON).kind());
            }
        }
    }

    @Test
    void whoever_reported_the_rectification_done_cannot_verify_it() {
        WorkflowRefused e = refused(AWAITING_VERIFICATION, VERIFY, Role.CHIEF, false, true, null);
        assertEquals(WorkflowRefused.Kind.NOT_ALLOWED, e.kind());
        assertTrue(e.getMessage().contains("reported the rectification done"), e.getMessage());
        assertEquals(WorkflowRefused.Kind.NOT_ALLOWED,
                refused(AWAITING_VERIFICATION, VERIFY, Role.ADMIN, true, true, null).kind());
    }

    @Test
    void another_chief_verifies_what_the_reporter_may_only_send_back() {
        assertEquals(CLOSED, CaseWorkflow.check(AWAITING_VERIFICATION, VERIFY, Role.CHIEF, false, false, null).to());
        assertEquals(RECTIFYING,
                CaseWorkflow.check(AWAITING_VERIFICATION, SEND_BACK, Role.CHIEF, false, true, REASON).to());
    }

    @Test
    void sending_back_and_rejecting_need_a_reason() {
        for (String missing : new String[]{null, "", "   "}) {
            WorkflowRefused sendBack = refused(AWAITING_VERIFICATION, SEND_BACK, Role.CHIEF, false, false, missing);
            assertEquals(WorkflowRefused.Kind.REASON_NEEDED, sendBack.kind());
            assertTrue(sendBack.getMessage().contains("needs a reason"), sendBack.getMessage());
            assertEquals(WorkflowRefused.Kind.REASON_NEEDED,
                    refused(OPEN, REJECT, Role.ADMIN, false, false, missing).kind());
            assertEquals(WorkflowRefused.Kind.REASON_NEEDED,
                    refused(ASSIGNED, REJECT, Role.CHIEF, false, false, missing).kind());
        }
    }

    @Test
    void a_reason_is_kept_trimmed_where_optional_and_absent_when_blank() {
        assertEquals(new Transition(OPEN, ASSIGN, ASSIGNED, "就近分派"),
                CaseWorkflow.check(OPEN, ASSIGN, Role.CHIEF, false, false, "  就近分派 "));
        assertEquals(new Transition(OPEN, ASSIGN, ASSIGNED, null),
                CaseWorkflow.check(OPEN, ASSIGN, Role.CHIEF, false, false, " "));
    }

    @Test
    void the_wrong_state_is_reported_before_the_wrong_role_and_the_role_before_the_reason() {
        assertEquals(WorkflowRefused.Kind.WRONG_STATE, refused(CLOSED, REJECT, Role.VIEWER, false, false, null).kind());
        assertEquals(WorkflowRefused.Kind.NOT_ALLOWED, refused(OPEN, REJECT, Role.SUPERVISOR, true, false, null).kind());
    }

    @Test
    void an_action_the_workflow_does_not_know_is_a_mistake_of_the_caller() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CaseWorkflow.check(OPEN, "close", Role.ADMIN, false, false, null));
        assertTrue(e.getMessage().contains("'close'") && e.getMessage().contains("verify"), e.getMessage());
    }

    @Test
    void a_case_goes_from_a_finding_to_closure_with_one_send_back() {
        CaseState state = OPEN;
        state = CaseWorkflow.check(state, ASSIGN, Role.CHIEF, false, false, null).to();
        state = CaseWorkflow.check(state, START_RECTIFICATION, Role.SUPERVISOR, true, false, null).to();
        state = CaseWorkflow.check(state, REPORT_DONE, Role.SUPERVISOR, true, false, "已清理堆放垃圾").to();
        state = CaseWorkflow.check(state, SEND_BACK, Role.CHIEF, false, false, "岸线仍有垃圾").to();
        state = CaseWorkflow.check(state, REPORT_DONE, Role.SUPERVISOR, true, false, null).to();
        state = CaseWorkflow.check(state, VERIFY, Role.CHIEF, false, false, null).to();
        assertEquals(CLOSED, state);
    }

    @Test
    void a_ui_offers_each_person_the_actions_they_may_take() {
        assertEquals(List.of(ASSIGN, REJECT), CaseWorkflow.actionsFor(OPEN, Role.CHIEF, false, false));
        assertEquals(List.of(REASSIGN, START_RECTIFICATION, REJECT),
                CaseWorkflow.actionsFor(ASSIGNED, Role.ADMIN, false, false));
        assertEquals(List.of(START_RECTIFICATION), CaseWorkflow.actionsFor(ASSIGNED, Role.SUPERVISOR, true, false));
        assertEquals(List.of(), CaseWorkflow.actionsFor(ASSIGNED, Role.SUPERVISOR, false, false));
        assertEquals(List.of(SEND_BACK), CaseWorkflow.actionsFor(AWAITING_VERIFICATION, Role.CHIEF, false, true));
        assertEquals(List.of(VERIFY, SEND_BACK),
                CaseWorkflow.actionsFor(AWAITING_VERIFICATION, Role.CHIEF, false, false));
        assertEquals(List.of(), CaseWorkflow.actionsFor(RECTIFYING, Role.VIEWER, false, false));
    }

    @Test
    void the_actions_offered_are_exactly_those_the_workflow_accepts() {
        for (CaseState state : CaseState.values()) {
            for (Role role : Role.values()) {
                for (boolean assignee : new boolean[]{false, true}) {
                    for (boolean reporter : new boolean[]{false, true}) {
                        List<String> offered = CaseWorkflow.actionsFor(state, role, assignee, reporter);
                        for (String action : TABLE.keySet()) {
                            boolean accepted;
                            try {
                                CaseWorkflow.check(state, action, role, assignee, reporter, REASON);
                                accepted = true;
                            } catch (WorkflowRefused e) {
                                accepted = false;
                            }
                            assertEquals(accepted, offered.contains(action),
                                    action + " on " + state + " by " + role + " assignee=" + assignee
                                            + " reporter=" + reporter);
                        }
                    }
                }
            }
        }
    }

    @Test
    void closed_and_rejected_cases_offer_nothing_to_anyone() {
        for (CaseState state : List.of(CLOSED, REJECTED)) {
            assertTrue(state.isFinal());
            for (Role role : Role.values()) {
                assertEquals(List.of(), CaseWorkflow.actionsFor(state, role, true, false));
            }
        }
    }
}
