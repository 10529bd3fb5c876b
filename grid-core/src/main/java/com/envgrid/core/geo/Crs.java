package com.envgrid.core.geo;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.proj4j.CRSFactory;
import org.locationtech.proj4j.CoordinateReferenceSystem;
import org.locationtech.proj4j.CoordinateTransform;
import org.locationtech.proj4j.CoordinateTransformFactory;
import org.locationtech.proj4j.Proj4jException;
import org.locationtech.proj4j.ProjCoordinate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A coordinate system that boundary files and spreadsheets arrive in, and the way from it to WGS84 lon/lat.
 * <p>
 * Known by EPSG code: WGS 84 (4326), CGCS2000 geographic (4490) and its Gauss–Krüger zones (4491–4554: 6° zones
 * 13–23 with the zone number in front of the easting, 6° zones by central meridian, then the same for 3° zones
 * 25–45). Xi'an 1980 and Beijing 1954 (4610, 4214, 2327–2390, 2401–2442, 21413–21463) are on other ellipsoids
 * whose shift to WGS84 differs by place and is not public: they are refused unless the seven {@code towgs84}
 * parameters of the district's own transformation are given. Definitions are read from an EPSG code, a .prj
 * (ESRI or OGC WKT), a GeoPackage SRS, a GeoJSON {@code crs} member or a PROJ string; a Transverse Mercator /
 * Gauss–Krüger projection on a known datum is accepted even when it carries no code.
 * <p>
 * CGCS2000 is taken as identical to WGS84: the two differ by centimetres, far below a boundary's accuracy.
 * Projected coordinates are easting, northing in metres (the order files store, whatever the EPSG axis order).
 */
public final class Crs {
    private static final CRSFactory FACTORY = new CRSFactory();
    private static final CoordinateTransformFactory TRANSFORMS = new CoordinateTransformFactory();
    private static final CoordinateReferenceSystem WGS84_LONLAT = FACTORY.createFromParameters("WGS84",
            "+proj=longlat +datum=WGS84 +no_defs");
    static final String ACCEPTED = "EPSG:4326 (WGS 84), EPSG:4490 (CGCS2000), EPSG:4491–4554 (CGCS2000 Gauss–Krüger"
            + " 3° and 6° zones); Xi'an 1980 and Beijing 1954 with +towgs84=dx,dy,dz,rx,ry,rz,s";

    public static final Crs WGS84 = epsg(4326);
    public static final Crs CGCS2000 = epsg(4490);

    private final Integer epsg;
    private final String name;
    private final String proj4;
    private final Zone zone;
    private final CoordinateTransform toWgs84;

    private Crs(Integer epsg, String name, String proj4, Zone zone) {
        this.epsg = epsg;
        this.name = name;
        this.proj4 = proj4;
        this.zone = zone;
        CoordinateReferenceSystem source = FACTORY.createFromParameters(name, proj4);
        this.toWgs84 = TRANSFORMS.createTransform(source, WGS84_LONLAT);
    }

    // ---- construction ---------------------------------------------------------------------------------------

    /** The coordinate system of an EPSG code; Xi'an 1980 and Beijing 1954 are refused (they need towgs84). */
    public static Crs epsg(int code) {
        return epsg(code, null);
    }

    /**
     * The coordinate system of an EPSG code with the datum shift to WGS84 when one is needed: the seven
     * comma-separated {@code towgs84} numbers (dx,dy,dz in metres, rx,ry,rz in arc seconds, scale in ppm).
     */
    public static Crs epsg(int code, String towgs84) {
        for (Datum datum : Datum.values()) {
            if (code == datum.geographic) {
                return geographic(datum, towgs84, code);
            }
            Optional<Zone> zone = Zone.ofCode(datum, code);
            if (zone.isPresent()) {
                return projected(datum, zone.get(), towgs84, code, zone.get().name(datum));
            }
        }
        throw new CrsRefused(CrsCode.UNSUPPORTED, "EPSG:" + code + " is not a coordinate system the platform "
                + "transforms; accepted: " + ACCEPTED, Map.of("crs", "EPSG:" + code, "accepted", ACCEPTED));
    }

