package com.envgrid.api.features;

import com.envgrid.api.shared.DistrictTime;
import com.envgrid.api.shared.NotFound;
import com.envgrid.core.geo.feature.Feature;
import jakarta.inject.Singleton;
import org.locationtech.jts.geom.Envelope;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The feature layers as OGC API collections, in the order a GIS client lists them (grids, sources, rivers, zones,
 * coverage, problems, complaints; any other after them by id), and who may read which: a signed-in viewer every
 * layer (its features scoped by the layer), the anonymous public the public layers alone.
 */
@Singleton
class OgcCollections {
    private static final List<String> ORDER = List.of("grids", "grids-tier-0", "grids-tier-1", "grids-tier-2",
            "grids-tier-3", "sources", "rivers", "zones", "coverage", "problems", "complaints");

    private final List<FeatureLayer> layers;
    private final DistrictTime time;

    OgcCollections(List<FeatureLayer> layers, DistrictTime time) {
        this.layers = layers.stream().sorted(Comparator.comparing((FeatureLayer l) -> rank(l.id()))
                .thenComparing(FeatureLayer::id)).toList();
        this.time = time;
    }

    private static int rank(String id) {
        int i = ORDER.indexOf(id);
        return i < 0 ? ORDER.size() : i;
    }

    /** Every layer, whoever reads: what the API document describes. */
    List<FeatureLayer> all() {
        return layers;
    }

    List<FeatureLayer> visibleTo(Viewer viewer) {
        return layers.stream().filter(l -> !viewer.isAnonymous() || l.isPublic()).toList();
    }

    /** The layer of an id that the viewer may read: 404 when there is none, 401 when it needs signing in. */
    FeatureLayer readable(String id, Viewer viewer) {
        FeatureLayer layer = layers.stream().filter(l -> l.id().equals(id)).findFirst()
                .orElseThrow(() -> new NotFound("no collection " + id + "; see /ogc/collections"));
        if (viewer.isAnonymous() && !layer.isPublic()) {
            throw new SignInNeeded("the collection " + id + " is not public: sign in or use an API key");
        }
        return layer;
    }

    ZoneId zone() {
        return time.zone();
    }

    /** Where and when a layer's features are, as far as the viewer sees them; null members when it has none. */
    Extent extent(FeatureLayer layer, Viewer viewer) {
        List<Feature> features = layer.features(viewer, Map.of());
        Envelope bbox = new Envelope();
        features.forEach(f -> bbox.expandToInclude(f.geometry().getEnvelopeInternal()));
        Instant first = null;
        Instant last = null;
        if (layer.temporalField().isPresent()) {
            for (Feature f : features) {
                Object value = f.properties().get(layer.temporalField().get());
                Instant at = value instanceof LocalDate date ? date.atStartOfDay(zone()).toInstant()
                        : value instanceof Instant instant ? instant : null;
                if (at != null) {
                    first = first == null || at.isBefore(first) ? at : first;
                    last = last == null || at.isAfter(last) ? at : last;
                }
            }
        }
        return new Extent(bbox.isNull() ? null : bbox, first, last);
    }

    record Extent(Envelope bbox, Instant first, Instant last) {
    }
}
