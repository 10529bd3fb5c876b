package com.envgrid.core.access;

import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InitialPasswordTest {

    @Test
    void three_groups_of_four_characters_nobody_misreads() {
        String password = InitialPassword.next(new SplittableRandom(7));
        assertTrue(password.matches("[a-zA-Z2-9]{4}-[a-zA-Z2-9]{4}-[a-zA-Z2-9]{4}"), password);
        assertTrue(password.chars().noneMatch(c -> "0Oo1lIi".indexOf(c) >= 0), password);
    }

    @Test
    void every_character_of_the_alphabet_is_drawn_and_no_two_passwords_meet() {
        SecureRandom random = new SecureRandom();
        Set<String> passwords = new HashSet<>();
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < 2_000; i++) {
            String password = InitialPassword.next(random);
            passwords.add(password);
            password.replace("-", "").chars().forEach(seen::add);
        }
        assertEquals(2_000, passwords.size());
        assertEquals(InitialPassword.ALPHABET.length(), seen.size());
    }
}
