package com.envgrid.api.grid;

import com.envgrid.api.ApiClient;
import com.envgrid.api.ApiTestBase;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import static com.envgrid.api.grid.GridFiles.file;
import static com.envgrid.api.grid.GridFiles.square;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The body size limit (32 MB in production, 64 KB here) answers 413 as a problem, and stores nothing. */
@MicronautTest(transactional = false)
@Property(name = "micronaut.server.max-request-size", value = "65536")
class GridRequestSizeTest extends ApiTestBase {
    @Test
    void a_body_over_the_size_limit_is_a_413_problem_and_nothing_is_stored() {
        emptyLayer.reset();
        var big = file();
        for (int i = 0; i < 400; i++) {
            big.grid("G" + i, "town", null, square(i, 0, i + 1, 1));
        }
        var answer = ApiClient.asAdmin(http).post("/api/grids/import", big.json());
        assertEquals(413, answer.status());
        assertEquals("application/problem+json", answer.contentType());
        assertEquals(0, emptyLayer.storedGrids());
    }
}