    private static final Pattern CODE = Pattern.compile("(?i)^(?:urn:ogc:def:crs:EPSG:[^:]*:|EPSG:{1,2}|"
            + "https?://www\\.opengis\\.net/def/crs/EPSG/[^/]+/)?(\\d{4,6})$");
    private static final Pattern CRS84 = Pattern.compile("(?i)^(?:urn:ogc:def:crs:OGC:[^:]*:CRS84|"
            + "https?://www\\.opengis\\.net/def/crs/OGC/[^/]+/CRS84|CRS84|OGC:CRS84)$");
    private static final Pattern TOWGS84 = Pattern.compile("(?i)\\+?towgs84=([-+0-9.eE,]+)");

    /**
     * A coordinate system as a person or a file names it: {@code EPSG:4549}, {@code 4549}, an OGC URN or URI (the
     * GeoJSON {@code crs} name), {@code CRS84}, a WKT definition or a PROJ string; an EPSG code may be followed by
     * {@code +towgs84=…} for Xi'an 1980 or Beijing 1954.
     */
    public static Crs parse(String text) {
        String value = text == null ? "" : text.strip();
        if (value.isEmpty()) {
            throw unreadable(value, "no coordinate system given");
        }
        if (CRS84.matcher(value).matches()) {
            return WGS84;
        }
        if (value.startsWith("+") || value.toLowerCase(Locale.ROOT).startsWith("proj=")) {
            return fromProj4(value);
        }
        if (Character.isLetter(value.charAt(0)) && value.contains("[")) {
            return fromWkt(value);
        }
        String towgs84 = null;
        Matcher shift = TOWGS84.matcher(value);
        if (shift.find()) {
            towgs84 = shift.group(1);
            value = (value.substring(0, shift.start()) + value.substring(shift.end())).strip();
        }
        Matcher code = CODE.matcher(value);
        if (!code.matches()) {
            throw unreadable(text, "expected an EPSG code such as EPSG:4549, a WKT definition or a PROJ string");
        }
        return epsg(Integer.parseInt(code.group(1)), towgs84);
    }

    /** The coordinate system a GeoPackage's gpkg_spatial_ref_sys row describes. */
    public static Crs fromGeoPackage(String organization, long id, String definition) {
        if ("EPSG".equalsIgnoreCase(organization) && id > 0) {
            try {
                return epsg((int) id);
            } catch (CrsRefused refused) {
                // an EPSG code we do not know by number may still be a Gauss–Krüger projection we can read
                if (definition == null || definition.isBlank() || "undefined".equalsIgnoreCase(definition.strip())) {
                    throw refused;
                }
            }
        }
        if (definition == null || definition.isBlank() || "undefined".equalsIgnoreCase(definition.strip())) {
            throw unreadable(organization + ":" + id, "the GeoPackage gives this layer no coordinate system");
        }
        return fromWkt(definition);
    }

