package com.envgrid.api.source;

import com.envgrid.api.shared.Statements;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Function;

/**
 * The directory's many-row writes as set-based statements — one INSERT … SELECT FROM unnest(arrays), or one
 * UPDATE … FROM unnest(arrays), per {@link #CHUNK} rows — instead of a statement per source: a 20,000-row import
 * or the re-location of every source after a grid import is a handful of round trips, inside the caller's
 * transaction (all of it or none).
 */
final class SourceWrites {
    /** Rows per statement: large enough that round trips vanish, small enough to keep the arrays modest. */
    static final int CHUNK = 10_000;

    private SourceWrites() {
    }

    /** A source's place as stored: what re-location reads and writes. */
    record Placed(String code, double lon, double lat, String gridCode, String zoneCode) {
    }

    /** Every source's code, location, grid and zone. */
    static List<Placed> placed(Statements db) {
        return db.list("SELECT code, lon, lat, grid_code, zone_code FROM source", ps -> {
        }, row -> new Placed(row.getString(1), row.getDouble(2), row.getDouble(3), row.getString(4),
                row.getString(5)));
    }

    /** Adds new sources; all carry their own {@code updatedAt}. */
    static void insert(Statements db, List<SourceRow> rows) {
        chunked(db, rows, "INSERT INTO source (code, kind, name, credit_code, industry, address, lon, lat,"
                + " key_discharger, rating, status, grid_code, zone_code, updated_at)"
                + " SELECT * FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],"
                + " ?::float8[], ?::float8[], ?::bool[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[]::timestamptz[])");
    }

    /** Overwrites every column of sources with known codes, as the import read them. */
    static void update(Statements db, List<SourceRow> rows) {
        chunked(db, rows, "UPDATE source s SET kind = v.kind, name = v.name, credit_code = v.credit_code,"
                + " industry = v.industry, address = v.address, lon = v.lon, lat = v.lat,"
                + " key_discharger = v.key_discharger, rating = v.rating, status = v.status, grid_code = v.grid_code,"
                + " zone_code = v.zone_code, updated_at = v.updated_at"
                + " FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],"
                + " ?::float8[], ?::float8[], ?::bool[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[]::timestamptz[])"
                + " AS v (code, kind, name, credit_code, industry, address, lon, lat, key_discharger, rating, status,"
                + " grid_code, zone_code, updated_at) WHERE s.code = v.code");
    }

    /** Writes the new grid and zone of sources that moved. */
    static void relocate(Statements db, List<Placed> moved) {
        for (int from = 0; from < moved.size(); from += CHUNK) {
            List<Placed> chunk = moved.subList(from, Math.min(moved.size(), from + CHUNK));
            db.run("UPDATE source s SET grid_code = v.grid_code, zone_code = v.zone_code"
                    + " FROM unnest(?::text[], ?::text[], ?::text[]) AS v (code, grid_code, zone_code)"
                    + " WHERE s.code = v.code", ps -> {
                Connection c = ps.getConnection();
                ps.setArray(1, texts(c, chunk, Placed::code));
                ps.setArray(2, texts(c, chunk, Placed::gridCode));
                ps.setArray(3, texts(c, chunk, Placed::zoneCode));
                ps.executeUpdate();
            });
        }
    }

    /** Runs {@code sql} — fourteen array parameters, the columns of {@link SourceRow} in order — per chunk of rows. */
    private static void chunked(Statements db, List<SourceRow> rows, String sql) {
        for (int from = 0; from < rows.size(); from += CHUNK) {
            List<SourceRow> chunk = rows.subList(from, Math.min(rows.size(), from + CHUNK));
            db.run(sql, ps -> {
                set(ps, chunk);
                ps.executeUpdate();
            });
        }
    }

    private static void set(PreparedStatement ps, List<SourceRow> rows) throws SQLException {
        Connection c = ps.getConnection();
        ps.setArray(1, texts(c, rows, SourceRow::code));
        ps.setArray(2, texts(c, rows, SourceRow::kind));
        ps.setArray(3, texts(c, rows, SourceRow::name));
        ps.setArray(4, texts(c, rows, SourceRow::creditCode));
        ps.setArray(5, texts(c, rows, SourceRow::industry));
        ps.setArray(6, texts(c, rows, SourceRow::address));
        ps.setArray(7, c.createArrayOf("float8", rows.stream().map(SourceRow::lon).toArray()));
        ps.setArray(8, c.createArrayOf("float8", rows.stream().map(SourceRow::lat).toArray()));
        ps.setArray(9, c.createArrayOf("bool", rows.stream().map(SourceRow::keyDischarger).toArray()));
        ps.setArray(10, texts(c, rows, SourceRow::rating));
        ps.setArray(11, texts(c, rows, SourceRow::status));
        ps.setArray(12, texts(c, rows, SourceRow::gridCode));
        ps.setArray(13, texts(c, rows, SourceRow::zoneCode));
        // ISO instants with their Z: read as the same instant whatever the session's time zone
        ps.setArray(14, texts(c, rows, r -> r.updatedAt().toString()));
    }

    private static <R> Array texts(Connection c, List<R> rows, Function<R, String> column) throws SQLException {
        return c.createArrayOf("text", rows.stream().map(column).toArray());
    }
}
