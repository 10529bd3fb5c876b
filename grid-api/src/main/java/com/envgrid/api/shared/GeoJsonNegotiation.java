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
 * {@code application/geo+json} unless the client refuses that, and then as {@code application/json} — the same bytes.
 * A client that asks for {@code application/json} alone (GDAL sends {@code text/plain, application/json}) does not
 * refuse it: a {@code +json} type is JSON (RFC 6839 §3.1), and GIS clients read GeoJSON by what it is. Refusing is
 * giving GeoJSON quality 0 by the most specific range that covers it, as RFC 9110 §12.5.1 reads ranges:
 * {@code application/json, application/geo+json;q=0} or {@code application/json, *}{@code /*;q=0}.
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
        if (geoJson && refusesGeoJson(request.accept())) {
            response.contentType(MediaType.APPLICATION_JSON_TYPE);
        }
    }

    /** Whether the most specific of an Accept header's ranges that cover GeoJSON gives it quality 0. */
    static boolean refusesGeoJson(Collection<MediaType> accept) {
        MediaType decisive = null;
        for (MediaType range : accept) {
            if (covers(range) && (decisive == null || specificity(range) > specificity(decisive))) {
                decisive = range;
            }
        }
        return decisive != null && decisive.getQualityAsNumber().signum() == 0;
    }

    private static boolean covers(MediaType range) {
        return range.matchesType(GEO_JSON.getType()) && range.matchesSubtype(GEO_JSON.getSubtype());
    }

    private static int specificity(MediaType range) {
        return (range.getType().equals(ANY) ? 0 : 1) + (range.getSubtype().equals(ANY) ? 0 : 1);
    }
}
