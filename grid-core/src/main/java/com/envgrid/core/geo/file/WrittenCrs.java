package com.envgrid.core.geo.file;

import com.envgrid.core.geo.Crs;

import java.util.Objects;

/**
 * The coordinate systems downloads are written in, with the definitions the files declare: the OGC WKT of EPSG's
 * registry for a GeoPackage's {@code gpkg_spatial_ref_sys} and the ESRI WKT that ArcGIS writes into a .prj (from
 * which GDAL and ArcGIS identify EPSG:4326 and EPSG:4490). The coordinates themselves are the WGS84 lon/lat the
 * platform holds in both: CGCS2000 differs from WGS84 by centimetres (see {@link Crs}).
 */
enum WrittenCrs {
    WGS84(4326, "WGS 84",
            "GEOGCS[\"WGS 84\",DATUM[\"WGS_1984\",SPHEROID[\"WGS 84\",6378137,298.257223563,"
                    + "AUTHORITY[\"EPSG\",\"7030\"]],AUTHORITY[\"EPSG\",\"6326\"]],PRIMEM[\"Greenwich\",0,"
                    + "AUTHORITY[\"EPSG\",\"8901\"]],UNIT[\"degree\",0.0174532925199433,AUTHORITY[\"EPSG\",\"9122\"]],"
                    + "AXIS[\"Latitude\",NORTH],AXIS[\"Longitude\",EAST],AUTHORITY[\"EPSG\",\"4326\"]]",
            "GEOGCS[\"GCS_WGS_1984\",DATUM[\"D_WGS_1984\",SPHEROID[\"WGS_1984\",6378137.0,298.257223563]],"
                    + "PRIMEM[\"Greenwich\",0.0],UNIT[\"Degree\",0.0174532925199433]]"),
    CGCS2000(4490, "China Geodetic Coordinate System 2000",
            "GEOGCS[\"China Geodetic Coordinate System 2000\",DATUM[\"China_2000\",SPHEROID[\"CGCS2000\",6378137,"
                    + "298.257222101,AUTHORITY[\"EPSG\",\"1024\"]],AUTHORITY[\"EPSG\",\"1043\"]],PRIMEM[\"Greenwich\","
                    + "0,AUTHORITY[\"EPSG\",\"8901\"]],UNIT[\"degree\",0.0174532925199433,AUTHORITY[\"EPSG\",\"9122\"]],"
                    + "AXIS[\"Latitude\",NORTH],AXIS[\"Longitude\",EAST],AUTHORITY[\"EPSG\",\"4490\"]]",
            "GEOGCS[\"GCS_China_Geodetic_Coordinate_System_2000\",DATUM[\"D_China_2000\",SPHEROID[\"CGCS2000\","
                    + "6378137.0,298.257222101]],PRIMEM[\"Greenwich\",0.0],UNIT[\"Degree\",0.0174532925199433]]");

    final int epsg;
    final String name;
    final String ogcWkt;
    final String esriWkt;

    WrittenCrs(int epsg, String name, String ogcWkt, String esriWkt) {
        this.epsg = epsg;
        this.name = name;
        this.ogcWkt = ogcWkt;
        this.esriWkt = esriWkt;
    }

    /** The output system for {@link Crs#WGS84} or {@link Crs#CGCS2000}; downloads are in no other. */
    static WrittenCrs of(Crs crs) {
        for (WrittenCrs output : values()) {
            if (Objects.equals(crs.epsg(), output.epsg)) {
                return output;
            }
        }
        throw new IllegalArgumentException("downloads are written in EPSG:4326 or EPSG:4490, not " + crs);
    }
}
