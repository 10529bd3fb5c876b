package com.envgrid.core.input;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FreeTextTest {
    @Test
    void tabs_line_breaks_and_any_printable_text_are_taken_in() {
        assertTrue(FreeText.problem("第一行\r\n\t第二行 ✓ 🚯").isEmpty());
        assertTrue(FreeText.problem("").isEmpty());
        assertTrue(FreeText.problem(null).isEmpty());
        assertTrue(FreeText.problem("x".repeat(FreeText.MAX_CHARS)).isEmpty());
    }

    @Test
    void a_nul_or_another_control_character_is_refused_with_its_position() {
        assertEquals("control character U+0000 at position 1: text may hold tabs and line breaks but no other control"
                + " characters", FreeText.problem("a\u0000b").orElseThrow());
        assertTrue(FreeText.problem("\u001b[31m").orElseThrow().startsWith("control character U+001B at position 0"));
        assertTrue(FreeText.problem("a\u007f").isPresent());
        assertTrue(FreeText.problem("a\u0085").isPresent());
    }

    @Test
    void a_text_over_the_bound_is_refused_with_its_length() {
        assertEquals("a text has at most 4,000 characters; this one has 4,001",
                FreeText.problem("x".repeat(FreeText.MAX_CHARS + 1)).orElseThrow());
    }

    @Test
    void a_name_over_its_bound_is_refused_where_it_is() {
        assertEquals("/name", FreeText.tooLongName("/name", "x".repeat(101)).orElseThrow().pointer());
        assertTrue(FreeText.tooLongName("/name", "x".repeat(100)).isEmpty());
    }
}
