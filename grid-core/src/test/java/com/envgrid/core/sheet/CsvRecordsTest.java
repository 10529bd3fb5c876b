package com.envgrid.core.sheet;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CsvRecordsTest {
    private static List<CsvRecords.Record> records(String text) {
        var records = new CsvRecords(text);
        List<CsvRecords.Record> all = new ArrayList<>();
        for (var r = records.next(); r != null; r = records.next()) {
            all.add(r);
        }
        return all;
    }

    @Test
    void plain_records_split_on_commas_and_line_ends_of_any_kind() {
        var all = records("a,b,c\r\nd,,f\ng,h,i\rj");
        assertEquals(List.of(List.of("a", "b", "c"), List.of("d", "", "f"), List.of("g", "h", "i"), List.of("j")),
                all.stream().map(CsvRecords.Record::fields).toList());
        assertEquals(List.of(1, 2, 3, 4), all.stream().map(CsvRecords.Record::line).toList());
    }

    @Test
    void a_final_line_end_makes_no_extra_record_and_empty_text_none() {
        assertEquals(1, records("a,b\r\n").size());
        assertEquals(0, records("").size());
        assertEquals(List.of("a", ""), records("a,\n").get(0).fields());
    }

    @Test
    void quoted_fields_hold_commas_doubled_quotes_and_line_breaks() {
        var all = records("name,address\n\"华光\"\"化工\"\"\",\"新华路8号,\r\n东门\"\nnext,\"\"\n");
        assertEquals(List.of("华光\"化工\"", "新华路8号,\r\n东门"), all.get(1).fields());
        assertEquals(List.of("next", ""), all.get(2).fields());
        assertEquals(List.of(1, 2, 4), all.stream().map(CsvRecords.Record::line).toList(),
                "a record's line is where it starts");
    }

    @Test
    void quotes_inside_an_unquoted_field_are_text() {
        assertEquals(List.of("5\"", "x\"y\"", "ab"), records("5\",x\"y\",\"a\"b").get(0).fields());
    }

    @Test
    void a_quote_never_closed_is_refused_with_the_line_it_opened_on() {
        var records = new CsvRecords("a,b\nc,\"d\ne,f\n");
        records.next();
        var e = assertThrows(UnreadableCsv.class, records::next);
        assertEquals(2, e.line());
        assertEquals("a quoted field opened on line 2 is never closed", e.getMessage());
    }
}
