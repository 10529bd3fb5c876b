package com.envgrid.core.access;

import java.util.random.RandomGenerator;

/**
 * A password the platform chooses for a new or reset account, to be read off a sheet and typed once: three groups of
 * four letters and digits joined by hyphens ({@code Kp7m-h3Tq-x9Rw}), from an alphabet without the characters people
 * confuse on paper (0 O o, 1 l I i). Twelve characters from 55 give about 69 bits: far beyond guessing through the
 * login's lockout, and the person replaces it at first sign-in anyway.
 */
public final class InitialPassword {
    static final String ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final int GROUPS = 3;
    private static final int GROUP_LENGTH = 4;

    private InitialPassword() {
    }

    /** A new password drawn from {@code random}, which must be a cryptographically strong generator in production. */
    public static String next(RandomGenerator random) {
        StringBuilder password = new StringBuilder(GROUPS * (GROUP_LENGTH + 1));
        for (int g = 0; g < GROUPS; g++) {
            if (g > 0) {
                password.append('-');
            }
            for (int i = 0; i < GROUP_LENGTH; i++) {
                password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
        }
        return password.toString();
    }
}
