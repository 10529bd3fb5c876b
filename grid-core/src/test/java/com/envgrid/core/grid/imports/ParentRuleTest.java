package com.envgrid.core.grid.imports;

import com.envgrid.core.grid.Grid;
import com.envgrid.core.grid.GridLevel;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static com.envgrid.core.grid.GridFixture.square;
import static com.envgrid.core.grid.GridFixture.wkt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ParentRuleTest {
    private static Grid grid(String code, GridLevel level) {
        return new Grid(code, "grid " + code, level, null, wkt(square(0, 0, 1, 1)));
    }

    private static ParentRule.Derived derive(ParentRule rule, Character separator, List<String> stored, Grid... file) {
        List<String> codes = Stream.concat(stored.stream(), Stream.of(file).map(Grid::code)).toList();
        return rule.derive(List.of(file), codes, separator, g -> "/features/" + g.code());
    }

    private static Map<String, String> parents(ParentRule.Derived derived) {
        return derived.grids().stream().filter(g -> g.parentCode() != null)
                .collect(Collectors.toMap(Grid::code, Grid::parentCode));
    }

    @Test
    void strip_last_segment_takes_the_code_without_its_last_dash_or_dot_segment() {
        var derived = derive(ParentRule.STRIP_LAST_SEGMENT, null, List.of(), grid("SQ", GridLevel.DISTRICT),
                grid("SQ-1", GridLevel.STREET), grid("SQ-1-6", GridLevel.COMMUNITY), grid("SQ-1-6.2", GridLevel.CELL));
        assertEquals(List.of(), derived.problems());
        assertEquals(Map.of("SQ-1", "SQ", "SQ-1-6", "SQ-1", "SQ-1-6.2", "SQ-1-6"), parents(derived));
    }

    @Test
    void a_stated_separator_is_the_only_one_cut_at() {
        var derived = derive(ParentRule.STRIP_LAST_SEGMENT, '.', List.of("A-1", "B"), grid("A-1.2", GridLevel.COMMUNITY),
                grid("B-7", GridLevel.CELL));
        assertEquals(Map.of("A-1.2", "A-1"), parents(derived));
        assertEquals(1, derived.problems().size());
        assertEquals("/features/B-7", derived.problems().get(0).pointer());
        assertTrue(derived.problems().get(0).message().contains("no segment separator"));
    }

    @Test
    void prefix_takes_the_longest_code_of_the_layer_that_begins_this_one() {
        var derived = derive(ParentRule.PREFIX, null, List.of("330103"), grid("330103001", GridLevel.STREET),
                grid("330103001001", GridLevel.COMMUNITY), grid("330103001001001", GridLevel.CELL),
                grid("330103002", GridLevel.STREET));
        assertEquals(List.of(), derived.problems());
        assertEquals(Map.of("330103001", "330103", "330103001001", "330103001", "330103001001001", "330103001001",
                "330103002", "330103"), parents(derived));
    }

    @Test
    void a_derived_parent_that_does_not_exist_is_a_problem_naming_the_code_and_the_rule() {
        var derived = derive(ParentRule.STRIP_LAST_SEGMENT, null, List.of(), grid("SQ-1", GridLevel.STREET),
                grid("SQ-2-6", GridLevel.COMMUNITY));
        assertEquals(1, derived.problems().size());
        var problem = derived.problems().get(0);
        assertEquals("/features/SQ-2-6", problem.pointer());
        assertTrue(problem.message().contains("SQ-2-6") && problem.message().contains("parentRule=strip-last-segment")
                && problem.message().contains("SQ-2"), problem.message());
        assertEquals(GridImportCode.PARENT_NOT_DERIVED.code(), problem.code());
        assertEquals(Map.of("code", "SQ-2-6", "rule", "strip-last-segment", "parent", "SQ-2"), problem.params());
    }

    @Test
    void a_code_with_no_prefix_in_the_layer_is_a_problem_when_its_level_needs_a_parent() {
        var derived = derive(ParentRule.PREFIX, null, List.of(), grid("9901", GridLevel.CELL));
        assertEquals(1, derived.problems().size());
        assertTrue(derived.problems().get(0).message().contains("parentRule=prefix"));
    }

    @Test
    void a_street_without_a_derivable_parent_lies_in_the_district_and_a_stated_parent_is_kept() {
        Grid stated = new Grid("SQ-1-6", "x", GridLevel.COMMUNITY, "OTHER", wkt(square(0, 0, 1, 1)));
        var derived = derive(ParentRule.STRIP_LAST_SEGMENT, null, List.of("OTHER", "SQ-1"), grid("ST7", GridLevel.STREET),
                stated);
        assertEquals(List.of(), derived.problems());
        Map<String, Grid> byCode = derived.grids().stream().collect(Collectors.toMap(Grid::code, Function.identity()));
        assertNull(byCode.get("ST7").parentCode());
        assertEquals("OTHER", byCode.get("SQ-1-6").parentCode());
    }

    @Test
    void a_file_of_division_codes_naming_no_parent_implies_the_prefix_rule() {
        assertEquals(java.util.Optional.of(ParentRule.PREFIX), ParentRule.impliedBy(List.of(
                grid("320214", GridLevel.DISTRICT), grid("320214001", GridLevel.STREET),
                grid("320214001002", GridLevel.COMMUNITY))));
        assertEquals(java.util.Optional.empty(), ParentRule.impliedBy(List.of(grid("320214001", GridLevel.STREET),
                grid("SQ-1", GridLevel.STREET))), "a code that is not a division code");
        assertEquals(java.util.Optional.empty(), ParentRule.impliedBy(List.of(
                new Grid("320214001", "street", GridLevel.STREET, "320214", wkt(square(0, 0, 1, 1))))),
                "a file naming parents");
    }
}
