package com.envgrid.api.people;

import at.favre.lib.crypto.bcrypt.BCrypt;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.exceptions.ConfigurationException;
import jakarta.inject.Singleton;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * bcrypt (cost 11, {@code ENVGRID_PASSWORDS_BCRYPT_COST}): the password never leaves this class in any other form
 * than its salted hash. Each step of the cost doubles the work of every hash and every check.
 */
@Singleton
class PasswordHashing {
    static final String DEFAULT_COST = "11";
    /** bcrypt reads no further: a longer password would be cut silently, so none is set. */
    static final int MAX_BYTES = 72;
    /** The costs bcrypt accepts. */
    private static final int MIN_COST = 4;
    private static final int MAX_COST = 31;
    /** Verified against when the username is unknown, so that a wrong username costs as long as a wrong password. */
    private final int cost;
    private final String decoy;

    PasswordHashing(@Value("${envgrid.passwords.bcrypt-cost:" + DEFAULT_COST + "}") int cost) {
        if (cost < MIN_COST || cost > MAX_COST) {
            throw new ConfigurationException("envgrid.passwords.bcrypt-cost (ENVGRID_PASSWORDS_BCRYPT_COST) is " + cost
                    + ": bcrypt takes a cost from " + MIN_COST + " to " + MAX_COST + " (the default is " + DEFAULT_COST
                    + "; each step doubles the time of every sign-in)");
        }
        this.cost = cost;
        this.decoy = hash("decoy-password-never-used");
    }

    String hash(String password) {
        return BCrypt.withDefaults().hashToString(cost, password.toCharArray());
    }

    /** Whether bcrypt can take the password whole. */
    static boolean fits(String password) {
        return password.getBytes(StandardCharsets.UTF_8).length <= MAX_BYTES;
    }

    boolean matches(String password, String hash) {
        byte[] bytes = password.getBytes(StandardCharsets.UTF_8);
        // no password set is longer; its prefix is verified all the same, so that the answer takes as long
        boolean fits = bytes.length <= MAX_BYTES;
        return BCrypt.verifyer().verify(fits ? bytes : Arrays.copyOf(bytes, MAX_BYTES),
                hash.getBytes(StandardCharsets.UTF_8)).verified && fits;
    }

    void spendTimeOnUnknownUser(String password) {
        matches(password, decoy);
    }
}
