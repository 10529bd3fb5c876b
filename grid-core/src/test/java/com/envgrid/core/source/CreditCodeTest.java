package com.envgrid.core.source;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CreditCodeTest {
    private static String problem(String code) {
        return CreditCode.problem(code).orElseThrow(() -> new AssertionError(code + " should be invalid"));
    }

    @Test
    void published_codes_are_valid() {
        assertTrue(CreditCode.isValid("91350100M000100Y43"), "the example of GB 32100-2015");
        assertTrue(CreditCode.isValid("91110000600037341L"));
        assertEquals("91350100M000100Y43", CreditCode.withCheckCharacter("91350100M000100Y4"));
        assertEquals("91110000600037341L", CreditCode.withCheckCharacter("91110000600037341"));
    }

    @Test
    void codes_are_read_trimmed_in_any_case_and_full_width() {
        assertTrue(CreditCode.isValid("  91110000600037341l "));
        assertTrue(CreditCode.isValid("９１１１００００６０００３７３４１Ｌ"));
        assertEquals("91110000600037341L", CreditCode.normalise(" ９１１１００００６０００３７３４１ｌ"));
    }

    @Test
    void a_code_of_the_wrong_length_says_its_length() {
        assertTrue(problem("91350100M000100Y4").contains("this one has 17"));
        assertTrue(problem("91350100M000100Y433").contains("this one has 19"));
        assertTrue(problem("  ").contains("empty"));
        assertTrue(problem(null).contains("empty"));
    }

    @Test
    void the_letters_i_o_s_v_z_are_refused_with_their_position() {
        for (char letter : "IOSVZ".toCharArray()) {
            String code = "91350100" + letter + "000100Y43";
            String problem = problem(code);
            assertTrue(problem.contains("'" + letter + "' at position 9"), problem);
        }
        assertTrue(problem("9135010-M000100Y43").contains("'-' at position 8"));
    }

    @Test
    void the_division_code_must_be_digits() {
        String code = CreditCode.withCheckCharacter("913A0100M000100Y4");
        assertTrue(problem(code).contains("position 4 is 'A'"), problem(code));
    }

    @Test
    void a_wrong_check_character_gives_the_expected_one() {
        assertTrue(problem("91350100M000100Y44").contains("is '4' but should be '3'"));
        assertTrue(problem("91110000600037341K").contains("should be 'L'"));
        assertTrue(problem("91110000600037431L").contains("should be"), "two digits swapped");
    }

    @Test
    void a_check_value_of_31_is_written_0() {
        // the weighted sum of these 17 characters is a multiple of 31
        assertEquals("913202140000000040", CreditCode.withCheckCharacter("91320214000000004"));
        assertTrue(CreditCode.isValid("913202140000000040"));
    }

    @Test
    void with_check_character_refuses_what_is_not_17_code_characters() {
        assertThrows(IllegalArgumentException.class, () -> CreditCode.withCheckCharacter("9135010"));
        assertThrows(IllegalArgumentException.class, () -> CreditCode.withCheckCharacter("91350100I000100Y4"));
        assertFalse(CreditCode.isValid("91350100M000100Y4"));
    }
}
