package com.envgrid.core.geo.file;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static com.envgrid.core.geo.file.Ogr.collection;
import static com.envgrid.core.geo.file.Ogr.feature;
import static com.envgrid.core.geo.file.Ogr.square;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class FileInspectionTest {
    private static FileInspection inspect(String... features) {
        return FileInspection.of(FeatureFiles.read(collection(features).getBytes(StandardCharsets.UTF_8),
                ReadOptions.of(Shapes.ANY, "a feature")));
    }

    @Test
    void keysAreListedWithUpToFiveDistinctSamplesAndTheMappingIsSuggested() {
        List<String> features = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            features.add(feature("{\"SQMC\":\"社区" + i + "\",\"社区编码\":\"SQ-1-" + i + "\",\"上级编码\":\"SQ-1\","
                    + "\"类型\":\"社区\"}", square(120 + i * 0.01, 31, 0.01)));
        }
        FileInspection inspection = inspect(features.toArray(String[]::new));
        assertEquals(List.of("社区0", "社区1", "社区2", "社区3", "社区4"), inspection.samples().get("SQMC"));
        assertEquals(List.of("SQ-1"), inspection.samples().get("上级编码"));
        assertEquals(new FileInspection.Suggested("社区编码", "SQMC", "上级编码", null), inspection.suggested());
        assertEquals(Set.of("Polygon"), inspection.geometryTypes());
        assertEquals(120.07, inspection.extent().getMaxX(), 1e-9);
    }

    @Test
    void pinyinInitialsAndEnglishKeysAreRecognised() {
        FileInspection inspection = inspect(feature("{\"BM\":\"1\",\"MC\":\"新华\",\"level\":\"community\","
                + "\"parent_code\":\"0\"}", square(120, 31, 0.01)));
        assertEquals(new FileInspection.Suggested("BM", "MC", "parent_code", "level"), inspection.suggested());
        FileInspection surveyed = inspect(feature("{\"XZQDM\":\"320214001\",\"XZQMC\":\"东街道\",\"JB\":\"街道\","
                + "\"SHAPE_AREA\":\"1\"}", square(120, 31, 0.01)));
        assertEquals(new FileInspection.Suggested("XZQDM", "XZQMC", null, "JB"), surveyed.suggested());
    }

    @Test
    void unreadableFeaturesAreListedNotFatal() {
        FileInspection inspection = inspect(feature("{\"code\":\"A\"}", square(120, 31, 0.01)),
                feature("{\"code\":\"B\"}", "null"));
        assertEquals("/features/1/geometry", inspection.problems().get(0).pointer());
        assertNull(inspection.file().features().get(1).geometry());
    }
}
