package com.envgrid.core.source;

import com.envgrid.core.sheet.SheetReader;
import com.envgrid.core.sheet.SheetTable;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;

import java.util.List;

import static com.envgrid.core.source.SourceFixture.HUAGUANG;
import static com.envgrid.core.source.SourceFixture.INSIDE;
import static com.envgrid.core.source.SourceFixture.XINGUANG;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The directory from an Excel workbook: the same rules as CSV, problems placed at cells and said in Chinese too. */
class SourceWorkbookTest {
    private static SourceSheetReader.Result read(byte[] file, SourceSheetReader.Coordinates coordinates) {
        return SourceSheetReader.read(file, new SourceSheetReader.Options(null, null, coordinates), RatingScale.DEFAULT,
                INSIDE);
    }

    @Test
    void problems_name_the_cell_and_are_said_in_chinese_and_the_rejected_rows_carry_them() {
        byte[] file = DirectoryWorkbooks.census("名录", new Object[]{"名称", "统一社会信用代码", "经度", "纬度", "信用等级"},
                new Object[]{"华光化工", HUAGUANG, 120.05, 30.05, "A"},
                new Object[]{"新光印染", XINGUANG, "120°30′", 30.05, "E"});
        var result = read(file, null);
        assertEquals(1, result.rows().size(), result.problems().toString());
        assertEquals(List.of("C5", "E5"), result.problems().stream().map(RowProblem::cell).toList());
        assertEquals("“120°30′” 不是数字：请填写十进制度数（120.5083），不要用度分秒（120°30′30″）",
                result.problems().get(0).messageZh());
        assertTrue(result.problems().get(1).messageZh().startsWith("无法识别的信用等级“E”"),
                result.problems().get(1).messageZh());

        SheetTable rejected = SheetReader.read(result.rejectedRows(), SheetReader.Options.header(c -> true, 10));
        assertEquals(List.of("名称", "统一社会信用代码", "经度", "纬度", "信用等级", "原因"), rejected.columns());
        assertEquals(1, rejected.rows().size());
        assertEquals(List.of("新光印染", XINGUANG, "120°30′", "30.05", "E"), rejected.rows().get(0).cells().subList(0, 5));
        assertTrue(rejected.rows().get(0).cell(5).startsWith("C5：“120°30′” 不是数字"), rejected.rows().get(0).cell(5));
        assertTrue(rejected.rows().get(0).cell(5).contains("；E5：无法识别的信用等级"), rejected.rows().get(0).cell(5));
    }

    @Test
    void a_missing_column_refuses_every_row_and_each_rejected_row_says_so() {
        byte[] file = DirectoryWorkbooks.census("名录", new Object[]{"名称", "经度", "纬度"}, new Object[]{"华光化工", 120.05, 30.05});
        var result = read(file, null);
        assertEquals("缺少信用等级列：表头须有以下之一：rating, 信用等级, 环境信用等级, 评级", result.problems().get(0).messageZh());
        assertEquals(3, result.problems().get(0).line(), "the header's row, under the title and a blank row");
        SheetTable rejected = SheetReader.read(result.rejectedRows(), SheetReader.Options.header(c -> true, 10));
        assertEquals("第 3 行，rating：缺少信用等级列：表头须有以下之一：rating, 信用等级, 环境信用等级, 评级",
                rejected.rows().get(0).cell(3));
    }

    @Test
    void projected_coordinates_become_lon_lat_through_the_coordinate_system_given() {
        byte[] file = DirectoryWorkbooks.census("名录", new Object[]{"名称", "统一社会信用代码", "东坐标", "北坐标", "信用等级"},
                new Object[]{"华光化工", HUAGUANG, 1_200_500.0, 3_001_000.0, "A"},
                new Object[]{"新光印染", XINGUANG, 1_200_500.0, -1.0, "B"});
        var metres = new SourceSheetReader.Coordinates("EPSG:0 (tenths of metres)", c -> {
            if (c.y < 0) {
                throw new IllegalArgumentException("not in this system");
            }
            return new Coordinate(c.x / 10_000, c.y / 100_000);
        });
        var result = read(file, metres);
        assertEquals(120.05, result.rows().get(0).source().lon(), 1e-9);
        assertEquals(30.01, result.rows().get(0).source().lat(), 1e-9);
        assertEquals("C5/D5", result.problems().get(0).cell());
        assertTrue(result.problems().get(0).messageZh().contains("不是 EPSG:0 (tenths of metres) 中的点"),
                result.problems().get(0).messageZh());
        var unnamed = read(file, null).problems().get(0);
        assertTrue(unnamed.message().contains("crs=EPSG:4549"), unnamed.message());
    }
}
