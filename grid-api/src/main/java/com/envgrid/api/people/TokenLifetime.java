package com.envgrid.api.people;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.security.token.Claims;
import io.micronaut.security.token.jwt.validator.GenericJwtClaimsValidator;
import jakarta.inject.Singleton;

/**
 * A token without an expiry is refused: Micronaut's own expiry check passes a token that has no {@code exp} at all,
 * and such a token — signed with the right secret by whatever made it — would never stop working.
 */
@Singleton
class TokenLifetime<T> implements GenericJwtClaimsValidator<T> {
    @Override
    public boolean validate(Claims claims, @Nullable T request) {
        return claims.contains(Claims.EXPIRATION_TIME);
    }
}
