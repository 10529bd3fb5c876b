package com.envgrid.core.source;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VocabularyTest {
    @Test
    void source_kinds_read_in_english_or_chinese() {
        assertEquals(Optional.of(SourceKind.ENTERPRISE), SourceKind.parse("企业"));
        assertEquals(Optional.of(SourceKind.CONSTRUCTION_SITE), SourceKind.parse(" Construction_Site "));
        assertEquals(Optional.of(SourceKind.CONSTRUCTION_SITE), SourceKind.parse("建筑工地"));
        assertEquals(Optional.of(SourceKind.OTHER), SourceKind.parse("其他污染源"));
        assertEquals(Optional.empty(), SourceKind.parse("factory"));
        assertEquals("construction_site", SourceKind.CONSTRUCTION_SITE.key());
        assertEquals("建筑工地", SourceKind.CONSTRUCTION_SITE.chineseName());
        assertTrue(SourceKind.accepted().startsWith("enterprise/企业, construction_site/建筑工地/工地"));
    }

    @Test
    void operating_statuses_read_in_english_or_chinese() {
        assertEquals(Optional.of(OperatingStatus.OPERATING), OperatingStatus.parse("在产"));
        assertEquals(Optional.of(OperatingStatus.OPERATING), OperatingStatus.parse("运营"));
        assertEquals(Optional.of(OperatingStatus.SUSPENDED), OperatingStatus.parse("停产"));
        assertEquals(Optional.of(OperatingStatus.CLOSED), OperatingStatus.parse("CLOSED"));
        assertEquals(Optional.empty(), OperatingStatus.parse(null));
    }

    @Test
    void protection_zone_levels_read_in_english_or_chinese() {
        assertEquals(Optional.of(ZoneLevel.FIRST), ZoneLevel.parse("一级保护区"));
        assertEquals(Optional.of(ZoneLevel.SECOND), ZoneLevel.parse("二级"));
        assertEquals(Optional.of(ZoneLevel.QUASI), ZoneLevel.parse("quasi"));
        assertEquals(Optional.of(ZoneLevel.QUASI), ZoneLevel.parse("准保护区"));
    }
}
