package com.envgrid.core.complaint;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PublicProgressTest {

    @Test
    void the_public_sees_the_steps_that_answer_them() {
        assertEquals(List.of("received", "accepted", "investigating", "replied", "closed", "reopened", "rated"),
                List.of("receive", "accept", "investigate", "reply", "close", "reopen", "rate").stream()
                        .map(a -> PublicProgress.step(a).orElseThrow()).toList());
    }

    @Test
    void opening_a_case_and_unknown_actions_stay_the_staffs() {
        assertEquals(Optional.empty(), PublicProgress.step("open_case"));
        assertEquals(Optional.empty(), PublicProgress.step("a_future_internal_action"));
    }
}