    /** The coordinate system of a WKT definition (a .prj file: OGC WKT1, ESRI WKT, or WKT2). */
    public static Crs fromWkt(String text) {
        Wkt parsed;
        try {
            parsed = Wkt.parse(text.strip());
        } catch (IllegalArgumentException e) {
            throw unreadable(text, "not a WKT coordinate system: " + e.getMessage());
        }
        // a horizontal CRS with heights: the horizontal one counts
        Wkt root = !parsed.is("COMPD_CS", "COMPOUNDCRS") ? parsed
                : parsed.find("PROJCS", "PROJCRS", "GEOGCS", "GEOGCRS", "GEODCRS")
                .orElseThrow(() -> unreadable(text, "a compound definition without a horizontal system"));
        String towgs84 = root.find("TOWGS84").map(Crs::joinedNumbers).orElse(null);
        Integer code = authority(root);
        if (code != null && Zone.known(code)) {
            return epsg(code, towgs84);
        }
        Datum datum = Datum.of(root).orElseThrow(() -> new CrsRefused(CrsCode.UNSUPPORTED, "\"" + root.name()
                + "\" is on a datum the platform does not transform; accepted: " + ACCEPTED,
                Map.of("crs", root.name(), "accepted", ACCEPTED)));
        if (root.is("GEOGCS", "GEOGCRS", "GEODCRS")) {
            return geographic(datum, towgs84, datum.geographic);
        }
        if (!root.is("PROJCS", "PROJCRS")) {
            throw unreadable(text, root.keyword() + " is not a coordinate system definition");
        }
        String method = Wkt.normalised(root.find("PROJECTION", "METHOD").map(Wkt::name).orElse(""));
        if (!method.contains("transverse_mercator") && !method.contains("gauss_kruger")) {
            throw new CrsRefused(CrsCode.UNSUPPORTED, "\"" + root.name() + "\" uses the projection \"" + method
                    + "\"; accepted: Gauss–Krüger (Transverse Mercator) — " + ACCEPTED,
                    Map.of("crs", root.name(), "accepted", ACCEPTED));
        }
        for (Wkt unit : root.children("UNIT")) {
            if (Math.abs(unit.number(0) - 1) > 1e-9) {
                throw new CrsRefused(CrsCode.UNSUPPORTED, "\"" + root.name() + "\" is in " + unit.name()
                        + ", not metres", Map.of("crs", root.name(), "accepted", ACCEPTED));
            }
        }
        Map<String, Double> p = parameters(root);
        Zone zone = new Zone(p.getOrDefault("central_meridian", Double.NaN), p.getOrDefault("false_easting", 0.0),
                p.getOrDefault("false_northing", 0.0), p.getOrDefault("scale_factor", 1.0),
                p.getOrDefault("latitude_of_origin", 0.0), Wkt.normalised(root.name()).contains("3_degree"));
        if (Double.isNaN(zone.centralMeridian)) {
            throw unreadable(text, "the projection has no central meridian");
        }
        Integer matched = zone.code(datum);
        return projected(datum, zone, towgs84, matched, matched != null ? zone.name(datum) : root.name());
    }

    private static Crs fromProj4(String text) {
        String params = text.strip().replaceAll("^proj=", "+proj=");
        String lower = params.toLowerCase(Locale.ROOT);
        boolean otherEllipsoid = lower.contains("+ellps=krass") || lower.contains("+ellps=iau76")
                || lower.contains("+a=6378140") || lower.contains("+a=6378245");
        if (otherEllipsoid && !lower.contains("+towgs84=")) {
            throw needsTowgs84(params);
        }
        try {
            return new Crs(null, params, params, null);
        } catch (Proj4jException | IllegalArgumentException | IllegalStateException e) {
            throw unreadable(text, "not a PROJ definition proj4j reads: " + e.getMessage());
        }
    }

    /**
     * The coordinate system of coordinates that came with none: lon/lat unless every coordinate is beyond the
     * range of degrees, then refused — metres are never read as degrees — with the likely Gauss–Krüger zone when the
     * eastings carry a zone number.
     */
    public static Crs forUnlabelled(Envelope extent) {
        if (!allMetres(extent)) {
            return WGS84;
        }
        Map<String, Object> params = new HashMap<>(sample(extent));
        String hint = "";
        Integer suggested = suggestedCode(extent);
        if (suggested != null) {
            params.put("suggested", "EPSG:" + suggested);
            hint = "; the eastings carry a zone number: if the file is CGCS2000 this is EPSG:" + suggested + " ("
                    + epsg(suggested).name + ")";
        }
        throw new CrsRefused(CrsCode.UNKNOWN, "which coordinate system is this? The coordinates are in metres ("
                + params.get("x") + ", " + params.get("y") + "), not lon/lat, and the file names no coordinate "
                + "system: give it, e.g. crs=EPSG:4549 for CGCS2000 3° Gauss–Krüger CM 120E" + hint, params);
    }

