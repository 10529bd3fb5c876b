package com.envgrid.api.shared;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Filter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

import java.util.Collection;

/**
 * The Content-Type of a GeoJSON answer, decided for every route in one place from the request's Accept: it goes as
 * {@code application/geo+json} when the client accepts that — no Accept, {@code *}{@code /*},
 * {@code application/*} or {@code application/geo+json}, with a quality above 0 — and otherwise, the client having
 * asked only for plain JSON (GDAL: {@code text/plain, application/json}) or refused GeoJSON with {@code q=0}, as
 * {@code application/json}: the same bytes, for a GeoJSON document is JSON. The most specific range naming GeoJSON
 * decides ({@code *}{@code /*, application/geo+json;q=0} refuses it), as RFC 9110 §12.5.1 says.
 * <p>
 * Routes are marked {@link ProducesGeoJson} so that the router lets both kinds of client in, and set
 * {@link GeoJson#MEDIA_TYPE}; this filter only turns that into {@code application/json} where it must.
 */
@ServerFilter(Filter.MATCH_ALL_PATTERN)
class GeoJsonNegotiation {
    private static final MediaType GEO_JSON = MediaType.of(GeoJson.MEDIA_TYPE);
    private static final String ANY = "*";

    @ResponseFilter
    void asAccepted(HttpRequest<?> request, MutableHttpResponse<?> response) {
        boolean geoJson = response.getContentType().map(GEO_JSON::equals).orElse(false);
        if (geoJson && !acceptsGeoJson(request.accept())) {
            response.contentType(MediaType.APPLICATION_JSON_TYPE);
        }
    }

    /** Whether an Accept header's ranges admit GeoJSON; no Accept admits anything. */
    static boolean acceptsGeoJson(Collection<MediaType> accept) {
        if (accept.isEmpty()) {
            return true;
        }
        MediaType decisive = null;
        for (MediaType range : accept) {
            if (covers(range) && (decisive == null || specificity(range) > specificity(decisive))) {
                decisive = range;
            }
        }
        return decisive != null && decisive.getQualityAsNumber().signum() > 0;
    }

    private static boolean covers(MediaType range) {
        return range.matchesType(GEO_JSON.getType()) && range.matchesSubtype(GEO_JSON.getSubtype());
    }

    private static int specificity(MediaType range) {
        return (range.getType().equals(ANY) ? 0 : 1) + (range.getSubtype().equals(ANY) ? 0 : 1);
    }
}
