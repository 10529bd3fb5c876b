package com.envgrid.api.grid;

import com.envgrid.api.ApiClient;
import com.envgrid.api.ApiTestBase;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import static com.envgrid.api.grid.GridFiles.file;
import static com.envgrid.api.grid.GridFiles.square;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The grid import's size limit is the one setting a bureau moves (32 MB by default, 64 KB here): a file over it is
 * a 413 problem naming that setting and nothing is stored; a file within it is imported.
 */
@MicronautTest(transactional = false)
@Property(name = "envgrid.grids.max-import-size", value = "64KB")
class GridRequestSizeTest extends ApiTestBase {
    @Test
    void a_file_over_the_import_limit_is_a_413_problem_naming_the_setting_and_nothing_is_stored() {
        emptyLayer.reset();
        var answer = ApiClient.asAdmin(http).post("/api/grids/import", squares(400).json());
        assertEquals(413, answer.status());
        assertEquals("application/problem+json", answer.contentType());
        assertEquals("too_large", answer.json().get("code").asText());
        assertEquals(65536, answer.json().get("params").get("max_bytes").asLong());
        assertEquals("ENVGRID_GRIDS_MAX_IMPORT_SIZE", answer.json().get("params").get("setting").asText());
        assertTrue(answer.json().get("detail").asText().contains("ENVGRID_GRIDS_MAX_IMPORT_SIZE"));
        assertEquals(0, emptyLayer.storedGrids());
    }

    @Test
    void a_file_within_the_import_limit_is_imported() {
        emptyLayer.reset();
        var answer = ApiClient.asAdmin(http).post("/api/grids/import", GridFiles.smallDistrict().json());
        assertEquals(201, answer.status());
        assertEquals(5, emptyLayer.storedGrids());
    }

    private static GridFiles squares(int count) {
        var file = file();
        for (int i = 0; i < count; i++) {
            file.grid("G" + i, "town", null, square(i, 0, i + 1, 1));
        }
        return file;
    }
}
