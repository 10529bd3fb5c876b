package com.envgrid.core;

import com.envgrid.core.complaint.Channel;
import com.envgrid.core.complaint.ComplaintCategory;
import com.envgrid.core.complaint.ComplaintState;
import com.envgrid.core.complaint.Satisfaction;
import com.envgrid.core.inspection.FindingCategory;
import com.envgrid.core.inspection.FixCrs;
import com.envgrid.core.inspection.Severity;
import com.envgrid.core.source.OperatingStatus;
import com.envgrid.core.source.SourceKind;
import com.envgrid.core.source.ZoneLevel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every vocabulary reads its terms by key (in any case, trimmed) or by their Chinese names, and nothing else. */
class VocabularyTest {
    @ParameterizedTest(name = "\"{0}\" reads as {1}")
    @MethodSource("readings")
    void a_term_is_read_by_its_key_or_its_other_names(String text, Optional<?> expected, Function<String, Optional<?>> parse) {
        assertEquals(expected, parse.apply(text));
    }

    static Stream<Arguments> readings() {
        return Stream.of(
                reads(ComplaintCategory::parse, ComplaintCategory.COOKING_FUMES, "油烟", "餐饮油烟", " Cooking_Fumes "),
                reads(ComplaintCategory::parse, ComplaintCategory.ODOUR, "异味", "废气"),
                reads(ComplaintCategory::parse, ComplaintCategory.NOISE, "噪声"),
                reads(ComplaintCategory::parse, ComplaintCategory.DUST, "扬尘"),
                reads(ComplaintCategory::parse, ComplaintCategory.WATER_POLLUTION, "废水", "水污染"),
                reads(ComplaintCategory::parse, ComplaintCategory.DUMPING, "垃圾倾倒"),
                reads(ComplaintCategory::parse, ComplaintCategory.BURNING, "秸秆焚烧"),
                reads(ComplaintCategory::parse, ComplaintCategory.OTHER, "其他"),
                reads(ComplaintCategory::parse, null, "光污染", null),
                reads(Channel::parse, Channel.HOTLINE_12369, "12369"),
                reads(Channel::parse, Channel.HOTLINE_12345, "hotline_12345"),
                reads(Channel::parse, Channel.LETTER, "来信"),
                reads(Channel::parse, Channel.VISIT, "来访"),
                reads(Channel::parse, Channel.OPEN311, "open311"),
                reads(Channel::parse, Channel.WEB, "网上"),
                reads(Channel::parse, null, "wechat"),
                reads(Satisfaction::parse, Satisfaction.SATISFIED, "满意"),
                reads(Satisfaction::parse, Satisfaction.BASICALLY_SATISFIED, "基本满意", "Basically_Satisfied"),
                reads(Satisfaction::parse, Satisfaction.UNSATISFIED, "不满意"),
                reads(Satisfaction::parse, null, "一般"),
                reads(ComplaintState::parse, ComplaintState.RECEIVED, "待受理"),
                reads(ComplaintState::parse, ComplaintState.INVESTIGATING, "调查处理中"),
                reads(ComplaintState::parse, ComplaintState.CLOSED, "closed"),
                reads(ComplaintState::parse, null, "transferred"),
                reads(FixCrs::parse, FixCrs.WGS84, "wgs84", "WGS-84", " EPSG:4326 ", "epsg:4326"),
                reads(FixCrs::parse, FixCrs.GCJ02, "gcj02", "GCJ-02"),
                reads(FixCrs::parse, null, "bd09", null),
                reads(FindingCategory::parse, FindingCategory.WASTEWATER, "wastewater", "废水"),
                reads(FindingCategory::parse, FindingCategory.EXHAUST, "废气"),
                reads(FindingCategory::parse, FindingCategory.DUST, "扬尘"),
                reads(FindingCategory::parse, FindingCategory.SOLID_WASTE, "固废"),
                reads(FindingCategory::parse, FindingCategory.HAZARDOUS_WASTE, "危险废物", "Hazardous_Waste"),
                reads(FindingCategory::parse, FindingCategory.NOISE, "噪声"),
                reads(FindingCategory::parse, FindingCategory.STRAW_BURNING, "秸秆焚烧"),
                reads(FindingCategory::parse, FindingCategory.RIVER_LITTER, "河道"),
                reads(FindingCategory::parse, FindingCategory.RADIATION, "核与辐射"),
                reads(FindingCategory::parse, FindingCategory.OTHER, "其他"),
                reads(FindingCategory::parse, null, "固废/危废"),
                reads(Severity::parse, Severity.MINOR, "轻微"),
                reads(Severity::parse, Severity.GENERAL, "General"),
                reads(Severity::parse, Severity.SERIOUS, "严重"),
                reads(Severity::parse, null, "critical"),
                reads(SourceKind::parse, SourceKind.ENTERPRISE, "企业"),
                reads(SourceKind::parse, SourceKind.CONSTRUCTION_SITE, " Construction_Site ", "建筑工地"),
                reads(SourceKind::parse, SourceKind.OTHER, "其他污染源"),
                reads(SourceKind::parse, null, "factory"),
                reads(OperatingStatus::parse, OperatingStatus.OPERATING, "在产", "运营"),
                reads(OperatingStatus::parse, OperatingStatus.SUSPENDED, "停产"),
                reads(OperatingStatus::parse, OperatingStatus.CLOSED, "CLOSED"),
                reads(OperatingStatus::parse, null, (String) null),
                reads(ZoneLevel::parse, ZoneLevel.FIRST, "一级保护区"),
                reads(ZoneLevel::parse, ZoneLevel.SECOND, "二级"),
                reads(ZoneLevel::parse, ZoneLevel.QUASI, "quasi", "准保护区")
        ).flatMap(Function.identity());
    }

