package com.envgrid.api.people;

import io.micronaut.context.annotation.Context;

/**
 * Refuses to start without a secret to sign login tokens with. The embedded default keeps one in its data
 * directory; with an external database the operator sets {@code ENVGRID_JWT_SECRET} — the same on every instance,
 * so that a token from one is good on the others and a restart signs nobody out. A secret made up at each start
 * would do neither, so there is no such fallback.
 */
@Context
class TokenSecret {
    static final int MIN_LENGTH = 32;

    TokenSecret(JwtSettings settings) {
        String secret = settings.secret();
        if (secret.isBlank()) {
            throw new IllegalStateException("ENVGRID_JWT_SECRET is required with an external database: set it to at"
                    + " least " + MIN_LENGTH + " random characters (e.g. the output of `openssl rand -hex 32`), the"
                    + " same on every instance; it signs the login tokens");
        }
        if (secret.length() < MIN_LENGTH) {
            throw new IllegalStateException("ENVGRID_JWT_SECRET has " + secret.length() + " characters; at least "
                    + MIN_LENGTH + " are needed (e.g. the output of `openssl rand -hex 32`)");
        }
    }
}
