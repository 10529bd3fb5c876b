package com.envgrid.core.source;

import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static com.envgrid.core.source.SourceFixture.CLEAN;
import static com.envgrid.core.source.SourceFixture.HUAGUANG;
import static com.envgrid.core.source.SourceFixture.INSIDE;
import static com.envgrid.core.source.SourceFixture.codes;
import static com.envgrid.core.source.SourceFixture.csv;
import static com.envgrid.core.source.SourceFixture.onlyProblem;
import static com.envgrid.core.source.SourceFixture.read;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SourceCsvReaderTest {
    private static final Charset GBK = Charset.forName("GBK");

    private static SourceSheetReader.Result readBytes(byte[] bytes, Charset charset) {
        return SourceSheetReader.read(bytes, new SourceSheetReader.Options(null, charset, null), RatingScale.DEFAULT, INSIDE);
    }

    @Test
    void a_clean_utf8_file_gives_every_source_with_its_fields() {
        var result = read(CLEAN);
        assertTrue(result.allGood(), result.problems().toString());
        assertEquals(StandardCharsets.UTF_8, result.charset());
        assertEquals(List.of(2, 3, 4), result.rows().stream().map(SourceSheetReader.Row::line).toList());

        var enterprise = result.rows().get(0).source();
        assertEquals(new PointSource(HUAGUANG, SourceKind.ENTERPRISE, "无锡华光化工有限公司", HUAGUANG,
                "化学原料和化学制品制造业", "新华路8号", 120.0123, 30.0456, true, CreditRating.C,
                OperatingStatus.OPERATING), enterprise);

        var site = result.rows().get(1).source();
        assertEquals("GD-2024-017", site.code(), "a code from the file");
        assertEquals(SourceKind.CONSTRUCTION_SITE, site.kind());
        assertEquals("锡达路28号,东门", site.address(), "a quoted field keeps its comma");
        assertNull(site.creditCode());
        assertEquals(CreditRating.B, site.rating());
        assertEquals(OperatingStatus.OPERATING, site.status(), "an empty status is operating");
        assertFalse(site.keyDischarger());

        var canteen = result.rows().get(2).source();
        assertEquals(PointSource.derivedCode(SourceKind.OTHER, "张泾餐饮集中区", 120.07, 30.02), canteen.code());
        assertEquals(CreditRating.A, canteen.rating());
        assertEquals(OperatingStatus.SUSPENDED, canteen.status());
        assertNull(canteen.address(), "an empty field is no value");
    }

    @Test
    void the_same_file_saved_as_gbk_is_detected_and_read_identically() {
        var utf8 = read(CLEAN);
        var gbk = readBytes(CLEAN.getBytes(GBK), null);
        assertEquals("GBK", gbk.charset().name());
        assertEquals(utf8.rows(), gbk.rows());
        assertTrue(gbk.allGood());
    }

    @Test
    void a_utf8_file_with_a_byte_order_mark_reads_its_first_column() {
        var result = read("\uFEFF" + CLEAN);
        assertEquals(StandardCharsets.UTF_8, result.charset());
        assertEquals(read(CLEAN).rows(), result.rows());
        var first = read("\uFEFF" + csv("名称,经度,纬度,信用等级,类型", "乙,120.02,30.02,A,其他"));
        assertTrue(first.allGood(), first.problems().toString());
        assertEquals("乙", first.rows().get(0).source().name());
    }

    @Test
    void a_charset_given_by_the_caller_is_used_instead_of_guessing() {
        var result = readBytes(CLEAN.getBytes(GBK), GBK);
        assertEquals(read(CLEAN).rows(), result.rows());
        var wrong = readBytes(csv("name,kind,lon,lat,rating", "甲,other,120.01,30.01,A").getBytes(GBK),
                StandardCharsets.UTF_8);
        onlyProblem(wrong, 2, null, "not valid UTF-8", "byte 26 cannot be read");
        assertTrue(wrong.rows().isEmpty());
    }

    @Test
    void crlf_line_ends_and_quoted_fields_with_line_breaks_and_quotes_keep_the_line_numbers() {
        String file = String.join("\r\n", SourceFixture.HEADER,
                ",企业,\"无锡\"\"华光\"\"化工\",\"" + HUAGUANG + "\",化工,\"新华路8号\r\n(东门)\",120.0123,30.0456,是,黄,",
                "GD-1,工地,\"梅村,二期\",,,,120.05,30.05,,B,", "");
        var result = read(file);
        assertTrue(result.allGood(), result.problems().toString());
        assertEquals("无锡\"华光\"化工", result.rows().get(0).source().name());
        assertEquals("新华路8号\r\n(东门)", result.rows().get(0).source().address());
        assertEquals("梅村,二期", result.rows().get(1).source().name());
        assertEquals(List.of(2, 4), result.rows().stream().map(SourceSheetReader.Row::line).toList());
    }

    @Test
    void english_headers_in_any_case_and_unknown_columns_are_read_and_ignored() {
        var result = read(csv(" Name ,KIND,Longitude,LAT,Rating,Key_Discharger,序号",
                "Yard 1,other,120.01,30.01,green,Y,1", "Yard 2,other,120.02,30.02,d,false,2"));
        assertTrue(result.allGood(), result.problems().toString());
        assertTrue(result.rows().get(0).source().keyDischarger());
        assertEquals(CreditRating.D, result.rows().get(1).source().rating());
    }

    @Test
    void blank_lines_and_rows_of_empty_cells_are_skipped() {
        var result = read(csv("名称,类型,经度,纬度,信用等级", "", "甲,其他,120.01,30.01,A", ",,,,", "乙,其他,120.02,30.02,B"));
        assertTrue(result.allGood(), result.problems().toString());
        assertEquals(List.of(3, 5), result.rows().stream().map(SourceSheetReader.Row::line).toList());
    }

    @Test
    void trailing_empty_fields_beyond_the_header_are_allowed_and_missing_ones_are_empty() {
        var result = read(csv("名称,类型,经度,纬度,信用等级,地址", "甲,其他,120.01,30.01,A,,,", "乙,其他,120.02,30.02,B"));
        assertTrue(result.allGood(), result.problems().toString());
        assertNull(result.rows().get(1).source().address());
    }

    @Test
    void full_width_digits_in_coordinates_are_read() {
        var result = read(csv("名称,类型,经度,纬度,信用等级", "甲,其他,１２０.０１,30.01,A"));
        assertTrue(result.allGood(), result.problems().toString());
        assertEquals(120.01, result.rows().get(0).source().lon());
    }

    @Test
    void the_code_of_a_source_without_one_is_derived_the_same_way_on_every_import() {
        String file = csv("名称,类型,经度,纬度,信用等级", "甲,工地,120.01,30.01,A");
        assertEquals(codes(read(file)), codes(read(file)));
        assertTrue(codes(read(file)).get(0).startsWith("construction_site:"));
    }

    @Test
    void the_district_test_receives_lon_then_lat() {
        double[][] seen = new double[1][];
        SourceSheetReader.read(csv("名称,类型,经度,纬度,信用等级", "甲,其他,120.01,30.02,A").getBytes(StandardCharsets.UTF_8),
                SourceSheetReader.Options.DEFAULT, RatingScale.DEFAULT, p -> {
                    seen[0] = p;
                    return true;
                });
        assertArrayEquals(new double[]{120.01, 30.02}, seen[0]);
    }
}
