package com.envgrid.api.features;

import com.envgrid.api.grid.GridFiles;

import java.util.ArrayList;
import java.util.List;

import static com.envgrid.api.grid.GridFiles.square;

/** The district the download tests read, with the Chinese names GIS users must get back intact. */
public final class OgcDownloadsFixture {
    private OgcDownloadsFixture() {
    }

    /** The small district with Chinese names: D; towns A (旺庄街道) and B; communities A1 (春潮社区) and A2 in A. */
    public static String districtInChinese() {
        String[][] grids = {{"D", "新吴区", "district", null, square(0, 0, 20, 10)},
                {"A", "旺庄街道", "town", "D", square(0, 0, 10, 10)}, {"B", "江溪街道", "street", "D", square(10, 0, 20, 10)},
                {"A1", "春潮社区", "community", "A", square(0, 0, 10, 5)},
                {"A2", "长江社区", "community", "A", square(0, 5, 10, 10)}};
        List<String> features = new ArrayList<>();
        for (String[] g : grids) {
            features.add("{\"type\":\"Feature\",\"properties\":{\"code\":\"" + g[0] + "\",\"name\":\"" + g[1]
                    + "\",\"level\":\"" + g[2] + "\",\"parent\":" + (g[3] == null ? "null" : "\"" + g[3] + "\"")
                    + "},\"geometry\":" + GridFiles.geoJson(GridFiles.geometry(g[4])) + "}");
        }
        return "{\"type\":\"FeatureCollection\",\"features\":[" + String.join(",", features) + "]}";
    }

}
