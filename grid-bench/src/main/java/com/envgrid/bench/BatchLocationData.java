package com.envgrid.bench;

import com.envgrid.core.grid.Grid;
import com.envgrid.core.grid.GridLayer;
import com.envgrid.core.grid.geojson.GridFeatureReader;
import com.envgrid.core.grid.geojson.PropertyMapping;
import com.envgrid.core.grid.location.BatchLocator;
import com.envgrid.core.grid.location.GridLocator;
import com.envgrid.demo.synthetic.SyntheticDistrict;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.io.WKBWriter;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The layer and points of the batch-location comparison, the same on both sides: the benchmark district (4,041
 * grids: 40 first-level grids of 100 second-level grids of ~200 vertices) and {@code n} random points in its
 * extent. {@code main(dir, n)} writes them for PostGIS (grid-bench/load/batch-location.sh): {@code grids.tsv} — code
 * and hex WKB of the effective geometry of every grid no grid splits further (what a source is located into) — and
 * {@code points.tsv} — id, lon, lat and the grid {@link BatchLocator} gives it, so the script can count the answers
 * on which PostGIS differs.
 */
public final class BatchLocationData {
    private BatchLocationData() {
    }

    static GridLayer layer() {
        String geoJson = SyntheticDistrict.benchmarkCityGeoJson(42, 1, 40, 100, 200);
        return GridLayer.of(GridFeatureReader.read(geoJson.getBytes(StandardCharsets.UTF_8), PropertyMapping.DEFAULT)
                .grids(), true);
    }

    /** {lon[], lat[]}: n points uniformly at random in the districts' extent (seed 7). */
    static double[][] points(GridLayer layer, int n) {
        Envelope extent = new Envelope();
        layer.districts().forEach(d -> extent.expandToInclude(d.geometry().getEnvelopeInternal()));
        SplittableRandom random = new SplittableRandom(7);
        double[][] points = new double[2][n];
        for (int i = 0; i < n; i++) {
            points[0][i] = extent.getMinX() + random.nextDouble() * extent.getWidth();
            points[1][i] = extent.getMinY() + random.nextDouble() * extent.getHeight();
        }
        return points;
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        int n = Integer.parseInt(args[1]);
        GridLayer layer = layer();
        WKBWriter wkb = new WKBWriter(2);
        try (BufferedWriter out = Files.newBufferedWriter(dir.resolve("grids.tsv"))) {
            for (Grid g : layer.grids()) {
                if (!g.level().equals(com.envgrid.core.grid.GridLevel.DISTRICT) && layer.children(g.code()).isEmpty()) {
                    out.write(g.code() + "\t" + WKBWriter.toHex(wkb.write(layer.effectiveGeometry(g.code()))) + "\n");
                }
            }
        }
        double[][] p = points(layer, n);
        List<String> grids = new BatchLocator(new GridLocator(layer)).deepestCodes(p[0], p[1]);
        try (BufferedWriter out = Files.newBufferedWriter(dir.resolve("points.tsv"))) {
            for (int i = 0; i < n; i++) {
                out.write(i + "\t" + p[0][i] + "\t" + p[1][i] + "\t" + (grids.get(i) == null ? "\\N" : grids.get(i)) + "\n");
            }
        }
    }
}
