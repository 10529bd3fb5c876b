package com.envgrid.core.grid;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DivisionCodeTest {
    @Test
    void the_digits_of_a_division_code_give_its_level() {
        assertEquals(Optional.of(GridLevel.DISTRICT), DivisionCode.levelOf("320214"));
        assertEquals(Optional.of(GridLevel.STREET), DivisionCode.levelOf("320214001"));
        assertEquals(Optional.of(GridLevel.TOWN), DivisionCode.levelOf("320214101"));
        assertEquals(Optional.of(GridLevel.TOWN), DivisionCode.levelOf("320214201"));
        assertEquals(Optional.of(GridLevel.PARK), DivisionCode.levelOf("320214400"));
        assertEquals(Optional.of(GridLevel.COMMUNITY), DivisionCode.levelOf("320214001002"));
        assertEquals(Optional.of(GridLevel.VILLAGE), DivisionCode.levelOf("320214101201"));
    }

    @Test
    void codes_that_are_not_districts_or_below_give_no_level() {
        for (String code : new String[]{"320200", "320000", "320214000", "320214700", "320214001000",
                "320214001500", "SQ-1", "32021", "3202140011", null}) {
            assertEquals(Optional.empty(), DivisionCode.levelOf(code), code);
        }
    }

    @Test
    void a_city_code_ends_in_00_and_a_district_lies_in_the_city_of_its_first_four_digits() {
        assertTrue(DivisionCode.isCity("320200"));
        assertFalse(DivisionCode.isCity("320000"));
        assertFalse(DivisionCode.isCity("320214"));
        assertFalse(DivisionCode.isCity("32020"));
        assertFalse(DivisionCode.isCity("９２０２００"));
        assertEquals(Optional.of("320200"), DivisionCode.cityOf("320214"));
        assertEquals(Optional.empty(), DivisionCode.cityOf("320200"));
    }
}
