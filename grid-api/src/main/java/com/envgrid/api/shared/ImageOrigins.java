package com.envgrid.api.shared;

import java.util.List;

/**
 * Origins besides this server that the pages load images from, given by the feature that needs them (a configured
 * basemap's tile server); {@link SecurityHeaders} allows them in the Content-Security-Policy's {@code img-src}.
 */
public interface ImageOrigins {
    /** Each a CSP source such as {@code https://tiles.example.gov.cn} or {@code https://*.tianditu.gov.cn}. */
    List<String> imageOrigins();
}
