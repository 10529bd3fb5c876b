package com.envgrid.core.notification;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EmailAddressTest {
    @Test
    void an_ordinary_address_is_one_and_its_domain_is_lower_cased() {
        assertTrue(EmailAddress.isValid("wang.li+env@Example.COM.cn"));
        assertEquals(Optional.of("Wang@example.cn"), EmailAddress.parse(" Wang@EXAMPLE.cn "));
    }

    @Test
    void phone_numbers_names_and_half_addresses_are_not() {
        assertFalse(EmailAddress.isValid("13800000000"));
        assertFalse(EmailAddress.isValid("wang@localhost"));
        assertFalse(EmailAddress.isValid("wang@@example.cn"));
        assertFalse(EmailAddress.isValid("王先生 wang@example.cn"));
        assertFalse(EmailAddress.isValid(null));
        assertFalse(EmailAddress.isValid("a".repeat(250) + "@example.cn"));
    }

    @Test
    void an_address_is_found_in_a_contact_written_freely() {
        assertEquals(Optional.of("wang@example.cn"), EmailAddress.findIn("王先生 13800000000，邮箱wang@example.cn。"));
        assertEquals(Optional.empty(), EmailAddress.findIn("王先生 13800000000"));
        assertEquals(Optional.empty(), EmailAddress.findIn(null));
    }
}
