package com.envgrid.core.geo.file;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The text {@code ogrinfo -al -wkt_format WKT1} printed for a file, and the facts tests read from it. */
public record OgrInfo(String text) {
    private static final Pattern COUNT = Pattern.compile("(?m)^Feature Count: (\\d+)$");
    private static final Pattern CRS_CODE = Pattern.compile("(?s)Layer SRS WKT:\\s*\\n(?:GEOGCS|PROJCS)\\[.*?"
            + "AUTHORITY\\[\"EPSG\",\"(\\d+)\"]]\\s*\\n");
    private static final Pattern FIELD = Pattern.compile("(?m)^\\w+: (String|Integer|Integer64|Real|Date|DateTime"
            + "|Time)(\\(\\w+\\))? \\(\\d+\\.\\d+\\)$");

    /** The features of the (only) layer. */
    public int featureCount() {
        Matcher m = COUNT.matcher(text);
        if (!m.find()) {
            throw new AssertionError("ogrinfo names no feature count:\n" + text);
        }
        return Integer.parseInt(m.group(1));
    }

    /** The EPSG code GDAL identifies for the layer's coordinate system (the code of its outermost AUTHORITY). */
    public int epsg() {
        Matcher m = CRS_CODE.matcher(text);
        if (!m.find()) {
            throw new AssertionError("ogrinfo identifies no EPSG code for the layer:\n" + text);
        }
        return Integer.parseInt(m.group(1));
    }

    /** The fields of the layer as GDAL lists them, "name: Type (width.precision)". */
    public List<String> fields() {
        List<String> fields = new ArrayList<>();
        Matcher m = FIELD.matcher(text);
        while (m.find()) {
            fields.add(m.group(0));
        }
        return fields;
    }
}
