package com.envgrid.core.source;

import com.envgrid.core.sheet.SheetCode;
import com.envgrid.core.sheet.UnreadableSheet;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import static com.envgrid.core.source.SourceFixture.HUAGUANG;
import static com.envgrid.core.source.SourceFixture.XINGUANG;
import static com.envgrid.core.source.SourceFixture.assertProblem;
import static com.envgrid.core.source.SourceFixture.csv;
import static com.envgrid.core.source.SourceFixture.onlyProblem;
import static com.envgrid.core.source.SourceFixture.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each way a row can be wrong: the line, the column as the file names it, and what the message says. */
class SourceCsvBadRowsTest {
    private static final String HEADER = "编号,类型,名称,统一社会信用代码,地址,经度,纬度,重点排污单位,信用等级,状态";

    /** A good enterprise row with one value replaced: {@code row(3, "x")} puts x in the credit-code column. */
    private static String row(int column, String value) {
        String[] fields = {"", "企业", "华光化工", HUAGUANG, "新华路8号", "120.01", "30.01", "是", "A", "在产"};
        fields[column] = value;
        return String.join(",", fields);
    }

    private static SourceSheetReader.Result readRows(String... rows) {
        String[] lines = new String[rows.length + 1];
        lines[0] = HEADER;
        System.arraycopy(rows, 0, lines, 1, rows.length);
        return read(csv(lines));
    }

    @Test
    void the_good_row_used_below_is_good() {
        var result = readRows(row(0, ""));
        assertTrue(result.allGood(), result.problems().toString());
    }

    @Test
    void an_empty_name() {
        onlyProblem(readRows(row(2, " ")), 2, "名称", "the name is empty");
    }

    @Test
    void an_enterprise_without_credit_code() {
        onlyProblem(readRows(row(3, "")), 2, "统一社会信用代码", "an enterprise needs its unified social credit code");
    }

    @Test
    void an_invalid_credit_code_says_what_is_wrong_with_it() {
        onlyProblem(readRows(row(3, "91350100M000100Y44")), 2, "统一社会信用代码",
                "\"91350100M000100Y44\"", "is '4' but should be '3'");
        onlyProblem(readRows(row(3, "91350100M00010")), 2, "统一社会信用代码", "this one has 14");
    }

    @Test
    void a_credit_code_excel_turned_into_a_number_says_so() {
        onlyProblem(readRows(row(3, "9.13502E+17")), 2, "统一社会信用代码", "format the column as text");
    }

    @Test
    void a_credit_code_used_twice_names_both_lines_and_keeps_the_first_row() {
        var result = readRows(row(2, "甲"), row(3, XINGUANG), row(2, "乙"));
        onlyProblem(result, 4, "统一社会信用代码", "credit code " + HUAGUANG + " is used twice: on line 2 and on line 4");
        assertEquals(List.of(2, 3), result.rows().stream().map(SourceSheetReader.Row::line).toList());
    }

    @Test
    void a_site_code_used_twice_names_both_lines() {
        String site = "GD-1,工地,甲工地,,,120.01,30.01,,B,";
        onlyProblem(readRows(site, site.replace("甲", "乙")), 3, "编号", "code GD-1 is used twice: on line 2 and on line 3");
    }

    @Test
    void the_same_source_without_code_listed_twice_names_both_lines() {
        String canteen = ",其他,餐饮集中区,,,120.01,30.01,,B,";
        onlyProblem(readRows(canteen, canteen), 3, "名称", "the same name at the same place is on line 2 and on line 3");
    }

    @Test
    void a_missing_longitude_or_latitude() {
        onlyProblem(readRows(row(5, "")), 2, "经度", "the longitude is empty");
        onlyProblem(readRows(row(6, "")), 2, "纬度", "the latitude is empty");
    }

    @Test
    void a_coordinate_that_is_not_a_number_quotes_the_text() {
        onlyProblem(readRows(row(5, "120.0l")), 2, "经度", "\"120.0l\" is not a number");
        onlyProblem(readRows(row(6, "NaN")), 2, "纬度", "\"NaN\" is not a number");
        onlyProblem(readRows(row(5, "120°30′30″")), 2, "经度", "give decimal degrees");
    }

    @Test
    void a_coordinate_out_of_range() {
        onlyProblem(readRows(row(5, "181")), 2, "经度", "longitude 181.0 is out of range");
        onlyProblem(readRows(row(6, "-91")), 2, "纬度", "latitude -91.0 is out of range");
    }

    @Test
    void swapped_coordinates_are_recognised_as_such() {
        onlyProblem(readRows(row(5, "30.01").replace(",30.01,30.01,", ",30.01,120.01,")), 2, "经度/纬度",
                "lon 30.01, lat 120.01 look swapped");
    }

    @Test
    void a_location_outside_the_district() {
        onlyProblem(readRows(row(5, "121.5").replace("30.01", "31.2")), 2, "经度/纬度",
                "lon 121.5, lat 31.2 lies outside the district");
    }

    @Test
    void a_location_outside_the_district_that_swapped_would_be_inside_says_so() {
        Predicate<double[]> district = p -> p[0] > 44 && p[0] < 45 && p[1] > 40 && p[1] < 41;
        String file = csv("名称,类型,经度,纬度,信用等级", "甲,其他,40.5,44.5,A");
        var result = SourceSheetReader.read(file.getBytes(StandardCharsets.UTF_8), SourceSheetReader.Options.DEFAULT, RatingScale.DEFAULT, district);
        onlyProblem(result, 2, "经度/纬度", "outside the district", "look swapped");
    }

