package com.envgrid.api.shared;

import com.envgrid.api.shared.Tables.Column;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * What a CSV export holds when names and codes come from files people sent: nothing in it runs as a formula in Excel
 * but the codes' own {@code ="…"}, and negative numbers stay numbers.
 */
class TablesTest {
    @Test
    void texts_that_would_start_a_formula_are_quoted_and_a_code_cannot_break_out_of_its_formula() {
        Tables table = new Tables("+cmd|' /C calc'!A0", List.of(new Column("编码", Column.Kind.CODE),
                new Column("名称", Column.Kind.TEXT), new Column("变化", Column.Kind.COUNT)), List.of(
                List.of("1\")&HYPERLINK(\"http://phish.example\",\"x", "@SUM(1+1)", -3),
                List.of("2", "-2+3", 4),
                List.of("3", "\tTAB", 0),
                List.of("4", "普通名称 = 一般", 1)));

        String csv = new String(table.csv(), StandardCharsets.UTF_8).substring(1);

        assertEquals(List.of(
                "'+cmd|' /C calc'!A0",
                "编码,名称,变化",
                "\"=\"\"1\"\"\"\")&HYPERLINK(\"\"\"\"http://phish.example\"\"\"\",\"\"\"\"x\"\"\",'@SUM(1+1),-3",
                "\"=\"\"2\"\"\",'-2+3,4",
                "\"=\"\"3\"\"\",'\tTAB,0",
                "\"=\"\"4\"\"\",普通名称 = 一般,1"), List.of(csv.split("\r\n")));
    }
}