    private static Crs geographic(Datum datum, String towgs84, Integer code) {
        String params = "+proj=longlat " + datum.proj4(towgs84) + " +no_defs";
        return new Crs(code, datum.geographicName, params, null);
    }

    private static Crs projected(Datum datum, Zone zone, String towgs84, Integer code, String name) {
        String params = String.format(Locale.ROOT, "+proj=tmerc +lat_0=%s +lon_0=%s +k=%s +x_0=%s +y_0=%s %s"
                        + " +units=m +no_defs", plain(zone.latitudeOfOrigin), plain(zone.centralMeridian),
                plain(zone.scale), plain(zone.falseEasting), plain(zone.falseNorthing), datum.proj4(towgs84));
        return new Crs(code, name, params, zone);
    }

    // ---- use --------------------------------------------------------------------------------------------------

    /** The EPSG code, or null for a definition that matches none the platform knows by number. */
    public Integer epsg() {
        return epsg;
    }

    /** A name for people: the EPSG name ("CGCS2000 / 3-degree Gauss-Kruger CM 120E") or the file's own. */
    public String name() {
        return name;
    }

    /** "EPSG:4549", or the PROJ definition of a system without a code. */
    public String label() {
        return epsg != null ? "EPSG:" + epsg : proj4;
    }

    public String proj4() {
        return proj4;
    }

    public boolean isGeographic() {
        return proj4.startsWith("+proj=longlat");
    }

    /**
     * Refuses coordinates that cannot be in this system: metres in a lon/lat system, lon/lat in a projected one,
     * or eastings outside the Gauss–Krüger zone (a zone-numbered file declared by central meridian, or the other
     * way round) — with the code that would fit, when one does.
     */
    public void checkFits(Envelope extent) {
        if (extent.isNull()) {
            return;
        }
        Map<String, Object> params = new HashMap<>(sample(extent));
        params.put("crs", label());
        if (isGeographic()) {
            if (allMetres(extent)) {
                Integer suggested = suggestedCode(extent);
                if (suggested != null) {
                    params.put("suggested", "EPSG:" + suggested);
                }
                throw new CrsRefused(CrsCode.MISMATCH, "the coordinates (" + params.get("x") + ", " + params.get("y")
                        + ") are metres, not the lon/lat of " + label() + " (" + name + ")"
                        + (suggested == null ? "" : "; EPSG:" + suggested + " would fit"), params);
            }
            return;
        }
        if (looksLikeDegrees(extent)) {
            throw new CrsRefused(CrsCode.MISMATCH, "the coordinates (" + params.get("x") + ", " + params.get("y")
                    + ") are lon/lat degrees, not the metres of " + label() + " (" + name + ")", params);
        }
        if (zone != null) {
            double block = Math.floor(zone.falseEasting / 1_000_000) * 1_000_000;
            boolean inZone = extent.getMinX() >= block && extent.getMaxX() < block + 1_000_000
                    && extent.getMinY() >= -10_000_000 && extent.getMaxY() <= 10_000_000;
            if (!inZone) {
                Integer suggested = suggestedCode(extent);
                if (suggested != null) {
                    params.put("suggested", "EPSG:" + suggested);
                }
                throw new CrsRefused(CrsCode.MISMATCH, "the coordinates (" + params.get("x") + ", " + params.get("y")
                        + ") are outside the zone of " + label() + " (" + name + "), whose eastings are "
                        + plain(block) + "–" + plain(block + 1_000_000)
                        + (suggested == null ? "" : "; EPSG:" + suggested + " would fit"), params);
            }
        }
    }

