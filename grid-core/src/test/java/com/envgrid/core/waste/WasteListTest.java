package com.envgrid.core.waste;

import org.junit.jupiter.api.Test;

import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WasteListTest {
    private final WasteList list = WasteList.edition2021();

    @Test
    void a_code_is_three_groups_of_digits_and_its_last_two_name_its_category() {
        assertEquals("HW49", WasteCode.parse(" 900-041-49 ").orElseThrow().category());
        for (String bad : new String[]{"900041-49", "900-41-49", "HW49", "900-041-4", "900-041-49a", "９００-041-49", ""}) {
            assertTrue(WasteCode.parse(bad).isEmpty(), bad);
        }
    }

    @Test
    void the_2021_edition_has_46_categories_without_hw41_to_hw44() {
        long categories = list.entries().stream().filter(e -> e.code() == null).count();
        assertEquals(46, categories);
        IntStream.rangeClosed(41, 44).forEach(n -> assertTrue(list.categoryName("HW" + n).isEmpty()));
        assertEquals("其他废物", list.categoryName("HW49").orElseThrow());
        assertEquals("废催化剂", list.categoryName("HW50").orElseThrow());
    }

    @Test
    void a_well_formed_code_is_accepted_and_named_by_the_list_or_else_by_its_category() {
        assertEquals("含有或沾染毒性、感染性危险废物的废弃的包装物、容器、过滤吸附介质",
                list.nameOf(list.check("900-041-49").code()));
        WasteList.Checked unlisted = list.check("900-000-08");
        assertTrue(unlisted.ok(), "the list's codes are a subset: a well-formed code of a category is accepted");
        assertEquals("废矿物油与含矿物油废物", list.nameOf(unlisted.code()));
    }

    @Test
    void a_code_of_no_category_or_of_the_wrong_form_is_refused_saying_why() {
        WasteList.Checked noCategory = list.check("900-041-42");
        assertFalse(noCategory.ok());
        assertTrue(noCategory.problemZh().contains("HW42"), noCategory.problemZh());
        WasteList.Checked wrongForm = list.check("HW49");
        assertFalse(wrongForm.ok());
        assertTrue(wrongForm.problem().contains("NNN-NNN-NN"), wrongForm.problem());
    }

    @Test
    void every_listed_code_lies_in_the_category_it_is_listed_under() {
        list.entries().stream().filter(e -> e.code() != null)
                .forEach(e -> assertEquals(e.category(), new WasteCode(e.code()).category(), e.code()));
    }
}
