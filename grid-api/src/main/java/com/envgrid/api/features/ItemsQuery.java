package com.envgrid.api.features;

import com.envgrid.api.shared.InvalidParameter;
import com.envgrid.core.geo.feature.Feature;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What a request for a collection's items asks, the same for every layer: the bounding box ({@code bbox} in
 * {@code bbox-crs}), the time ({@code datetime} on the layer's temporal field), equality on queryables
 * ({@code level=town}), the page ({@code limit}, {@code offset}) and the output system ({@code crs}). Any other
 * parameter than these, the layer's own ({@code period}), {@code f} and {@code apikey} is refused, as OGC API –
 * Features Core requires.
 */
record ItemsQuery(Envelope bbox, TimeInterval datetime, Map<String, String> properties, int limit, int offset,
                  OutputCrs crs, Map<String, String> parameters) {
    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 10_000;
    /** The parameters of every collection's items. */
    static final List<String> STANDARD = List.of("f", "apikey", "crs", "bbox", "bbox-crs", "limit", "offset",
            "datetime");
    private static final GeometryFactory GEOMETRIES = new GeometryFactory();

    /** The query of a request's parameters (the first value of each) for a layer; 400 naming the bad parameter. */
    static ItemsQuery parse(FeatureLayer layer, Map<String, String> parameters, ZoneId zone) {
        Set<String> known = new LinkedHashSet<>(STANDARD);
        known.addAll(layer.queryables());
        known.addAll(layer.parameters().keySet());
        for (String name : parameters.keySet()) {
            if (!known.contains(name)) {
                throw new InvalidParameter(name, "\"" + name + "\" is not a parameter of " + layer.id() + "; accepted: "
                        + String.join(", ", known));
            }
        }
        String datetime = parameters.get(TimeInterval.PARAMETER);
        if (datetime != null && layer.temporalField().isEmpty()) {
            throw new InvalidParameter(TimeInterval.PARAMETER, layer.id() + " has no time to filter on");
        }
        Map<String, String> properties = new LinkedHashMap<>();
        layer.queryables().stream().filter(parameters::containsKey).forEach(q -> properties.put(q, parameters.get(q)));
        return new ItemsQuery(bbox(parameters.get("bbox"), OutputCrs.parse("bbox-crs", parameters.get("bbox-crs"))),
                TimeInterval.parse(datetime, zone), properties,
                integer(parameters, "limit", DEFAULT_LIMIT, 1, MAX_LIMIT), integer(parameters, "offset", 0, 0,
                        Integer.MAX_VALUE), OutputCrs.parse("crs", parameters.get("crs")), parameters);
    }

    /** The features that match the bounding box, time and properties, in the layer's order. */
    List<Feature> select(FeatureLayer layer, List<Feature> features, ZoneId zone) {
        Geometry box = bbox == null ? null : GEOMETRIES.toGeometry(bbox);
        String temporal = layer.temporalField().orElse(null);
        return features.stream()
                .filter(f -> box == null || (box.getEnvelopeInternal().intersects(f.geometry().getEnvelopeInternal())
                        && box.intersects(f.geometry())))
                .filter(f -> datetime == null || datetime.meets(f.properties().get(temporal), zone))
                .filter(f -> properties.entrySet().stream().allMatch(p ->
                        Objects.equals(p.getValue(), text(f.properties().get(p.getKey())))))
                .toList();
    }

    /** This page of the matching features. */
    List<Feature> page(List<Feature> matching) {
        int from = (int) Math.min(offset, matching.size());
        return matching.subList(from, (int) Math.min((long) from + limit, matching.size()));
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    /** minLon,minLat,maxLon,maxLat (or the 6 numbers with heights) in the axis order of {@code crs}, as lon/lat. */
    private static Envelope bbox(String value, OutputCrs crs) {
        if (value == null) {
            return null;
        }
        String[] parts = value.split(",", -1);
        if (parts.length != 4 && parts.length != 6) {
            throw new InvalidParameter("bbox", "a bbox is 4 numbers (lower left corner, upper right corner in the axis"
                    + " order of bbox-crs; lon,lat for CRS84), or 6 with heights; got " + parts.length);
        }
        double[] n = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            try {
                n[i] = Double.parseDouble(parts[i].strip());
            } catch (NumberFormatException e) {
                throw new InvalidParameter("bbox", "\"" + shown(parts[i]) + "\" is not a number");
            }
            if (!Double.isFinite(n[i])) {
                throw new InvalidParameter("bbox", "\"" + shown(parts[i]) + "\" is not a finite number");
            }
        }
        int half = parts.length / 2;
        double[] lower = crs.toLonLat(n[0], n[1]);
        double[] upper = crs.toLonLat(n[half], n[half + 1]);
        if (Math.abs(lower[0]) > 180 || Math.abs(upper[0]) > 180 || Math.abs(lower[1]) > 90 || Math.abs(upper[1]) > 90) {
            throw new InvalidParameter("bbox", "longitudes are within ±180 and latitudes within ±90 (in the axis order"
                    + " of " + crs.uri() + ")");
        }
        if (lower[0] > upper[0] || lower[1] > upper[1]) {
            throw new InvalidParameter("bbox", "the lower corner lies above or right of the upper corner (a box across"
                    + " the antimeridian is not supported)");
        }
        return new Envelope(lower[0], upper[0], lower[1], upper[1]);
    }

    private static int integer(Map<String, String> parameters, String name, int absent, int min, int max) {
        String value = parameters.get(name);
        if (value == null) {
            return absent;
        }
        try {
            int number = Integer.parseInt(value.strip());
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new InvalidParameter(name, name + " is a whole number from " + min + " to " + max + "; got \""
                + shown(value) + "\"");
    }

    private static String shown(String value) {
        return value.length() > 40 ? value.substring(0, 40) + "…" : value;
    }
}
