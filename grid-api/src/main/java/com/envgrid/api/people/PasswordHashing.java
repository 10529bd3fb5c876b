package com.envgrid.api.people;

import at.favre.lib.crypto.bcrypt.BCrypt;
import jakarta.inject.Singleton;

import java.nio.charset.StandardCharsets;

/** bcrypt (cost 11): the password never leaves this class in any other form than its salted hash. */
@Singleton
class PasswordHashing {
    private static final int COST = 11;
    /** Verified against when the username is unknown, so that a wrong username costs as long as a wrong password. */
    private final String decoy = hash("decoy-password-never-used");

    String hash(String password) {
        return BCrypt.withDefaults().hashToString(COST, password.toCharArray());
    }

    boolean matches(String password, String hash) {
        return BCrypt.verifyer().verify(password.getBytes(StandardCharsets.UTF_8),
                hash.getBytes(StandardCharsets.UTF_8)).verified;
    }

    void spendTimeOnUnknownUser(String password) {
        matches(password, decoy);
    }
}
