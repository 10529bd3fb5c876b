package com.envgrid.api.grid;

import com.envgrid.api.layer.LayerState;
import com.envgrid.api.layer.LiveGridLayer;
import com.envgrid.api.shared.GeoJson;
import com.envgrid.api.shared.ProducesGeoJson;
import com.envgrid.core.grid.Grid;
import com.envgrid.core.grid.GridLayer;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The city's outline for anyone's map, without login: the first-level grids (towns, streets, parks) of every
 * district — a district that has none shows itself — simplified for display, with code, name, level and district
 * only (nothing about people), and the bounding box that a map starts at. It changes only with a grid import, so it is answered with the layer's
 * version as its ETag and may be kept for five minutes.
 */
@Controller("/api/public/district")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class PublicDistrictController {
    /** Metres: the outline of a town or street to the width of a street, small to send to a phone. */
    static final int SIMPLIFY_METRES = 50;
    private static final String CACHE = "public, max-age=300";

    private final LiveGridLayer live;

    PublicDistrictController(LiveGridLayer live) {
        this.live = live;
    }

    @Get
    @ProducesGeoJson
    HttpResponse<String> outline(@Nullable @Header(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        LayerState state = live.current();
        String etag = "\"grids-" + state.version() + "\"";
        if (etag.equals(ifNoneMatch)) {
            return HttpResponse.<String>notModified().header(HttpHeaders.ETAG, etag).header(HttpHeaders.CACHE_CONTROL, CACHE);
        }
        List<Grid> grids = publicGrids(state);
        Map<String, Geometry> simplified = publicGeometries(state);
        Envelope extent = new Envelope();
        grids.forEach(g -> extent.expandToInclude(simplified.get(g.code()).getEnvelopeInternal()));
        String body = GeoJson.json(json -> {
            json.writeStartObject();
            json.writeStringField("type", "FeatureCollection");
            if (!extent.isNull()) {
                json.writeArrayFieldStart("bbox");
                for (double v : new double[]{extent.getMinX(), extent.getMinY(), extent.getMaxX(), extent.getMaxY()}) {
                    json.writeNumber(Math.round(v * 1e6) / 1e6);
                }
                json.writeEndArray();
            }
            json.writeArrayFieldStart("features");
            for (Grid g : grids) {
                json.writeStartObject();
                json.writeStringField("type", "Feature");
                json.writeStringField("id", g.code());
                json.writeFieldName("geometry");
                GeoJson.geometry(json, simplified.get(g.code()));
                json.writeObjectFieldStart("properties");
                GeoJson.properties(json, GridProperties.publicOf(state.layer(), g));
                json.writeEndObject();
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        });
        return HttpResponse.ok(body).contentType(GeoJson.MEDIA_TYPE).header(HttpHeaders.ETAG, etag)
                .header(HttpHeaders.CACHE_CONTROL, CACHE);
    }

    /** The grids the public sees: every first-level grid (town, street, park), and each district that has none. */
    static List<Grid> publicGrids(LayerState state) {
        GridLayer layer = state.layer();
        return Stream.concat(bareDistricts(layer).stream(), layer.firstLevel().stream()).toList();
    }

    /** The public grids' outlines by code, simplified for display. */
    static Map<String, Geometry> publicGeometries(LayerState state) {
        Map<String, Geometry> outlines = new HashMap<>(state.simplifiedTier(1, SIMPLIFY_METRES));
        if (!bareDistricts(state.layer()).isEmpty()) {
            outlines.putAll(state.simplifiedTier(0, SIMPLIFY_METRES));
        }
        return outlines;
    }

    private static List<Grid> bareDistricts(GridLayer layer) {
        return layer.districts().stream().filter(d -> layer.children(d.code()).isEmpty()).toList();
    }
}
