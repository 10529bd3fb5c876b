package com.envgrid.api.shared;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;

import java.util.List;

/** {@code envgrid.web.image-origins}: where the pages may load images from besides this server (see {@link SecurityHeaders}). */
@ConfigurationProperties("envgrid.web")
record WebSettings(@Nullable List<String> imageOrigins) {
    WebSettings {
        imageOrigins = imageOrigins == null ? List.of() : imageOrigins;
    }
}
