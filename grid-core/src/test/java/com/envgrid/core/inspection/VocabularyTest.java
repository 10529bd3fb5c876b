package com.envgrid.core.inspection;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VocabularyTest {
    @Test
    void a_fix_crs_is_read_by_its_usual_names_in_any_case() {
        assertEquals(Optional.of(FixCrs.WGS84), FixCrs.parse("wgs84"));
        assertEquals(Optional.of(FixCrs.WGS84), FixCrs.parse("WGS-84"));
        assertEquals(Optional.of(FixCrs.WGS84), FixCrs.parse(" EPSG:4326 "));
        assertEquals(Optional.of(FixCrs.WGS84), FixCrs.parse("epsg:4326"));
        assertEquals(Optional.of(FixCrs.GCJ02), FixCrs.parse("gcj02"));
        assertEquals(Optional.of(FixCrs.GCJ02), FixCrs.parse("GCJ-02"));
        assertEquals(Optional.empty(), FixCrs.parse("bd09"));
        assertEquals(Optional.empty(), FixCrs.parse(null));
        assertEquals("wgs84/wgs-84/EPSG:4326, gcj02/gcj-02", FixCrs.accepted());
    }

    @Test
    void a_finding_category_is_read_in_english_or_chinese() {
        assertEquals(Optional.of(FindingCategory.WASTEWATER), FindingCategory.parse("wastewater"));
        assertEquals(Optional.of(FindingCategory.WASTEWATER), FindingCategory.parse("废水"));
        assertEquals(Optional.of(FindingCategory.EXHAUST), FindingCategory.parse("废气"));
        assertEquals(Optional.of(FindingCategory.DUST), FindingCategory.parse("扬尘"));
        assertEquals(Optional.of(FindingCategory.SOLID_WASTE), FindingCategory.parse("固废"));
        assertEquals(Optional.of(FindingCategory.HAZARDOUS_WASTE), FindingCategory.parse("危险废物"));
        assertEquals(Optional.of(FindingCategory.HAZARDOUS_WASTE), FindingCategory.parse("Hazardous_Waste"));
        assertEquals(Optional.of(FindingCategory.NOISE), FindingCategory.parse("噪声"));
        assertEquals(Optional.of(FindingCategory.STRAW_BURNING), FindingCategory.parse("秸秆焚烧"));
        assertEquals(Optional.of(FindingCategory.RIVER_LITTER), FindingCategory.parse("河道"));
        assertEquals(Optional.of(FindingCategory.OTHER), FindingCategory.parse("其他"));
        assertEquals(Optional.empty(), FindingCategory.parse("固废/危废"));
        assertEquals("straw_burning", FindingCategory.STRAW_BURNING.key());
        assertEquals("危废", FindingCategory.HAZARDOUS_WASTE.chineseName());
        assertTrue(FindingCategory.accepted().contains("river_litter/河道/河道垃圾"));
    }

    @Test
    void a_severity_is_read_in_english_or_chinese_and_ordered_least_serious_first() {
        assertEquals(Optional.of(Severity.MINOR), Severity.parse("轻微"));
        assertEquals(Optional.of(Severity.GENERAL), Severity.parse("General"));
        assertEquals(Optional.of(Severity.SERIOUS), Severity.parse("严重"));
        assertEquals(Optional.empty(), Severity.parse("critical"));
        assertEquals("minor/轻微, general/一般, serious/严重", Severity.accepted());
        assertTrue(Severity.SERIOUS.compareTo(Severity.GENERAL) > 0 && Severity.GENERAL.compareTo(Severity.MINOR) > 0);
    }
}
