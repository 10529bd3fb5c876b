package com.envgrid.core.geo.file;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Boundary files as surveyors' tools write them, made by GDAL's ogr2ogr (Debian gdal-bin) from GeoJSON the test
 * writes: GeoPackages and zipped Shapefiles in any coordinate system and text encoding; and what GDAL's ogrinfo
 * reads from the files the platform writes.
 */
public final class Ogr {
    private Ogr() {
    }

    /** A FeatureCollection of features given as {@code {"type":"Feature",…}} texts. */
    public static String collection(String... features) {
        return "{\"type\":\"FeatureCollection\",\"features\":[" + String.join(",", features) + "]}";
    }

    public static String feature(String properties, String geometry) {
        return "{\"type\":\"Feature\",\"properties\":" + properties + ",\"geometry\":" + geometry + "}";
    }

    /** A square polygon of side {@code size} with its south-west corner at (x, y). */
    public static String square(double x, double y, double size) {
        return rectangle(x, y, size, size);
    }

    /** A rectangle {@code width} × {@code height} with its south-west corner at (x, y). */
    public static String rectangle(double x, double y, double width, double height) {
        return "{\"type\":\"Polygon\",\"coordinates\":[[[" + x + "," + y + "],[" + (x + width) + "," + y + "],["
                + (x + width) + "," + (y + height) + "],[" + x + "," + (y + height) + "],[" + x + "," + y + "]]]}";
    }

    /** A GeoPackage with the GeoJSON as layer {@code layer}; {@code args}: more ogr2ogr options (-a_srs …). */
    public static byte[] geoPackage(String geoJson, String layer, String... args) {
        return inTemporaryDirectory(dir -> {
            Path out = dir.resolve("out.gpkg");
            ogr2ogr(dir, geoJson, out, "GPKG", layer, args);
            return Files.readAllBytes(out);
        });
    }

    /** Adds the GeoJSON as another layer to a GeoPackage. */
    public static byte[] withLayer(byte[] geoPackage, String geoJson, String layer, String... args) {
        return inTemporaryDirectory(dir -> {
            Path out = dir.resolve("out.gpkg");
            Files.write(out, geoPackage);
            List<String> more = new ArrayList<>(List.of("-update"));
            more.addAll(List.of(args));
            ogr2ogr(dir, geoJson, out, "GPKG", layer, more.toArray(String[]::new));
            return Files.readAllBytes(out);
        });
    }

    /**
     * A zipped Shapefile {@code name}.shp/.shx/.dbf/.prj/.cpg without the extensions in {@code leaveOut}
     * (".prj", ".cpg" …).
     */
    public static byte[] zippedShapefile(String geoJson, String name, Set<String> leaveOut, String... args) {
        return inTemporaryDirectory(dir -> {
            Path shp = dir.resolve("shp").resolve(name + ".shp");
            Files.createDirectories(shp.getParent());
            ogr2ogr(dir, geoJson, shp, "ESRI Shapefile", null, args);
            ByteArrayOutputStream zip = new ByteArrayOutputStream();
            try (ZipOutputStream out = new ZipOutputStream(zip, StandardCharsets.UTF_8);
                 Stream<Path> files = Files.list(shp.getParent())) {
                for (Path file : files.sorted().toList()) {
                    String fileName = file.getFileName().toString();
                    if (leaveOut.contains(fileName.substring(fileName.lastIndexOf('.')))) {
                        continue;
                    }
                    out.putNextEntry(new ZipEntry(fileName));
                    out.write(Files.readAllBytes(file));
                    out.closeEntry();
                }
            }
            return zip.toByteArray();
        });
    }

    /**
     * What {@code ogrinfo -ro -al -wkt_format WKT1} (every layer, every feature, the CRS as WKT1) says of a file
     * written as {@code fileName}; a .zip is opened through {@code /vsizip/} as GIS users open zipped Shapefiles.
     */
    public static OgrInfo info(byte[] file, String fileName) {
        return new OgrInfo(new String(inTemporaryDirectory(dir -> {
            Path path = dir.resolve(fileName);
            Files.write(path, file);
            String source = fileName.endsWith(".zip") ? "/vsizip/" + path : path.toString();
            return run(List.of("ogrinfo", "-ro", "-al", "-wkt_format", "WKT1", source))
                    .getBytes(StandardCharsets.UTF_8);
        }), StandardCharsets.UTF_8));
    }

    private static void ogr2ogr(Path dir, String geoJson, Path out, String driver, String layer, String... args)
            throws IOException, InterruptedException {
        Path in = dir.resolve("in.geojson");
        Files.writeString(in, geoJson);
        List<String> command = new ArrayList<>(List.of("ogr2ogr", "-f", driver));
        command.addAll(List.of(args));
        if (layer != null) {
            command.addAll(List.of("-nln", layer));
        }
        command.addAll(List.of(out.toString(), in.toString()));
        run(command);
    }

    /** Runs a GDAL command and gives its output (stdout and stderr), failing when the command fails. */
    private static String run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
        }
        return output;
    }

    private interface InDirectory {
        byte[] run(Path dir) throws IOException, InterruptedException;
    }

    private static byte[] inTemporaryDirectory(InDirectory work) {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("ogr-");
            return work.run(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            if (dir != null) {
                try (Stream<Path> all = Files.walk(dir)) {
                    all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                } catch (IOException ignored) {
                    // a temporary directory left behind
                }
            }
        }
    }
}
