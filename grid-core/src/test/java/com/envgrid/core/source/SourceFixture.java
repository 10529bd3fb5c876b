package com.envgrid.core.source;

import com.envgrid.core.grid.GridFixture;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A district of 100 × 100 units near lon 120, lat 30 (lon 120–120.1, lat 30–30.1), valid credit codes, and CSV
 * files of sources in it.
 */
final class SourceFixture {
    static final Geometry DISTRICT = GridFixture.wkt(GridFixture.square(0, 0, 100, 100));
    private static final GeometryFactory GEOMETRY = new GeometryFactory();
    static final Predicate<double[]> INSIDE =
            p -> DISTRICT.covers(GEOMETRY.createPoint(new Coordinate(p[0], p[1])));

    static final String HUAGUANG = CreditCode.withCheckCharacter("91320214MA1N00001");
    static final String XINGUANG = CreditCode.withCheckCharacter("91320214MA1N00002");

    static final String HEADER = "编号,类型,企业名称,统一社会信用代码,行业类别,地址,经度,纬度,是否重点排污单位,环境信用等级,经营状态";
    static final String ENTERPRISE = ",企业,无锡华光化工有限公司," + HUAGUANG + ",化学原料和化学制品制造业,新华路8号,120.0123,30.0456,是,黄,在产";
    static final String SITE = "GD-2024-017,建筑工地,梅村安置房项目,,建筑业,\"锡达路28号,东门\",120.05,30.05,否,B,";
    static final String CANTEEN = ",其他污染源,张泾餐饮集中区,,餐饮业,,120.07,30.02,0,绿色,停产";

    /** The three sources above under the Chinese header, LF line ends. */
    static final String CLEAN = csv(HEADER, ENTERPRISE, SITE, CANTEEN);

    private SourceFixture() {
    }

    static String csv(String... lines) {
        return String.join("\n", lines) + "\n";
    }

    static SourceSheetReader.Result read(String csv) {
        return SourceSheetReader.read(csv.getBytes(StandardCharsets.UTF_8), SourceSheetReader.Options.DEFAULT, RatingScale.DEFAULT, INSIDE);
    }

    /** The result's only problem, which must be on the given line and column and say the given words. */
    static RowProblem onlyProblem(SourceSheetReader.Result result, int line, String column, String... words) {
        assertEquals(1, result.problems().size(), result.problems().toString());
        RowProblem p = result.problems().get(0);
        assertProblem(p, line, column, words);
        return p;
    }

    static void assertProblem(RowProblem p, int line, String column, String... words) {
        assertEquals(line, p.line(), p.toString());
        assertEquals(column, p.column(), p.toString());
        for (String word : words) {
            assertTrue(p.message().contains(word), "\"" + word + "\" missing from: " + p.message());
        }
    }

    static List<String> codes(SourceSheetReader.Result result) {
        return result.rows().stream().map(r -> r.source().code()).toList();
    }
}