    /** A copy of a geometry in this system, in WGS84 lon/lat (SRID 4326). */
    public Geometry toWgs84(Geometry geometry) {
        Geometry copy = geometry.copy();
        if (epsg != null && epsg == 4326) {
            return copy;
        }
        copy.apply(new CoordinateSequenceFilter() {
            @Override
            public void filter(CoordinateSequence seq, int i) {
                Coordinate lonLat = toWgs84(seq.getX(i), seq.getY(i));
                seq.setOrdinate(i, CoordinateSequence.X, lonLat.x);
                seq.setOrdinate(i, CoordinateSequence.Y, lonLat.y);
            }

            @Override
            public boolean isDone() {
                return false;
            }

            @Override
            public boolean isGeometryChanged() {
                return true;
            }
        });
        copy.setSRID(4326);
        return copy;
    }

    /** One position in this system as WGS84 lon/lat. */
    public Coordinate toWgs84(double x, double y) {
        ProjCoordinate out = new ProjCoordinate(Double.NaN, Double.NaN);
        synchronized (toWgs84) { // proj4j transforms keep intermediate state
            try {
                toWgs84.transform(new ProjCoordinate(x, y, 0), out); // a datum shift needs a height
            } catch (Proj4jException | IllegalStateException e) {
                out.x = Double.NaN; // refused below as not a position in this system
            }
        }
        if (!Double.isFinite(out.x) || !Double.isFinite(out.y) || Math.abs(out.y) > 90) {
            Map<String, Object> params = Map.of("crs", label(), "x", plain(x), "y", plain(y));
            throw new CrsRefused(CrsCode.MISMATCH, "(" + plain(x) + ", " + plain(y) + ") is not a position in "
                    + label() + " (" + name + ")", params);
        }
        return new Coordinate(out.x, out.y);
    }

    @Override
    public String toString() {
        return label() + " (" + name + ")";
    }

    // ---- helpers ----------------------------------------------------------------------------------------------

    /**
     * Whether no coordinate could be a degree: then they are metres. A file of degrees with one position out of
     * range or swapped is not metres: that position is reported where it is.
     */
    private static boolean allMetres(Envelope e) {
        return (e.getMinX() > 1000 || e.getMaxX() < -1000) && (e.getMinY() > 1000 || e.getMaxY() < -1000);
    }

    private static boolean looksLikeDegrees(Envelope e) {
        return e.getMinX() >= -180 && e.getMaxX() <= 180 && e.getMinY() >= -90 && e.getMaxY() <= 90;
    }

    /** The CGCS2000 zone whose number the eastings carry (40 512 345 → 3° zone 40, EPSG:4528), if any. */
    private static Integer suggestedCode(Envelope e) {
        int zone = (int) Math.floor(e.getMinX() / 1_000_000);
        if (zone != (int) Math.floor(e.getMaxX() / 1_000_000) || e.getMinY() < 0 || e.getMaxY() > 10_000_000) {
            return null;
        }
        if (zone >= 25 && zone <= 45) {
            return 4513 + zone - 25;
        }
        if (zone >= 13 && zone <= 23) {
            return 4491 + zone - 13;
        }
        return null;
    }

    private static Map<String, Object> sample(Envelope e) {
        return Map.of("x", plain(e.getMinX()), "y", plain(e.getMinY()));
    }

