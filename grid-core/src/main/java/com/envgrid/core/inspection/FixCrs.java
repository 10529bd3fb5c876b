package com.envgrid.core.inspection;

import com.envgrid.core.input.Vocabulary;

import java.util.Optional;

/**
 * The coordinate reference system a GPS fix was given in: WGS84 (EPSG:4326), what a browser's geolocation and a
 * bare GPS give, or GCJ-02, what Chinese phone map SDKs (Amap, Tencent) give. The platform stores and checks WGS84
 * only; a GCJ-02 fix is converted on arrival.
 */
public enum FixCrs {
    WGS84("wgs-84", "EPSG:4326"),
    GCJ02("gcj-02");

    private final String[] aliases;

    FixCrs(String... aliases) {
        this.aliases = aliases;
    }

    /** The lower-case name used in the API: {@code wgs84} or {@code gcj02}. */
    public String key() {
        return Vocabulary.key(this);
    }

    /** A fix given in this CRS, in WGS84, as {lon, lat}. */
    public double[] toWgs84(double lon, double lat) {
        return this == GCJ02 ? Gcj02.toWgs84(lon, lat) : new double[]{lon, lat};
    }

    /** Reads {@code wgs84}, {@code wgs-84}, {@code EPSG:4326}, {@code gcj02} or {@code gcj-02}, in any case. */
    public static Optional<FixCrs> parse(String text) {
        return Vocabulary.parse(FixCrs.class, c -> c.aliases, text);
    }

    /** The accepted spellings, for error messages. */
    public static String accepted() {
        return Vocabulary.accepted(FixCrs.class, c -> c.aliases);
    }
}
