package com.envgrid.api.basemap;

import org.sqlite.SQLiteConfig;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * An MBTiles file (SQLite; MBTiles 1.3) of raster tiles, read only. MBTiles numbers rows as TMS does — from the
 * south — so the XYZ row {@code y} a map asks for is row {@code 2^z - 1 - y} of the file. Each read opens the file
 * afresh (SQLite opens in microseconds), so reads never wait on one another and a file replaced in place is read as
 * it is now.
 */
final class MbTiles {
    private final Path file;

    /** The file's metadata table, name → value, as found when it was opened. */
    private final Map<String, String> metadata;

    /**
     * @throws IllegalArgumentException the file is missing, unreadable or not an MBTiles file (no tiles table)
     */
    MbTiles(Path file) {
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new IllegalArgumentException(file + " is not a readable file");
        }
        this.file = file;
        try (Connection db = open(); var statement = db.createStatement()) {
            statement.executeQuery("SELECT zoom_level, tile_column, tile_row, tile_data FROM tiles LIMIT 1").close();
            Map<String, String> found = new HashMap<>();
            try (ResultSet rows = statement.executeQuery("SELECT name, value FROM metadata")) {
                while (rows.next()) {
                    found.put(rows.getString(1), rows.getString(2));
                }
            } catch (SQLException noMetadata) {
                // the metadata table is required by the specification, but tiles without it can still be served
            }
            this.metadata = Map.copyOf(found);
        } catch (SQLException e) {
            throw new IllegalArgumentException(file + " is not an MBTiles file: " + e.getMessage(), e);
        }
    }

    /** A metadata value such as {@code attribution} or {@code maxzoom}, if the file has it. */
    Optional<String> metadata(String name) {
        return Optional.ofNullable(metadata.get(name)).filter(v -> !v.isBlank());
    }

    /** The tile's bytes at zoom z, column x and XYZ row y (counted from the north), if the file has it. */
    Optional<byte[]> tile(int z, int x, int y) {
        int tmsRow = (1 << z) - 1 - y;
        try (Connection db = open(); PreparedStatement query = db.prepareStatement(
                "SELECT tile_data FROM tiles WHERE zoom_level = ? AND tile_column = ? AND tile_row = ?")) {
            query.setInt(1, z);
            query.setInt(2, x);
            query.setInt(3, tmsRow);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? Optional.ofNullable(row.getBytes(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("basemap tiles in " + file + " could not be read: " + e.getMessage(), e);
        }
    }

    private Connection open() throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        return config.createConnection("jdbc:sqlite:" + file);
    }
}
