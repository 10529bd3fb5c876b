package com.envgrid.api.coverage;

import com.envgrid.api.ApiClient;
import com.envgrid.api.Sql;
import com.envgrid.api.grid.EmptyLayer;
import com.envgrid.api.grid.GridFiles;
import com.envgrid.api.layer.LiveGridLayer;
import com.envgrid.core.source.CreditCode;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKBWriter;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.Locale;

import static com.envgrid.api.grid.GridFiles.square;

/**
 * A city of two districts side by side, with known sources, in November 2026 (units of {@link GridFiles}):
 * <ul>
 *   <li>District D (0..20 × 0..10), the {@link GridFiles#smallDistrict() small district}: town A (0..10, split into
 *   communities A1 south and A2 north) and street B (10..20).</li>
 *   <li>District E (20..40 × 0..10), added beside it: town C (20..30) and street F (30..40).</li>
 *   <li>Three D-rated sources, each due once a month: one in A1, one in C, and one exactly on the boundary between
 *   the districts (x = 20, between B and C), which point location puts in B, the smaller code — so it belongs to D
 *   alone.</li>
 * </ul>
 * The districts' codes share no GB/T 2260 city, so the city's row is coded {@code city} and named 全市.
 */
public final class TwoDistrictCity {
    public static final String MONTH = "2026-11";
    public static final String QUARTER = "2026-Q4";
    public static final String IN_A1 = CreditCode.withCheckCharacter("91320214MA1K00001");
    public static final String IN_C = CreditCode.withCheckCharacter("91320214MA1K00002");
    public static final String ON_THE_BOUNDARY = CreditCode.withCheckCharacter("91320214MA1K00003");

    private TwoDistrictCity() {
    }

    /**
     * Starts over with the small district, stores district E beside it, and imports the sources and generates
     * November's duties as the administrator.
     */
    public static void build(ApiClient admin, EmptyLayer emptyLayer, Sql sql, LiveGridLayer layer) {
        emptyLayer.startOver(admin);
        try {
            // stored directly: the import takes one district at a time until city files are accepted
            store(sql, "E", "district", null, 0, square(20, 0, 40, 10));
            store(sql, "C", "town", "E", 1, square(20, 0, 30, 10));
            store(sql, "F", "street", "E", 1, square(30, 0, 40, 10));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        layer.refresh();
        expect(201, admin.exchange(HttpRequest.POST("/api/sources/import", ("统一社会信用代码,名称,经度,纬度,信用等级\n"
                + IN_A1 + ",化工厂,120.002,30.002,D\n"
                + IN_C + ",印染厂,120.025,30.005,D\n"
                + ON_THE_BOUNDARY + ",电镀厂,120.02,30.005,D\n").getBytes(StandardCharsets.UTF_8))
                .contentType("text/csv")), "the sources");
        expect(200, admin.post("/api/duties/generate?period=" + MONTH, ""), "the duties");
    }

    private static void store(Sql sql, String code, String level, String parent, int tier, String wkt)
            throws SQLException {
        Geometry g = GridFiles.geometry(wkt);
        Envelope e = g.getEnvelopeInternal();
        sql.execute(String.format(Locale.ROOT, "INSERT INTO grid (code, name, level, tier, parent_code, geometry,"
                        + " min_lon, min_lat, max_lon, max_lat, updated_at) VALUES ('%s', 'grid %s', '%s', %d, %s,"
                        + " decode('%s', 'hex'), %s, %s, %s, %s, now())", code, code, level, tier,
                parent == null ? "NULL" : "'" + parent + "'", WKBWriter.toHex(new WKBWriter().write(g)),
                e.getMinX(), e.getMinY(), e.getMaxX(), e.getMaxY()));
    }

    private static void expect(int status, ApiClient.Answer answer, String what) {
        if (answer.status() != status) {
            throw new IllegalStateException(what + ": " + answer.status() + " " + answer.json());
        }
    }
}