    /** Each text reads as the term, or as nothing where the term is null. */
    private static <T> Stream<Arguments> reads(Function<String, Optional<T>> parse, T term, String... texts) {
        Function<String, Optional<?>> parser = parse::apply;
        return Arrays.stream(texts).map(text -> Arguments.of(text, Optional.ofNullable(term), parser));
    }

    @Test
    void keys_chinese_names_and_accepted_lists_are_what_the_forms_and_errors_show() {
        assertEquals("hotline_12345", Channel.HOTLINE_12345.key());
        assertEquals("wgs84/wgs-84/EPSG:4326, gcj02/gcj-02", FixCrs.accepted());
        assertEquals("straw_burning", FindingCategory.STRAW_BURNING.key());
        assertEquals("危废", FindingCategory.HAZARDOUS_WASTE.chineseName());
        assertTrue(FindingCategory.accepted().contains("river_litter/河道/河道垃圾"));
        assertEquals("minor/轻微, general/一般, serious/严重", Severity.accepted());
        assertEquals("construction_site", SourceKind.CONSTRUCTION_SITE.key());
        assertEquals("建筑工地", SourceKind.CONSTRUCTION_SITE.chineseName());
        assertTrue(SourceKind.accepted().startsWith("enterprise/企业, construction_site/建筑工地/工地"));
    }

    @Test
    void every_chinese_name_belongs_to_one_complaint_category_only_and_the_accepted_list_names_them_all() {
        Set<String> seen = new HashSet<>();
        for (ComplaintCategory c : ComplaintCategory.values()) {
            assertEquals(c, ComplaintCategory.parse(c.key()).orElseThrow());
            for (String name : c.chineseNames()) {
                assertTrue(seen.add(name), name);
                assertEquals(c, ComplaintCategory.parse(name).orElseThrow());
                assertTrue(ComplaintCategory.accepted().contains(name));
            }
            assertEquals(c.chineseNames()[0], c.chineseName());
        }
    }

    @Test
    void only_web_and_open311_are_public_intake_and_only_unsatisfied_counts_against_the_rate() {
        assertEquals(Set.of(Channel.WEB, Channel.OPEN311), new HashSet<>(Arrays.stream(Channel.values())
                .filter(Channel::isPublicIntake).toList()));
        assertTrue(Satisfaction.BASICALLY_SATISFIED.countsAsSatisfied());
        assertFalse(Satisfaction.UNSATISFIED.countsAsSatisfied());
    }

    @Test
    void severities_are_ordered_least_serious_first() {
        assertTrue(Severity.SERIOUS.compareTo(Severity.GENERAL) > 0 && Severity.GENERAL.compareTo(Severity.MINOR) > 0);
    }
}
