package com.envgrid.api.grid;

import com.envgrid.api.ApiClient;
import com.envgrid.api.ApiTestBase;
import com.envgrid.api.features.FeatureLayer;
import com.envgrid.api.features.Viewer;
import com.envgrid.api.layer.LiveGridLayer;
import com.envgrid.core.access.Assignment;
import com.envgrid.core.access.GridScope;
import com.envgrid.core.access.Post;
import com.envgrid.core.access.Role;
import com.envgrid.core.geo.feature.Feature;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The grid layers as GIS clients read them: each viewer gets the grids /api/grids gives them, with the same facts,
 * one layer per tier, and the public only the outline the public map shows.
 */
@MicronautTest(transactional = false)
class GridFeatureLayersTest extends ApiTestBase {
    @Inject
    List<FeatureLayer> layers;
    @Inject
    LiveGridLayer live;

    @BeforeEach
    void smallDistrict() {
        emptyLayer.startOver(ApiClient.asAdmin(http));
    }

    @Test
    void the_whole_district_is_every_grid_with_the_facts_of_api_grids_and_each_tier_is_a_layer_of_its_own() {
        Viewer everything = Viewer.of(GridScope.everything());
        assertEquals(List.of("A", "A1", "A2", "B", "D"), ids(layer("grids").features(everything, Map.of())));
        assertEquals(List.of("D"), ids(layer("grids-tier-0").features(everything, Map.of())));
        assertEquals(List.of("A", "B"), ids(layer("grids-tier-1").features(everything, Map.of())));
        assertEquals(List.of("A1", "A2"), ids(layer("grids-tier-2").features(everything, Map.of())));
        assertEquals(List.of(), ids(layer("grids-tier-3").features(everything, Map.of())));
        Feature a1 = layer("grids").feature(everything, "A1", Map.of()).orElseThrow();
        assertEquals("community", a1.properties().get("level"));
        assertEquals(2, a1.properties().get("tier"));
        assertEquals("A", a1.properties().get("parent_code"));
        assertEquals(layer("grids").fields().stream().map(f -> f.name()).toList(), List.copyOf(a1.properties().keySet()));
        assertTrue(layer("grids").queryables().containsAll(List.of("level", "tier", "parent_code")));
    }

    @Test
    void a_supervisor_reads_their_grid_alone() {
        GridScope a1 = GridScope.of(Role.SUPERVISOR, List.of(new Assignment(1, 1, "A1", Post.SUPERVISOR,
                LocalDate.of(2020, 1, 1), null)), live.layer());
        Viewer supervisor = Viewer.of(a1);
        assertEquals(List.of("A1"), ids(layer("grids").features(supervisor, Map.of())));
        assertTrue(layer("grids").feature(supervisor, "B", Map.of()).isEmpty());
    }

    @Test
    void the_public_reads_the_outline_of_the_public_map_and_no_tier_layer() {
        FeatureLayer grids = layer("grids");
        assertTrue(grids.isPublic());
        List<Feature> outline = grids.features(Viewer.ANONYMOUS, Map.of());
        assertEquals(List.of("A", "B"), ids(outline));
        outline.forEach(f -> assertEquals(Set.of("code", "name", "level", "district", "district_name"),
                f.properties().keySet()));
        assertTrue(grids.feature(Viewer.ANONYMOUS, "A1", Map.of()).isEmpty());
        for (int tier = 0; tier <= 3; tier++) {
            assertFalse(layer("grids-tier-" + tier).isPublic());
            assertEquals(List.of(), layer("grids-tier-" + tier).features(Viewer.ANONYMOUS, Map.of()));
        }
    }

    private FeatureLayer layer(String id) {
        return layers.stream().filter(l -> l.id().equals(id)).findFirst().orElseThrow();
    }

    private static List<String> ids(List<Feature> features) {
        return features.stream().map(Feature::id).toList();
    }
}
