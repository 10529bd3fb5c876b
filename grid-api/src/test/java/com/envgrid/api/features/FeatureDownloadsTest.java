package com.envgrid.api.features;

import com.envgrid.api.ApiClient;
import com.envgrid.api.ApiTestBase;
import com.envgrid.api.layer.LiveGridLayer;
import com.envgrid.core.access.Assignment;
import com.envgrid.core.access.GridScope;
import com.envgrid.core.access.Post;
import com.envgrid.core.access.Role;
import com.envgrid.core.geo.Crs;
import com.envgrid.core.geo.feature.Feature;
import com.envgrid.core.geo.feature.Field;
import com.envgrid.core.geo.feature.FieldType;
import com.envgrid.core.geo.feature.GeometryKind;
import com.envgrid.core.geo.file.FeatureFiles;
import com.envgrid.core.geo.file.Ogr;
import com.envgrid.core.geo.file.OgrInfo;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A layer's features as the files a GIS desktop opens, named by the district's date on the platform's clock. */
@MicronautTest(transactional = false)
@Property(name = "test.clock", value = "mutable")
@Property(name = "test.clock-start", value = "2026-12-06T17:30:00Z") // 01:30 on 7 December in the district
class FeatureDownloadsTest extends ApiTestBase {
    @Inject
    FeatureDownloads downloads;
    @Inject
    List<FeatureLayer> layers;
    @Inject
    LiveGridLayer live;

    /** A layer of two sources, defined here: what the downloads need of any layer. */
    private static final FeatureLayer SOURCES = new FeatureLayer() {
        public LayerDefinition definition() {
            return LayerDefinition.of("sources", "污染源", "污染源点位", GeometryKind.POINT,
                    List.of(new Field("code", FieldType.TEXT, "编码"), new Field("name", FieldType.TEXT, "名称")));
        }

        public List<Feature> features(Viewer viewer, Map<String, String> parameters) {
            return List.of(source("S-1", "无锡第一印染厂", 120.31, 31.49), source("S-2", "梁溪化工", 120.28, 31.55));
        }
    };

    private static Feature source(String code, String name, double lon, double lat) {
        return new Feature(code, FeatureFiles.WGS84.createPoint(new Coordinate(lon, lat)),
                Map.of("code", code, "name", name));
    }

    @Test
    void aSupervisorsGridsAsAFileHoldTheirGridAloneWithItsChineseName() {
        emptyLayer.startOver(ApiClient.asAdmin(http), OgcDownloadsFixture.districtInChinese());
        FeatureLayer grids = layers.stream().filter(l -> l.id().equals("grids")).findFirst().orElseThrow();
        Viewer supervisor = Viewer.of(GridScope.of(Role.SUPERVISOR, List.of(new Assignment(1, 1, "A1",
                Post.SUPERVISOR, LocalDate.of(2020, 1, 1), null)), live.layer()));
        FeatureDownloads.Download zip = downloads.write(grids, grids.features(supervisor, Map.of()),
                FeatureDownloads.Format.SHP, Crs.CGCS2000);
        OgrInfo info = Ogr.info(zip.bytes(), zip.filename());
        assertEquals(4490, info.epsg());
        assertEquals(1, info.featureCount());
        assertTrue(info.text().contains("name (String) = 春潮社区"), info.text());
        assertTrue(info.text().contains("prnt_nm (String) = 旺庄街道"), info.text());
        FeatureDownloads.Download all = downloads.write(grids, grids.features(Viewer.of(GridScope.everything()),
                Map.of()), FeatureDownloads.Format.GPKG, Crs.WGS84);
        assertEquals(5, Ogr.info(all.bytes(), all.filename()).featureCount());
    }

    @Test
    void aGeoPackageInWgs84IsNamedByTheLayerAndTheDistrictsDate() {
        List<Feature> features = SOURCES.features(Viewer.ANONYMOUS, Map.of());
        FeatureDownloads.Download gpkg = downloads.write(SOURCES, features, FeatureDownloads.Format.GPKG, Crs.WGS84);
        assertEquals("sources_2026-12-07.gpkg", gpkg.filename());
        assertEquals("application/geopackage+sqlite3", gpkg.mediaType());
        OgrInfo info = Ogr.info(gpkg.bytes(), gpkg.filename());
        assertEquals(4326, info.epsg());
        assertEquals(2, info.featureCount());
        assertTrue(info.text().contains("IDENTIFIER=污染源"), info.text());
        assertTrue(info.text().contains("name (String) = 梁溪化工"), info.text());
    }

    @Test
    void aZippedShapefileInCgcs2000SaysSoInItsName() {
        List<Feature> features = SOURCES.features(Viewer.ANONYMOUS, Map.of());
        FeatureDownloads.Download zip = downloads.write(SOURCES, features.subList(0, 1), FeatureDownloads.Format.SHP,
                Crs.CGCS2000);
        assertEquals("sources_2026-12-07_cgcs2000.zip", zip.filename());
        assertEquals("application/zip", zip.mediaType());
        assertEquals("attachment; filename=\"sources_2026-12-07_cgcs2000.zip\"",
                zip.response().header("Content-Disposition"));
        OgrInfo info = Ogr.info(zip.bytes(), zip.filename());
        assertEquals(4490, info.epsg());
        assertEquals(1, info.featureCount());
        assertTrue(info.text().contains("name (String) = 无锡第一印染厂"), info.text());
    }
}
