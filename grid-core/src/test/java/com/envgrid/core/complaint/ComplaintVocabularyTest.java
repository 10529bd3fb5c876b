package com.envgrid.core.complaint;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ComplaintVocabularyTest {
    @Test
    void a_category_is_read_in_english_or_in_any_of_its_chinese_names() {
        assertEquals(Optional.of(ComplaintCategory.COOKING_FUMES), ComplaintCategory.parse("油烟"));
        assertEquals(Optional.of(ComplaintCategory.COOKING_FUMES), ComplaintCategory.parse("餐饮油烟"));
        assertEquals(Optional.of(ComplaintCategory.COOKING_FUMES), ComplaintCategory.parse(" Cooking_Fumes "));
        assertEquals(Optional.of(ComplaintCategory.ODOUR), ComplaintCategory.parse("异味"));
        assertEquals(Optional.of(ComplaintCategory.ODOUR), ComplaintCategory.parse("废气"));
        assertEquals(Optional.of(ComplaintCategory.NOISE), ComplaintCategory.parse("噪声"));
        assertEquals(Optional.of(ComplaintCategory.DUST), ComplaintCategory.parse("扬尘"));
        assertEquals(Optional.of(ComplaintCategory.WATER_POLLUTION), ComplaintCategory.parse("废水"));
        assertEquals(Optional.of(ComplaintCategory.WATER_POLLUTION), ComplaintCategory.parse("水污染"));
        assertEquals(Optional.of(ComplaintCategory.DUMPING), ComplaintCategory.parse("垃圾倾倒"));
        assertEquals(Optional.of(ComplaintCategory.BURNING), ComplaintCategory.parse("秸秆焚烧"));
        assertEquals(Optional.of(ComplaintCategory.OTHER), ComplaintCategory.parse("其他"));
        assertEquals(Optional.empty(), ComplaintCategory.parse("光污染"));
        assertEquals(Optional.empty(), ComplaintCategory.parse(null));
    }

    @Test
    void every_chinese_name_belongs_to_one_category_only_and_the_accepted_list_names_them_all() {
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
    void a_channel_is_read_by_its_key_its_chinese_name_or_its_hotline_number() {
        assertEquals(Optional.of(Channel.HOTLINE_12369), Channel.parse("12369"));
        assertEquals(Optional.of(Channel.HOTLINE_12345), Channel.parse("hotline_12345"));
        assertEquals(Optional.of(Channel.LETTER), Channel.parse("来信"));
        assertEquals(Optional.of(Channel.VISIT), Channel.parse("来访"));
        assertEquals(Optional.of(Channel.OPEN311), Channel.parse("open311"));
        assertEquals(Optional.of(Channel.WEB), Channel.parse("网上"));
        assertEquals(Optional.empty(), Channel.parse("wechat"));
        assertEquals(Set.of(Channel.WEB, Channel.OPEN311), new HashSet<>(Arrays.stream(Channel.values())
                .filter(Channel::isPublicIntake).toList()));
        assertEquals("hotline_12345", Channel.HOTLINE_12345.key());
    }

    @Test
    void a_rating_is_read_in_english_or_chinese_and_only_unsatisfied_counts_against_the_rate() {
        assertEquals(Optional.of(Satisfaction.SATISFIED), Satisfaction.parse("满意"));
        assertEquals(Optional.of(Satisfaction.BASICALLY_SATISFIED), Satisfaction.parse("基本满意"));
        assertEquals(Optional.of(Satisfaction.UNSATISFIED), Satisfaction.parse("不满意"));
        assertEquals(Optional.of(Satisfaction.BASICALLY_SATISFIED), Satisfaction.parse("Basically_Satisfied"));
        assertEquals(Optional.empty(), Satisfaction.parse("一般"));
        assertTrue(Satisfaction.BASICALLY_SATISFIED.countsAsSatisfied());
        assertFalse(Satisfaction.UNSATISFIED.countsAsSatisfied());
    }

    @Test
    void a_state_is_read_in_english_or_chinese() {
        assertEquals(Optional.of(ComplaintState.RECEIVED), ComplaintState.parse("待受理"));
        assertEquals(Optional.of(ComplaintState.INVESTIGATING), ComplaintState.parse("调查处理中"));
        assertEquals(Optional.of(ComplaintState.CLOSED), ComplaintState.parse("closed"));
        assertEquals(Optional.empty(), ComplaintState.parse("transferred"));
    }
}