    static String plain(double value) {
        return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    private static Integer authority(Wkt root) {
        for (Wkt id : root.children("AUTHORITY")) {
            if ("EPSG".equalsIgnoreCase(id.name())) {
                return codeOf(id);
            }
        }
        for (Wkt id : root.children("ID")) {
            if ("EPSG".equalsIgnoreCase(id.name())) {
                return codeOf(id);
            }
        }
        return null;
    }

    private static Integer codeOf(Wkt id) {
        // AUTHORITY["EPSG","4549"] quotes the code, ID["EPSG",4549] does not
        if (!Double.isNaN(id.number(0))) {
            return (int) id.number(0);
        }
        List<String> texts = new ArrayList<>();
        id.values().forEach(v -> {
            if (v instanceof String s) {
                texts.add(s);
            }
        });
        try {
            return texts.size() > 1 ? Integer.valueOf(texts.get(1).strip()) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Map<String, Double> parameters(Wkt root) {
        Map<String, Double> result = new HashMap<>();
        collectParameters(root, result);
        return result;
    }

    private static void collectParameters(Wkt node, Map<String, Double> into) {
        for (Object value : node.values()) {
            if (value instanceof Wkt child) {
                if (child.is("PARAMETER")) {
                    into.put(parameterName(Wkt.normalised(child.name())), child.number(0));
                } else {
                    collectParameters(child, into);
                }
            }
        }
    }

    private static String parameterName(String name) {
        return switch (name) {
            case "longitude_of_natural_origin", "longitude_of_center" -> "central_meridian";
            case "latitude_of_natural_origin", "latitude_of_center" -> "latitude_of_origin";
            case "scale_factor_at_natural_origin" -> "scale_factor";
            default -> name;
        };
    }

    private static String joinedNumbers(Wkt node) {
        List<String> numbers = new ArrayList<>();
        for (int i = 0; !Double.isNaN(node.number(i)); i++) {
            numbers.add(plain(node.number(i)));
        }
        return String.join(",", numbers);
    }

    private static CrsRefused unreadable(String value, String reason) {
        String shown = value.length() > 200 ? value.substring(0, 200) + "…" : value;
        return new CrsRefused(CrsCode.UNREADABLE, "cannot read the coordinate system \"" + shown + "\": " + reason,
                Map.of("value", shown, "reason", reason));
    }

    static CrsRefused needsTowgs84(String crs) {
        return new CrsRefused(CrsCode.NEEDS_TOWGS84, crs + " is Xi'an 1980 or Beijing 1954, whose shift to WGS84 "
                + "depends on the place: give the seven parameters of the district's transformation, e.g. crs="
                + "EPSG:2383 +towgs84=dx,dy,dz,rx,ry,rz,s, or deliver the file in CGCS2000", Map.of("crs", crs));
    }

    /** The geodetic datums boundary files in China come in, with their EPSG code ranges. */
    enum Datum {
        WGS84("WGS 84", 4326, "+datum=WGS84", false, new int[0]),
        CGCS2000("China Geodetic Coordinate System 2000", 4490, "+ellps=GRS80 +towgs84=0,0,0,0,0,0,0", false,
                new int[]{4491, 4502, 4513, 4534}),
        XIAN80("Xian 1980", 4610, "+ellps=IAU76", true, new int[]{2327, 2338, 2349, 2370}),
        BEIJING54("Beijing 1954", 4214, "+ellps=krass", true, new int[]{21413, 21453, 2401, 2422});

        final String geographicName;
        final int geographic;
        private final String ellipsoid;
        private final boolean needsShift;
        /** First codes of: 6° zones 13–23, 6° by central meridian 75E–135E, 3° zones 25–45, 3° by meridian. */
        final int[] zoneCodes;

        Datum(String geographicName, int geographic, String ellipsoid, boolean needsShift, int[] zoneCodes) {
            this.geographicName = geographicName;
            this.geographic = geographic;
            this.ellipsoid = ellipsoid;
            this.needsShift = needsShift;
            this.zoneCodes = zoneCodes;
        }

        String proj4(String towgs84) {
            if (!needsShift) {
                return ellipsoid;
            }
            if (towgs84 == null || towgs84.isBlank()) {
                throw needsTowgs84(geographicName);
            }
            String[] parts = towgs84.split(",");
            if (parts.length != 3 && parts.length != 7) {
                throw unreadable(towgs84, "towgs84 takes 3 or 7 comma-separated numbers");
            }
            for (String part : parts) {
                try {
                    Double.parseDouble(part);
                } catch (NumberFormatException e) {
                    throw unreadable(towgs84, "\"" + part + "\" is not a number");
                }
            }
            return ellipsoid + " +towgs84=" + towgs84;
        }

        /** The datum a WKT definition names (by datum name, else by ellipsoid). */
        static Optional<Datum> of(Wkt root) {
            String datum = root.find("DATUM").map(d -> Wkt.normalised(d.name())).orElse("");
            double a = root.find("SPHEROID", "ELLIPSOID").map(s -> s.number(0)).orElse(Double.NaN);
            if (datum.contains("china_2000") || datum.contains("cgcs2000") || datum.contains("china_geodetic")) {
                return Optional.of(CGCS2000);
            }
            if (datum.contains("xian_1980") || datum.contains("xi_an_1980") || a == 6378140) {
                return Optional.of(XIAN80);
            }
            if (datum.contains("beijing_1954") || a == 6378245) {
                return Optional.of(BEIJING54);
            }
            if (datum.contains("wgs_1984") || datum.contains("wgs_84") || datum.contains("wgs84")) {
                return Optional.of(WGS84);
            }
            return Optional.empty();
        }
    }

    /** A Gauss–Krüger (Transverse Mercator) zone. */
    record Zone(double centralMeridian, double falseEasting, double falseNorthing, double scale,
                double latitudeOfOrigin, boolean threeDegree) {

        static boolean known(int code) {
            for (Datum datum : Datum.values()) {
                if (code == datum.geographic || ofCode(datum, code).isPresent()) {
                    return true;
                }
            }
            return false;
        }

        static Optional<Zone> ofCode(Datum datum, int code) {
            int[] first = datum.zoneCodes;
            if (first.length == 0) {
                return Optional.empty();
            }
            int i;
            if ((i = code - first[0]) >= 0 && i <= 10) { // 6° zone 13 + i, number in front of the easting
                int zone = 13 + i;
                return Optional.of(new Zone(6 * zone - 3, zone * 1_000_000 + 500_000, 0, 1, 0, false));
            }
            if ((i = code - first[1]) >= 0 && i <= 10) {
                return Optional.of(new Zone(75 + 6 * i, 500_000, 0, 1, 0, false));
            }
            if ((i = code - first[2]) >= 0 && i <= 20) { // 3° zone 25 + i
                int zone = 25 + i;
                return Optional.of(new Zone(3 * zone, zone * 1_000_000 + 500_000, 0, 1, 0, true));
            }
            if ((i = code - first[3]) >= 0 && i <= 20) {
                return Optional.of(new Zone(75 + 3 * i, 500_000, 0, 1, 0, true));
            }
            return Optional.empty();
        }

        /** The EPSG code of this zone on a datum, or null when it is not one of the standard zones. */
        Integer code(Datum datum) {
            int[] first = datum.zoneCodes;
            if (first.length == 0 || falseNorthing != 0 || scale != 1 || latitudeOfOrigin != 0
                    || centralMeridian != Math.rint(centralMeridian) || falseEasting % 1_000_000 != 500_000) {
                return null;
            }
            int cm = (int) centralMeridian;
            int number = (int) (falseEasting / 1_000_000);
            if (number == 0) {
                boolean six = (cm - 75) % 6 == 0 && cm >= 75 && cm <= 135;
                boolean three = (cm - 75) % 3 == 0 && cm >= 75 && cm <= 135;
                if (six && !threeDegree) {
                    return first[1] + (cm - 75) / 6;
                }
                return three ? first[3] + (cm - 75) / 3 : null;
            }
            if (number >= 13 && number <= 23 && cm == 6 * number - 3) {
                return first[0] + number - 13;
            }
            if (number >= 25 && number <= 45 && cm == 3 * number) {
                return first[2] + number - 25;
            }
            return null;
        }

        String name(Datum datum) {
            String prefix = datum == Datum.CGCS2000 ? "CGCS2000" : datum.geographicName;
            int number = (int) (falseEasting / 1_000_000);
            String kind = threeDegree ? "3-degree Gauss-Kruger" : "Gauss-Kruger";
            return prefix + " / " + kind + (number == 0 ? " CM " + plain(centralMeridian) + "E" : " zone " + number);
        }
    }
}
