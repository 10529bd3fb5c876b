package com.envgrid.api.shared;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;

import java.util.List;

/** {@code envgrid.clients.trusted-proxies}: the proxies whose X-Forwarded-For names the client (see {@link ClientAddresses}). */
@ConfigurationProperties("envgrid.clients")
record ClientSettings(@Nullable List<String> trustedProxies) {
    ClientSettings {
        trustedProxies = trustedProxies == null ? List.of() : trustedProxies;
    }
}
