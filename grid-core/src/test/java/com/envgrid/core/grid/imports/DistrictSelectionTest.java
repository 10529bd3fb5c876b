package com.envgrid.core.grid.imports;

import com.envgrid.core.grid.Grid;
import com.envgrid.core.grid.GridLevel;
import com.envgrid.core.input.InvalidInput;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static com.envgrid.core.grid.GridFixture.square;
import static com.envgrid.core.grid.GridFixture.wkt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class DistrictSelectionTest {
    private static Grid grid(String code, GridLevel level, String parent) {
        return new Grid(code, "grid " + code, level, parent, wkt(square(0, 0, 1, 1)));
    }

    private static final List<Grid> CITY = List.of(
            grid("330102", GridLevel.DISTRICT, null), grid("330102001", GridLevel.STREET, "330102"),
            grid("330103", GridLevel.DISTRICT, null), grid("330103001", GridLevel.STREET, "330103"),
            grid("330103001001", GridLevel.COMMUNITY, "330103001"), grid("330103002", GridLevel.STREET, "330103"),
            grid("LOOSE", GridLevel.STREET, null));

    @Test
    void one_district_and_what_lies_under_it_are_kept_and_the_rest_counted() {
        var selected = DistrictSelection.select(CITY, "330103", "?district");
        assertEquals(List.of("330103", "330103001", "330103001001", "330103002"),
                selected.grids().stream().map(Grid::code).toList());
        assertEquals(3, selected.leftOut());
    }

    @Test
    void a_district_the_file_does_not_hold_is_refused_naming_those_it_holds() {
        for (String missing : new String[]{"330199", "330103001"}) {
            var refused = assertThrows(InvalidInput.class, () -> DistrictSelection.select(CITY, missing, "?district"));
            var problem = refused.problems().get(0);
            assertEquals("?district", problem.pointer());
            assertEquals(GridImportCode.DISTRICT_NOT_IN_FILE.code(), problem.code());
            assertEquals(Map.of("district", missing, "districts", List.of("330102", "330103")), problem.params());
        }
    }
}
