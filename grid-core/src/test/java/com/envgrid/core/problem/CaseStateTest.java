package com.envgrid.core.problem;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CaseStateTest {
    @Test
    void states_carry_their_chinese_names() {
        assertEquals(List.of("待分派", "已分派", "整改中", "待复核", "已办结", "已驳回"),
                List.of(CaseState.values()).stream().map(CaseState::chineseName).toList());
    }

    @Test
    void a_state_is_read_in_english_or_chinese() {
        assertEquals(Optional.of(CaseState.AWAITING_VERIFICATION), CaseState.parse("awaiting_verification"));
        assertEquals(Optional.of(CaseState.RECTIFYING), CaseState.parse(" 整改中 "));
        assertEquals(Optional.empty(), CaseState.parse("done"));
        assertEquals(Optional.empty(), CaseState.parse(null));
    }

    @Test
    void only_closed_and_rejected_are_final() {
        assertEquals(List.of(CaseState.CLOSED, CaseState.REJECTED),
                List.of(CaseState.values()).stream().filter(CaseState::isFinal).toList());
    }
}
