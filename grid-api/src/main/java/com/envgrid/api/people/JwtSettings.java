package com.envgrid.api.people;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;

/** {@code envgrid.jwt}: the secret login tokens are signed with; none stated is blank (see {@link TokenSecret}). */
@ConfigurationProperties("envgrid.jwt")
record JwtSettings(@Nullable String secret) {
    JwtSettings {
        secret = secret == null ? "" : secret;
    }
}
