package com.envgrid.api.source;

import com.envgrid.api.ApiClient;
import com.envgrid.api.ApiTestBase;
import com.envgrid.api.grid.GridFiles;
import com.envgrid.api.layer.LiveGridLayer;
import com.envgrid.core.access.Actor;
import com.envgrid.core.grid.Grid;
import com.envgrid.core.source.CreditCode;
import com.envgrid.core.source.ProtectionZone;
import com.envgrid.core.source.ZoneLevel;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import static com.envgrid.api.grid.GridFiles.square;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Sources are located as a batch (along a space-filling curve, written set-based); each must land in the grid the
 * one-by-one locator gives it — on nested grids, in a hole's enclave, and on every shared edge and vertex — and a
 * grid import must move exactly the sources whose grid changed, recording nothing more than it did.
 */
@MicronautTest(transactional = false)
class SourceBatchLocationTest extends ApiTestBase {
    private static final String HEADER = "统一社会信用代码,名称,行业,经度,纬度,重点排污单位,信用等级\n";

    @Inject
    LiveGridLayer live;

    @Inject
    Directory directory;

    ApiClient admin;

    /**
     * District D (0..20 × 0..10): town A split into A1 (south) and A2 (north) around an enclave A3 (4..6 × 6..8),
     * street B with community B1 on its west half (the east half is B's own).
     */
    private static GridFiles nested(double a1North, double b1East) {
        return GridFiles.file().grid("D", "district", null, square(0, 0, 20, 10))
                .grid("A", "town", "D", square(0, 0, 10, 10))
                .grid("B", "street", "D", square(10, 0, 20, 10))
                .grid("A1", "community", "A", square(0, 0, 10, a1North))
                .grid("A2", "community", "A", String.format(Locale.ROOT,
                        "POLYGON((0 %s, 10 %s, 10 10, 0 10, 0 %s), (4 6, 6 6, 6 8, 4 8, 4 6))", a1North, a1North, a1North))
                .grid("A3", "community", "A", square(4, 6, 6, 8))
                .grid("B1", "community", "B", square(10, 0, b1East, 10));
    }

    @BeforeEach
    void nestedLayerNoSources() throws Exception {
        sql.execute("DELETE FROM draw_item; DELETE FROM source; DELETE FROM river_segment; DELETE FROM protection_zone");
        admin = ApiClient.asAdmin(http);
        emptyLayer.holdOnly(admin, nested(5, 15).json());
    }

    /**
     * A source every half unit inside the district (its own edge, read back from GeoJSON, may round either way):
     * inside grids, on every inner edge and vertex, around the enclave.
     */
    private static String lattice(String name) {
        StringBuilder csv = new StringBuilder(HEADER);
        int i = 0;
        for (int x = 1; x < 40; x++) {
            for (int y = 1; y < 20; y++) {
                csv.append(code(i++)).append(',').append(name).append(i).append(",化工,")
                        .append(120 + x * 0.0005).append(',').append(30 + y * 0.0005).append(",否,A\n");
            }
        }
        return csv.toString();
    }

    private static String code(int i) {
        return CreditCode.withCheckCharacter(String.format(Locale.ROOT, "91320214MA%07d", i));
    }

    private ApiClient.Answer importCsv(String csv) {
        return admin.exchange(HttpRequest.POST("/api/sources/import", csv.getBytes(StandardCharsets.UTF_8))
                .contentType("text/csv"));
    }

    private record Stored(String grid, long version) {
    }

    /** Every source's grid and row version (xmin: it changes with every write of the row). */
    private Map<String, Stored> stored() {
        Map<String, Stored> rows = new HashMap<>();
        for (String[] r : rows("code, coalesce(grid_code, ''), xmin::text")) {
            rows.put(r[0], new Stored(r[1].isEmpty() ? null : r[1], Long.parseLong(r[2])));
        }
        return rows;
    }

    /** The grid the one-by-one locator gives each stored source on the live layer. */
    private Map<String, String> oneByOne() {
        Map<String, String> grids = new HashMap<>();
        for (String[] r : rows("code, lon::text, lat::text")) {
            grids.put(r[0], live.locator().locate(Double.parseDouble(r[1]), Double.parseDouble(r[2])).deepest()
                    .map(Grid::code).orElse(null));
        }
        return grids;
    }

