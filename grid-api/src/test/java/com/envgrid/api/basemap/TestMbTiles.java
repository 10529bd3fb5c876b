package com.envgrid.api.basemap;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Small MBTiles files for tests, written with the SQLite JDBC driver as a tile tool would: the tiles table in TMS
 * rows (from the south), the metadata table with name, format and zooms.
 */
public final class TestMbTiles {
    private TestMbTiles() {
    }

    /** A tile's XYZ address, as a web map asks for it (rows from the north). */
    public record Tile(int z, int x, int y) {
    }

    /** Writes the tiles, by XYZ address, and the metadata to a new MBTiles file. */
    public static Path write(Path file, Map<Tile, byte[]> tiles, Map<String, String> metadata) {
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            db.setAutoCommit(false); // one transaction: SQLite would otherwise sync the file after every tile
            try (var create = db.createStatement()) {
                create.execute("CREATE TABLE metadata (name text, value text)");
                create.execute("CREATE TABLE tiles (zoom_level integer, tile_column integer, tile_row integer,"
                        + " tile_data blob)");
                create.execute("CREATE UNIQUE INDEX tile_index ON tiles (zoom_level, tile_column, tile_row)");
            }
            try (PreparedStatement insert = db.prepareStatement("INSERT INTO metadata VALUES (?, ?)")) {
                for (var entry : metadata.entrySet()) {
                    insert.setString(1, entry.getKey());
                    insert.setString(2, entry.getValue());
                    insert.executeUpdate();
                }
            }
            try (PreparedStatement insert = db.prepareStatement("INSERT INTO tiles VALUES (?, ?, ?, ?)")) {
                for (var entry : tiles.entrySet()) {
                    Tile t = entry.getKey();
                    insert.setInt(1, t.z());
                    insert.setInt(2, t.x());
                    insert.setInt(3, (1 << t.z()) - 1 - t.y());
                    insert.setBytes(4, entry.getValue());
                    insert.executeUpdate();
                }
            }
            db.commit();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return file;
    }

    /**
     * The tiles of zooms {@code fromZoom} to {@code toZoom} that cover the box (WGS84 degrees), each a 256-pixel PNG
     * of one colour.
     */
    public static Map<Tile, byte[]> covering(double west, double south, double east, double north, int fromZoom,
                                             int toZoom, Color colour) {
        byte[] png = png(colour);
        Map<Tile, byte[]> tiles = new LinkedHashMap<>();
        for (int z = fromZoom; z <= toZoom; z++) {
            for (int x = column(west, z); x <= column(east, z); x++) {
                for (int y = row(north, z); y <= row(south, z); y++) {
                    tiles.put(new Tile(z, x, y), png);
                }
            }
        }
        return tiles;
    }

    /** A 256 × 256 PNG of one colour. */
    public static byte[] png(Color colour) {
        BufferedImage image = new BufferedImage(256, 256, BufferedImage.TYPE_INT_RGB);
        var graphics = image.createGraphics();
        graphics.setColor(colour);
        graphics.fillRect(0, 0, 256, 256);
        graphics.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static int column(double lon, int z) {
        return (int) Math.floor((lon + 180) / 360 * (1 << z));
    }

    static int row(double lat, int z) {
        double phi = Math.toRadians(lat);
        return (int) Math.floor((1 - Math.log(Math.tan(phi) + 1 / Math.cos(phi)) / Math.PI) / 2 * (1 << z));
    }
}
