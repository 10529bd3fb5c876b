package com.envgrid.core.source;

import org.junit.jupiter.api.Test;

import static com.envgrid.core.grid.GridFixture.wkt;
import static com.envgrid.core.source.SourceFixture.HUAGUANG;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DirectoryModelTest {
    private static PointSource enterprise(String code, String creditCode) {
        return new PointSource(code, SourceKind.ENTERPRISE, "华光化工", creditCode, null, null, 120.01, 30.01, true,
                CreditRating.C, OperatingStatus.OPERATING);
    }

    @Test
    void an_enterprise_is_keyed_by_its_normalised_credit_code() {
        assertEquals(HUAGUANG, enterprise(HUAGUANG, HUAGUANG.toLowerCase()).creditCode());
        assertThrows(IllegalArgumentException.class, () -> enterprise("E-1", HUAGUANG));
        assertThrows(IllegalArgumentException.class, () -> enterprise(HUAGUANG, null));
        assertThrows(IllegalArgumentException.class, () -> enterprise("91350100M000100Y44", "91350100M000100Y44"));
    }

    @Test
    void a_source_is_somewhere_on_earth_and_has_a_name() {
        assertThrows(IllegalArgumentException.class, () -> new PointSource("S", SourceKind.OTHER, "x", null, null,
                null, 30.01, 120.01, false, CreditRating.A, OperatingStatus.OPERATING));
        assertThrows(IllegalArgumentException.class, () -> new PointSource("S", SourceKind.OTHER, " ", null, null,
                null, 120.01, 30.01, false, CreditRating.A, OperatingStatus.OPERATING));
    }

    @Test
    void a_derived_code_is_the_same_for_the_same_source_at_the_same_place() {
        String code = PointSource.derivedCode(SourceKind.CONSTRUCTION_SITE, "梅村安置房项目", 120.05, 30.05);
        assertTrue(code.matches("construction_site:[0-9a-f]{16}"), code);
        assertEquals(code, PointSource.derivedCode(SourceKind.CONSTRUCTION_SITE, "梅村安置房项目", 120.05, 30.050));
        assertNotEquals(code, PointSource.derivedCode(SourceKind.CONSTRUCTION_SITE, "梅村安置房项目", 120.05, 30.051));
        assertNotEquals(code, PointSource.derivedCode(SourceKind.OTHER, "梅村安置房项目", 120.05, 30.05));
    }

    @Test
    void a_river_segment_is_a_line_with_a_named_river_chief() {
        var segment = new RiverSegment("R1-03", "伯渎港", "王建国", wkt("MULTILINESTRING((0 0, 5 1), (5 1, 9 4))"));
        assertEquals(2, segment.geometry().getNumGeometries());
        assertThrows(IllegalArgumentException.class,
                () -> new RiverSegment("R1-03", "伯渎港", " ", wkt("LINESTRING(0 0, 5 1)")));
        assertThrows(IllegalArgumentException.class,
                () -> new RiverSegment("R1-03", "伯渎港", "王建国", wkt("POLYGON((0 0, 5 0, 5 5, 0 0))")));
    }

    @Test
    void a_protection_zone_is_an_area() {
        var zone = new ProtectionZone("W1-1", "锡东水厂水源地", ZoneLevel.FIRST, wkt("POLYGON((0 0, 5 0, 5 5, 0 0))"));
        assertEquals(ZoneLevel.FIRST, zone.level());
        assertThrows(IllegalArgumentException.class,
                () -> new ProtectionZone("W1-1", "锡东水厂水源地", ZoneLevel.FIRST, wkt("LINESTRING(0 0, 5 1)")));
    }
}
