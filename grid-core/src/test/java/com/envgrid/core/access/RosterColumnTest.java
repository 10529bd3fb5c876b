package com.envgrid.core.access;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RosterColumnTest {

    @Test
    void a_bureau_header_in_chinese_with_notes_and_required_marks() {
        List<String> header = List.of("序号", "姓名*", "账号", "手机号码（选填）", "角色", "网格编码", "岗位");
        assertEquals(Map.of(RosterColumn.NAME, 1, RosterColumn.USERNAME, 2, RosterColumn.PHONE, 3,
                RosterColumn.ROLE, 4, RosterColumn.GRID_CODE, 5, RosterColumn.DUTY, 6), RosterColumn.find(header));
        assertTrue(RosterColumn.isHeader(header));
    }

    @Test
    void the_api_names_in_any_case() {
        assertEquals(Map.of(RosterColumn.NAME, 0, RosterColumn.USERNAME, 1, RosterColumn.ROLE, 2,
                RosterColumn.GRID_CODE, 3), RosterColumn.find(List.of("Name", " username ", "ROLE", "Grid Code")));
    }

    @Test
    void a_title_row_or_a_header_without_usernames_is_not_the_header() {
        assertFalse(RosterColumn.isHeader(List.of("XX区网格员花名册")));
        assertFalse(RosterColumn.isHeader(List.of("姓名", "手机", "角色")));
    }

    @Test
    void a_city_roster_names_the_district_of_each_person() {
        assertEquals(Map.of(RosterColumn.NAME, 0, RosterColumn.USERNAME, 1, RosterColumn.ROLE, 2,
                RosterColumn.DISTRICT, 3), RosterColumn.find(List.of("姓名", "用户名", "角色", "所属区县（选填）")));
        assertEquals(Map.of(RosterColumn.DISTRICT, 0), RosterColumn.find(List.of("区/县")));
    }
}
