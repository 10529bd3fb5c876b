package com.envgrid.core.geo.file;

import com.envgrid.core.input.InputProblem;
import com.envgrid.core.input.InvalidInput;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** The boundary-file formats read, told apart by their first bytes (whatever the file is called or sent as). */
public enum FileFormat {
    GEOJSON("geojson"),
    /** An SQLite database: the header is "SQLite format 3\0". */
    GEOPACKAGE("geopackage"),
    /** A zip archive ("PK\3\4") holding a .shp with its .dbf, .shx, .prj and .cpg. */
    SHAPEFILE("shapefile");

    private static final byte[] SQLITE = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    private final String key;

    FileFormat(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static FileFormat detect(byte[] body) {
        if (startsWith(body, SQLITE)) {
            return GEOPACKAGE;
        }
        if (body.length >= 4 && body[0] == 'P' && body[1] == 'K' && body[2] == 3 && body[3] == 4) {
            return SHAPEFILE;
        }
        int i = 0;
        if (startsWith(body, new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF})) {
            i = 3; // a UTF-8 byte-order mark, as Windows tools write
        }
        while (i < body.length && Character.isWhitespace(body[i])) {
            i++;
        }
        if (i < body.length && (body[i] == '{' || body[i] == '[')) {
            return GEOJSON;
        }
        if (i == body.length) {
            throw new InvalidInput("the file is empty", List.of(new InputProblem("", "the file is empty",
                    FileCode.UNKNOWN_FORMAT, Map.of())));
        }
        throw new InvalidInput("not a boundary file this platform reads", List.of(new InputProblem("",
                "not GeoJSON, a GeoPackage or a zipped Shapefile (.zip with .shp, .shx, .dbf, .prj): the file "
                        + "starts with neither \"{\", the SQLite header nor the zip header", FileCode.UNKNOWN_FORMAT,
                Map.of())));
    }

    private static boolean startsWith(byte[] body, byte[] prefix) {
        if (body.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (body[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