    /** The sources' {@code columns} (text, none with '|' or ';'), one array per source. */
    private List<String[]> rows(String columns) {
        String all = sql.text("SELECT string_agg(concat_ws('|', " + columns + "), ';') FROM source");
        return java.util.Arrays.stream(all.split(";")).map(r -> r.split("\\|", -1)).toList();
    }

    @Test
    void an_import_locates_every_source_in_the_grid_it_gets_one_by_one_even_on_boundaries() throws Exception {
        var answer = importCsv(lattice("企业"));
        assertEquals(201, answer.status(), String.valueOf(answer.json()));
        assertEquals(39 * 19, answer.json().get("added").asInt());
        Map<String, Stored> stored = stored();
        Map<String, String> expected = oneByOne();
        assertEquals(39 * 19, stored.size());
        expected.forEach((code, grid) -> assertEquals(grid, stored.get(code).grid(), code));
        Set<String> grids = new TreeSet<>(expected.values());
        assertEquals(Set.of("A1", "A2", "A3", "B", "B1"), grids, "every grid kind, the enclave and B's own part");

        var again = importCsv(lattice("改名"));
        assertEquals(201, again.status(), String.valueOf(again.json()));
        assertEquals(39 * 19, again.json().get("updated").asInt());
        assertEquals(39 * 19, sql.count("SELECT count(*) FROM source WHERE name LIKE '改名%'"));
        stored().forEach((code, row) -> assertEquals(expected.get(code), row.grid(), code));
    }

    @Test
    void a_grid_import_moves_exactly_the_sources_whose_grid_changed_and_records_only_itself() throws Exception {
        assertEquals(201, importCsv(lattice("企业")).status());
        Map<String, Stored> before = stored();
        long sourceAudits = sql.count("SELECT count(*) FROM audit_log WHERE entity = 'source'");
        long lastAudit = sql.count("SELECT max(id) FROM audit_log");

        var moved = admin.post("/api/grids/import?mode=replace", nested(3, 12.5).json());
        assertEquals(201, moved.status(), String.valueOf(moved.json()));

        Map<String, Stored> after = stored();
        Map<String, String> expected = oneByOne();
        Set<String> changed = new TreeSet<>();
        Set<String> written = new TreeSet<>();
        for (var e : after.entrySet()) {
            assertEquals(expected.get(e.getKey()), e.getValue().grid(), e.getKey());
            if (!Objects.equals(before.get(e.getKey()).grid(), e.getValue().grid())) {
                changed.add(e.getKey());
            }
            if (before.get(e.getKey()).version() != e.getValue().version()) {
                written.add(e.getKey());
            }
        }
        assertFalse(changed.isEmpty(), "the moved boundaries move sources");
        assertTrue(changed.size() < after.size() / 2, "most stay where they were");
        assertEquals(changed, written, "the rows written are exactly the sources that moved");
        assertEquals(sourceAudits, sql.count("SELECT count(*) FROM audit_log WHERE entity = 'source'"));
        assertEquals("grid_layer", sql.text("SELECT string_agg(DISTINCT entity, ',') FROM audit_log WHERE id > " + lastAudit),
                "the grid import's own record, as before: re-location records nothing of its own");
    }

    @Test
    void new_protection_zones_mark_the_sources_they_cover_boundary_included() throws Exception {
        assertEquals(201, importCsv(lattice("企业")).status());
        directory.saveZones(Actor.SYSTEM, Instant.parse("2026-03-02T00:00:00Z"), List.of(
                new ProtectionZone("Z1", "一级保护区", ZoneLevel.values()[0], GridFiles.geometry(square(2, 2, 4, 4))),
                new ProtectionZone("Z2", "二级保护区", ZoneLevel.values()[0], GridFiles.geometry(square(12, 2, 13, 8)))));
        // the lattice is every half unit: 5 × 5 points in Z1's square, 3 × 13 in Z2's, edges included
        assertEquals(25, sql.count("SELECT count(*) FROM source WHERE zone_code = 'Z1'"));
        assertEquals(39, sql.count("SELECT count(*) FROM source WHERE zone_code = 'Z2'"));
        assertEquals(39 * 19 - 64, sql.count("SELECT count(*) FROM source WHERE zone_code IS NULL"));
    }

}
