package com.envgrid.api.complaint;

import com.envgrid.api.shared.ClientAddresses;
import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

/**
 * A key per submitting client for the intake's rate limits and for the photos it sent: a keyed hash (HMAC-SHA256) of
 * its address, so that no address is stored. The key is derived from the login tokens' secret, which every node of
 * a deployment shares and the database does not hold: a client has the same key on every node (its allowance is
 * counted once, its photos are its own wherever it files), and the stored keys cannot be turned back into
 * addresses by hashing all of them without that secret.
 */
@Singleton
class ClientKeys {
    private static final String PURPOSE = "envgrid client key";
    private final ClientAddresses addresses;
    private final SecretKeySpec key;

    ClientKeys(ClientAddresses addresses, @Property(name = "envgrid.jwt.secret") String tokenSecret) {
        this.addresses = addresses;
        this.key = new SecretKeySpec(hmac(new SecretKeySpec(tokenSecret.getBytes(StandardCharsets.UTF_8),
                "HmacSHA256"), PURPOSE), "HmacSHA256");
    }

    String of(HttpRequest<?> request) {
        return HexFormat.of().formatHex(hmac(key, addresses.of(request))).substring(0, 32);
    }

    private static byte[] hmac(SecretKeySpec key, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