    @Test
    void an_unknown_or_missing_rating_lists_the_accepted_labels() {
        onlyProblem(readRows(row(8, "E")), 2, "信用等级", "unknown rating \"E\"", "A = A/绿/绿色/green");
        onlyProblem(readRows(row(8, "")), 2, "信用等级", "the rating is empty", "D = D/红/红色/red");
    }

    @Test
    void an_unknown_kind_or_status_lists_the_accepted_ones() {
        onlyProblem(readRows(row(1, "工厂")), 2, "类型", "unknown kind \"工厂\"", "enterprise/企业");
        onlyProblem(readRows(row(9, "营业")), 2, "状态", "unknown status \"营业\"", "suspended/停产");
    }

    @Test
    void a_key_discharger_flag_that_is_not_yes_or_no() {
        onlyProblem(readRows(row(7, "有")), 2, "重点排污单位", "unknown key_discharger \"有\"", "是/否, Y/N");
    }

    @Test
    void a_field_over_1000_characters() {
        onlyProblem(readRows(row(4, "路".repeat(1001))), 2, "地址", "1001 characters long, at most 1000");
    }

    @Test
    void a_row_with_every_problem_reports_them_all() {
        var result = readRows(row(0, ""), ",工厂,,9135,,abc,95,有,E,营业");
        List<RowProblem> problems = result.problems();
        assertEquals(Set.of("经度", "纬度", "名称", "类型", "状态", "重点排污单位", "信用等级", "统一社会信用代码"),
                problems.stream().map(RowProblem::column).collect(Collectors.toSet()), problems.toString());
        assertEquals(8, problems.size(), problems.toString());
        assertTrue(problems.stream().allMatch(p -> p.line() == 3));
        assertEquals(1, result.rows().size(), "the good row is still read");
    }

    @Test
    void a_row_with_more_fields_than_the_header_is_refused_as_a_whole() {
        onlyProblem(readRows(row(4, "新华路8号,东门")), 2, null, "11 fields", "10 columns", "not in quotes");
    }

    @Test
    void a_missing_required_column_is_one_problem_for_the_file() {
        var result = read(csv("名称,类型,经度,备注", "甲,其他,120.01,", "乙,其他,120.02,"));
        assertEquals(2, result.problems().size(), result.problems().toString());
        assertProblem(result.problems().get(0), 1, "lat", "no lat column", "纬度");
        assertProblem(result.problems().get(1), 1, "rating", "no rating column", "信用等级");
        assertTrue(result.rows().isEmpty());
    }

    @Test
    void a_column_given_twice_is_a_problem_for_the_file() {
        var result = read(csv("名称,类型,经度,纬度,信用等级,企业名称", "甲,其他,120.01,30.01,A,甲"));
        onlyProblem(result, 1, "企业名称", "\"名称\" and \"企业名称\" both give the name");
        assertTrue(result.rows().isEmpty());
    }

    @Test
    void more_than_100000_rows_is_one_problem() {
        StringBuilder file = new StringBuilder("编号,名称,类型,经度,纬度,信用等级\n");
        for (int i = 1; i <= SourceSheetReader.MAX_ROWS + 1; i++) {
            file.append("S").append(i).append(",堆场,其他,120.01,30.01,A\n");
        }
        var result = read(file.toString());
        onlyProblem(result, SourceSheetReader.MAX_ROWS + 2, null, "more than 100000 rows");
    }

    @Test
    void an_empty_file_or_a_header_without_rows() {
        onlyProblem(read(""), 1, null, "the file is empty");
        onlyProblem(read("\n\n"), 1, null, "the file is empty");
        onlyProblem(read(csv("名称,类型,经度,纬度,信用等级")), 1, null, "no rows");
    }

    @Test
    void a_quote_never_closed_is_reported_where_it_opened_and_no_row_of_the_damaged_file_is_taken() {
        var result = readRows(row(0, ""), row(4, "\"新华路8号"), row(2, "乙"));
        onlyProblem(result, 3, null, "a quoted field opened on line 3 is never closed");
        assertTrue(result.rows().isEmpty(), "even with skipBad, nothing of a file that cannot be read to its end");
    }

    @Test
    void a_damaged_workbook_is_refused_as_a_whole_and_utf16_text_is_not_csv() {
        byte[] xlsx = {0x50, 0x4B, 0x03, 0x04, 0x14, 0x00};
        var e = assertThrows(UnreadableSheet.class, () -> SourceSheetReader.read(xlsx, SourceSheetReader.Options.DEFAULT,
                RatingScale.DEFAULT, SourceFixture.INSIDE));
        assertEquals(SheetCode.UNREADABLE, e.code());
        byte[] utf16 = "\uFEFF名称".getBytes(StandardCharsets.UTF_16LE);
        onlyProblem(SourceSheetReader.read(utf16, SourceSheetReader.Options.DEFAULT, RatingScale.DEFAULT, SourceFixture.INSIDE), 1, null, "UTF-16");
    }

    @Test
    void bytes_that_are_neither_utf8_nor_gbk_are_refused_with_their_line() {
        byte[] bytes = {'n', 'a', 'm', 'e', '\n', 'a', '\n', (byte) 0xFF, (byte) 0xFF, '\n'};
        var result = SourceSheetReader.read(bytes, SourceSheetReader.Options.DEFAULT, RatingScale.DEFAULT, SourceFixture.INSIDE);
        onlyProblem(result, 3, null, "neither UTF-8 nor GBK", "byte 8");
        assertNull(result.charset());
    }
}
