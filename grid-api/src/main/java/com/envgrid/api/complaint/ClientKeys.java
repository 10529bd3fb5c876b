package com.envgrid.api.complaint;

import com.envgrid.api.shared.ClientAddresses;
import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * A key per submitting client for the intake's rate limit: a salted hash of its address, so that no address is
 * stored. The salt is made at each start; limits are per hour, so a restart forgives at most one hour's count.
 */
@Singleton
class ClientKeys {
    private final byte[] salt = new byte[16];
    private final ClientAddresses addresses;

    ClientKeys(ClientAddresses addresses) {
        this.addresses = addresses;
        new SecureRandom().nextBytes(salt);
    }

    String of(HttpRequest<?> request) {
        String address = addresses.of(request);
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(salt);
            return HexFormat.of().formatHex(digest.digest(address.getBytes(StandardCharsets.UTF_8))).substring(0, 32);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
