package com.envgrid.api.shared;

import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Filter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

import java.util.List;
import java.util.stream.Stream;

/**
 * Headers on every answer that keep the pages' content their own: scripts, styles and data only from this
 * server (the pages have no inline script or style, so an injected one does not run), images also as data:/blob:
 * (photo previews), from the origins features ask for ({@link ImageOrigins}: a configured basemap's tile server) and
 * from those configured ({@code ENVGRID_WEB_IMAGE_ORIGINS}), no framing (no
 * click-jacking), no MIME sniffing, and no Referer — links such as a complaint's rating link carry tokens.
 */
@ServerFilter(Filter.MATCH_ALL_PATTERN)
class SecurityHeaders {
    private final String contentSecurityPolicy;

    SecurityHeaders(WebSettings settings, List<ImageOrigins> features) {
        String images = String.join(" ", Stream.concat(features.stream().flatMap(f -> f.imageOrigins().stream()),
                settings.imageOrigins().stream()).map(String::strip).filter(o -> !o.isEmpty()).distinct().toList());
        this.contentSecurityPolicy = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:"
                + (images.isEmpty() ? "" : " " + images)
                + "; connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self';"
                + " frame-ancestors 'none'";
    }

    @ResponseFilter
    void addTo(MutableHttpResponse<?> response) {
        response.header("Content-Security-Policy", contentSecurityPolicy);
        response.header("X-Content-Type-Options", "nosniff");
        response.header("Referrer-Policy", "no-referrer");
        response.header("X-Frame-Options", "DENY");
    }
}
