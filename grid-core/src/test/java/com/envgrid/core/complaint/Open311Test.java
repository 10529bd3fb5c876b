package com.envgrid.core.complaint;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class Open311Test {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Test
    void a_request_is_closed_only_once_the_complaint_is_closed_declined_or_ended_as_a_duplicate() {
        var ended = EnumSet.of(ComplaintState.CLOSED, ComplaintState.DECLINED, ComplaintState.DUPLICATE);
        for (ComplaintState state : ComplaintState.values()) {
            assertEquals(ended.contains(state) ? "closed" : "open", Open311.status(state), state.key());
        }
    }

    @Test
    void date_times_go_out_in_china_time_with_their_offset_to_the_second() {
        assertEquals("2026-11-30T10:15:00+08:00", Open311.dateTime(Instant.parse("2026-11-30T02:15:00Z"), SHANGHAI));
        assertEquals("2026-12-01T07:59:59+08:00", Open311.dateTime(Instant.parse("2026-11-30T23:59:59.789Z"), SHANGHAI));
    }

    @Test
    void start_and_end_dates_are_read_with_any_offset() {
        Instant moment = Instant.parse("2026-11-30T02:15:00Z");
        assertEquals(moment, Open311.parseDateTime("2026-11-30T10:15:00+08:00"));
        assertEquals(moment, Open311.parseDateTime(" 2026-11-30T02:15:00Z "));
        assertEquals(moment, Open311.parseDateTime(Open311.dateTime(moment, SHANGHAI)));
        for (String bad : new String[]{"2026-11-30", "2026-11-30T10:15:00", "yesterday", null}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> Open311.parseDateTime(bad));
            assertTrue(e.getMessage().contains("W3C"), e.getMessage());
        }
    }

    @Test
    void the_service_list_has_one_realtime_service_per_category_without_metadata() {
        List<Open311.Service> services = Open311.services();
        assertEquals(Arrays.stream(ComplaintCategory.values()).map(ComplaintCategory::key).toList(),
                services.stream().map(Open311.Service::serviceCode).toList());
        for (Open311.Service s : services) {
            ComplaintCategory category = ComplaintCategory.parse(s.serviceCode()).orElseThrow();
            assertEquals(category.chineseName(), s.serviceName());
            assertFalse(s.metadata());
            assertEquals("realtime", s.type());
            assertEquals("环境", s.group());
            assertFalse(s.description().isBlank());
            assertTrue(Arrays.asList(s.keywords().split(",")).containsAll(Arrays.asList(category.chineseNames())),
                    s.keywords());
        }
        Open311.Service fumes = services.get(0);
        assertEquals(new Open311.Service("cooking_fumes", "餐饮油烟", fumes.description(), false, "realtime",
                "餐饮油烟,油烟,cooking_fumes", "环境"), fumes);
    }
}
