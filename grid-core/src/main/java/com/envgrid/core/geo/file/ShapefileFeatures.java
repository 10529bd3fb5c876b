package com.envgrid.core.geo.file;

import com.envgrid.core.geo.Crs;
import com.envgrid.core.input.InputProblem;
import com.linuxense.javadbf.DBFException;
import com.linuxense.javadbf.DBFReader;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Reads a zipped Shapefile: the .shp (geometries, {@link ShpGeometries}), the .dbf (attributes, with JavaDBF), the
 * .prj (coordinate system) and the .cpg (the .dbf's text encoding). Without a .cpg the encoding is the .dbf's
 * language driver when it names GBK, else UTF-8 when the text is valid UTF-8, else GBK — Chinese files without a
 * .cpg are GBK in practice. The .shx index is not needed: records are read in order. A zip holding several
 * Shapefiles is several layers, named by their file names.
 */
final class ShapefileFeatures {
    /** Files inside the zip larger than this are refused: boundary files are megabytes, a zip bomb is not. */
    private static final long MAX_ENTRY_BYTES = 512L * 1024 * 1024;
    private static final Charset GBK = Charset.forName("GBK");

    private ShapefileFeatures() {
    }

    static FeatureFile read(byte[] zip, ReadOptions options) {
        Map<String, byte[]> files = unzipped(zip);
        List<String> layers = new ArrayList<>();
        files.keySet().stream().filter(n -> n.toLowerCase(Locale.ROOT).endsWith(".shp"))
                .forEach(n -> layers.add(n.substring(0, n.length() - 4)));
        String layer = Layers.choose(layers, options.layer(), FileCode.NO_SHAPEFILE,
                "the zip holds no .shp file", Map.of("missing", ".shp"));
        byte[] shp = part(files, layer, ".shp");
        byte[] dbf = part(files, layer, ".dbf");
        if (dbf == null) {
            throw Wgs84.refused(FileCode.NO_SHAPEFILE, "", "the zip holds " + layer + ".shp but not " + layer
                    + ".dbf, which has the features' attributes", Map.of("missing", layer + ".dbf"));
        }
        byte[] prj = part(files, layer, ".prj");
        byte[] cpg = part(files, layer, ".cpg");
        List<ShpGeometries.Shape> shapes;
        try {
            shapes = ShpGeometries.read(shp, FeatureFiles.WGS84);
        } catch (IllegalArgumentException e) {
            throw Wgs84.refused(FileCode.UNREADABLE, "", layer + ".shp cannot be read: " + e.getMessage(),
                    Map.of("reason", e.getMessage()));
        }
        List<Map<String, Object>> records = records(dbf, charset(dbf, cpg), layer);
        if (records.size() != shapes.size()) {
            String message = layer + ".dbf has " + records.size() + " records but " + layer + ".shp has "
                    + shapes.size() + " shapes: the files do not belong together";
            throw Wgs84.refused(FileCode.UNREADABLE, "", message, Map.of("reason", message));
        }
        if (shapes.isEmpty()) {
            throw Wgs84.refused(FileCode.NO_FEATURES, "layer " + layer, "layer " + layer + " has no features",
                    Map.of("layer", layer));
        }
        List<FileFeature> raw = new ArrayList<>();
        for (int i = 0; i < shapes.size(); i++) {
            ShpGeometries.Shape shape = shapes.get(i);
            String where = "layer " + layer + ", feature " + (i + 1);
            Map<String, Object> properties = records.get(i);
            String at = FileFeature.read(where, properties, null).at("geometry");
            if (shape.problem() != null) {
                raw.add(FileFeature.unreadable(where, properties, List.of(new InputProblem(at, shape.problem()))));
            } else if (shape.geometry() == null) {
                raw.add(FileFeature.unreadable(where, properties, List.of(new InputProblem(at,
                        "the feature has no geometry"))));
            } else {
                raw.add(Layers.checked(where, properties, shape.geometry(), options));
            }
        }
        String prjText = prj == null ? null : new String(prj, StandardCharsets.UTF_8);
        CrsUsed crs = Wgs84.choose(options.crs(), () -> prjText == null ? null : Crs.fromWkt(prjText), "prj",
                layer + ".prj", Wgs84.extent(raw));
        return new FeatureFile(FileFormat.SHAPEFILE, layers, layer, crs, Wgs84.transformed(raw, crs, true));
    }

    /** The files of the zip by name, folders and macOS resource forks left out. */
    private static Map<String, byte[]> unzipped(byte[] zip) {
        try {
            return unzipped(zip, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            // names not in UTF-8 and not flagged as such: zipped on Chinese Windows, in GBK
            return unzipped(zip, GBK);
        }
    }

    private static Map<String, byte[]> unzipped(byte[] zip, Charset names) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), names)) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                String name = entry.getName().replace('\\', '/');
                if (entry.isDirectory() || name.startsWith("__MACOSX/")) {
                    continue;
                }
                String base = name.substring(name.lastIndexOf('/') + 1);
                files.put(base, limited(in, base));
            }
        } catch (IOException e) {
            throw Wgs84.refused(FileCode.UNREADABLE, "", "the zip cannot be read: " + e.getMessage(),
                    Map.of("reason", String.valueOf(e.getMessage())));
        }
        return files;
    }

    private static byte[] limited(InputStream in, String name) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        for (int n; (n = in.read(buffer)) > 0; ) {
            total += n;
            if (total > MAX_ENTRY_BYTES) {
                throw new IOException(name + " unpacks to more than " + MAX_ENTRY_BYTES / (1024 * 1024) + " MB");
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    /** The file of a layer with an extension, whatever the case of the extension (.SHP, .Dbf …). */
    private static byte[] part(Map<String, byte[]> files, String layer, String extension) {
        for (var file : files.entrySet()) {
            String name = file.getKey();
            if (name.length() == layer.length() + extension.length() && name.startsWith(layer)
                    && name.substring(layer.length()).equalsIgnoreCase(extension)) {
                return file.getValue();
            }
        }
        return null;
    }

    /** The encoding of the .dbf's text: the .cpg's, else the language driver's, else detected. */
    static Charset charset(byte[] dbf, byte[] cpg) {
        if (cpg != null) {
            String name = new String(cpg, StandardCharsets.US_ASCII).strip().toUpperCase(Locale.ROOT);
            switch (name) {
                case "UTF-8", "UTF8", "65001":
                    return StandardCharsets.UTF_8;
                case "GBK", "936", "CP936", "GB2312", "ANSI 936":
                    return GBK;
                case "GB18030", "54936":
                    return Charset.forName("GB18030");
                default:
                    try {
                        return Charset.forName(name);
                    } catch (IllegalArgumentException e) {
                        break; // an encoding Java does not know: detect it as if there were no .cpg
                    }
            }
        }
        int languageDriver = dbf.length > 29 ? dbf[29] & 0xFF : 0;
        if (languageDriver == 0x4D || languageDriver == 0x7A) { // code page 936
            return GBK;
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(dbf, 32, dbf.length - 32));
            return StandardCharsets.UTF_8;
        } catch (CharacterCodingException | IndexOutOfBoundsException e) {
            return GBK;
        }
    }

    private static List<Map<String, Object>> records(byte[] dbf, Charset charset, String layer) {
        List<Map<String, Object>> records = new ArrayList<>();
        try (DBFReader reader = new DBFReader(new ByteArrayInputStream(dbf), charset)) {
            String[] names = new String[reader.getFieldCount()];
            for (int i = 0; i < names.length; i++) {
                names[i] = reader.getField(i).getName();
            }
            for (Object[] row; (row = reader.nextRecord()) != null; ) {
                Map<String, Object> properties = new LinkedHashMap<>();
                for (int i = 0; i < names.length; i++) {
                    properties.put(names[i], row[i]);
                }
                records.add(properties);
            }
        } catch (DBFException | IllegalArgumentException e) {
            throw Wgs84.refused(FileCode.UNREADABLE, "", layer + ".dbf cannot be read: " + e.getMessage(),
                    Map.of("reason", String.valueOf(e.getMessage())));
        }
        return records;
    }
}
