package com.envgrid.core.order;

import com.envgrid.core.access.Role;
import com.envgrid.core.workflow.WorkflowRefused;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static com.envgrid.core.order.OrderState.ACCEPTED;
import static com.envgrid.core.order.OrderState.CLOSED;
import static com.envgrid.core.order.OrderState.ISSUED;
import static com.envgrid.core.order.OrderState.RECTIFYING;
import static com.envgrid.core.order.OrderState.REPORTED;
import static com.envgrid.core.order.OrderWorkflow.ACCEPT;
import static com.envgrid.core.order.OrderWorkflow.REPORT_DONE;
import static com.envgrid.core.order.OrderWorkflow.SEND_BACK;
import static com.envgrid.core.order.OrderWorkflow.START_RECTIFICATION;
import static com.envgrid.core.order.OrderWorkflow.VERIFY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The workflow against the table of the issue, written out again here rather than read from the implementation. */
class OrderWorkflowTest {
    private static final String REASON = "现场复核：扬尘覆盖未到位";

    private record Move(OrderState from, OrderState to, boolean addresseeMay, boolean reasonRequired) {
    }

    private static final Map<String, Move> TABLE = Map.of(
            ACCEPT, new Move(ISSUED, ACCEPTED, true, false),
            START_RECTIFICATION, new Move(ACCEPTED, RECTIFYING, true, false),
            REPORT_DONE, new Move(RECTIFYING, REPORTED, true, false),
            VERIFY, new Move(REPORTED, CLOSED, false, false),
            SEND_BACK, new Move(REPORTED, RECTIFYING, false, true));

    static Stream<Arguments> moves() {
        return TABLE.entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest
    @MethodSource("moves")
    void an_administrator_takes_every_action_from_its_state(String action, Move move) {
        var step = OrderWorkflow.check(move.from(), action, Role.ADMIN, false, false, REASON);
        assertEquals(move.to(), step.to());
        assertEquals(REASON, step.reason());
    }

    @ParameterizedTest
    @MethodSource("moves")
    void every_action_is_refused_from_every_other_state(String action, Move move) {
        for (OrderState other : EnumSet.complementOf(EnumSet.of(move.from()))) {
            var refused = assertThrows(WorkflowRefused.class,
                    () -> OrderWorkflow.check(other, action, Role.ADMIN, true, false, REASON));
            assertEquals(WorkflowRefused.Kind.WRONG_STATE, refused.kind());
            assertTrue(refused.getMessage().contains(other.chineseName()), refused.getMessage());
            assertEquals("order", refused.params().get("subject"));
        }
    }

    @ParameterizedTest
    @MethodSource("moves")
    void the_addressee_rectifies_and_only_administrators_verify_or_send_back(String action, Move move) {
        for (Role role : List.of(Role.CHIEF, Role.SUPERVISOR)) {
            if (move.addresseeMay()) {
                assertEquals(move.to(), OrderWorkflow.check(move.from(), action, role, true, false, null).to());
            } else {
                var refused = assertThrows(WorkflowRefused.class,
                        () -> OrderWorkflow.check(move.from(), action, role, true, false, REASON));
                assertEquals(WorkflowRefused.Kind.NOT_ALLOWED, refused.kind());
            }
            var notAddressed = assertThrows(WorkflowRefused.class,
                    () -> OrderWorkflow.check(move.from(), action, role, false, false, REASON));
            assertEquals(WorkflowRefused.Kind.NOT_ALLOWED, notAddressed.kind());
        }
    }

    @Test
    void whoever_reported_it_done_may_not_verify_it() {
        var refused = assertThrows(WorkflowRefused.class,
                () -> OrderWorkflow.check(REPORTED, VERIFY, Role.ADMIN, false, true, null));
        assertEquals(WorkflowRefused.Kind.NOT_ALLOWED, refused.kind());
        assertTrue(refused.getMessage().contains("reported"), refused.getMessage());
        assertEquals(List.of(SEND_BACK), OrderWorkflow.actionsFor(REPORTED, Role.ADMIN, false, true));
        assertEquals(List.of(VERIFY, SEND_BACK), OrderWorkflow.actionsFor(REPORTED, Role.ADMIN, false, false));
    }

    @Test
    void sending_back_needs_a_reason_which_is_kept_stripped() {
        var refused = assertThrows(WorkflowRefused.class,
                () -> OrderWorkflow.check(REPORTED, SEND_BACK, Role.ADMIN, false, false, "  "));
        assertEquals(WorkflowRefused.Kind.REASON_NEEDED, refused.kind());
        assertEquals("补充照片", OrderWorkflow.check(REPORTED, SEND_BACK, Role.ADMIN, false, false, " 补充照片 ")
                .reason());
        assertEquals(null, OrderWorkflow.check(ISSUED, ACCEPT, Role.CHIEF, true, false, " ").reason());
    }

    @ParameterizedTest
    @EnumSource(OrderState.class)
    void a_viewer_or_someone_not_addressed_is_offered_nothing(OrderState state) {
        assertEquals(List.of(), OrderWorkflow.actionsFor(state, Role.VIEWER, false, false));
        assertEquals(List.of(), OrderWorkflow.actionsFor(state, Role.CHIEF, false, false));
    }

    @Test
    void the_addressee_is_offered_the_next_step_of_the_rectification_and_a_closed_order_offers_nothing() {
        List<String> offered = new ArrayList<>();
        for (OrderState s : List.of(ISSUED, ACCEPTED, RECTIFYING, REPORTED, CLOSED)) {
            offered.addAll(OrderWorkflow.actionsFor(s, Role.SUPERVISOR, true, false));
        }
        assertEquals(List.of(ACCEPT, START_RECTIFICATION, REPORT_DONE), offered);
        assertEquals(List.of(), OrderWorkflow.actionsFor(CLOSED, Role.ADMIN, false, false));
    }

    @Test
    void an_unknown_action_names_the_actions() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> OrderWorkflow.check(ISSUED, "close", Role.ADMIN, false, false, null));
        assertTrue(e.getMessage().contains("accept, start_rectification, report_done, verify, send_back"),
                e.getMessage());
    }
}
