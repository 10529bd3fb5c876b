package com.envgrid.api.basemap;

import io.micronaut.context.exceptions.ConfigurationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.awt.Color;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the basemap settings give the pages, and settings that cannot work stopping the start with their name. */
class BasemapTest {
    private static final String TIANDITU = "https://t{s}.tianditu.gov.cn/vec_w/wmts?SERVICE=WMTS&REQUEST=GetTile"
            + "&VERSION=1.0.0&LAYER=vec&STYLE=default&TILEMATRIXSET=w&FORMAT=tiles&TILEMATRIX={z}&TILEROW={y}"
            + "&TILECOL={x}&tk=0123456789abcdef";

    @Test
    void without_settings_there_is_no_basemap_and_no_image_origin() {
        var none = new Basemap(new BasemapSettings(null, null, null, null, " "));
        assertEquals(Basemap.Config.NONE, none.config());
        assertEquals(List.of(), none.imageOrigins());
        assertTrue(none.ownTiles().isEmpty());
    }

    @Test
    void a_tile_server_is_passed_on_and_its_origin_allowed_subdomains_as_a_wildcard() {
        var tianditu = new Basemap(new BasemapSettings(TIANDITU, "© 天地图", 17, "01234567", null));
        assertEquals(new Basemap.Config(TIANDITU, "© 天地图", 17, null, "01234567"), tianditu.config());
        assertEquals(List.of("https://*.tianditu.gov.cn"), tianditu.imageOrigins());
        assertEquals(Optional.of("http://tiles.example.gov.cn:8081"),
                Basemap.originOf("http://tiles.example.gov.cn:8081/osm/{z}/{x}/{y}.png"));
        assertEquals(Optional.empty(), Basemap.originOf("/intranet-tiles/{z}/{x}/{y}.png"), "on this server");
        assertEquals(18, new Basemap(new BasemapSettings(TIANDITU, null, null, null, null)).config().maxZoom());
    }

    @Test
    void an_mbtiles_file_is_served_by_this_server_with_its_own_attribution_and_zooms(@TempDir Path dir) {
        Path file = TestMbTiles.write(dir.resolve("district.mbtiles"), Map.of(new TestMbTiles.Tile(0, 0, 0),
                TestMbTiles.png(Color.GREEN)), Map.of("name", "district", "format", "png", "maxzoom", "15",
                "attribution", "© 区测绘院"));
        var own = new Basemap(new BasemapSettings(null, null, null, null, file.toString()));
        assertEquals(new Basemap.Config("/tiles/{z}/{x}/{y}.png", "© 区测绘院", 18, 15, null), own.config());
        assertEquals(List.of(), own.imageOrigins(), "the tiles come from this server");
    }

    @Test
    void settings_that_cannot_work_stop_the_start_naming_the_setting(@TempDir Path dir) throws Exception {
        Path notTiles = Files.writeString(dir.resolve("notes.mbtiles"), "not a database");
        Map<BasemapSettings, String> wrong = Map.of(
                new BasemapSettings(TIANDITU, null, null, null, dir.resolve("a.mbtiles").toString()), "not both",
                new BasemapSettings("https://tiles.example.org/{z}/{x}.png", null, null, null, null), "lacks {y}",
                new BasemapSettings("ftp://tiles.example.org/{z}/{x}/{y}.png", null, null, null, null), "http(s) URL",
                new BasemapSettings(TIANDITU, null, 30, null, null), "ENVGRID_BASEMAP_MAX_ZOOM",
                new BasemapSettings(null, null, null, null, dir.resolve("missing.mbtiles").toString()), "not a readable file",
                new BasemapSettings(null, null, null, null, notTiles.toString()), "not an MBTiles file");
        wrong.forEach((settings, said) -> {
            var refused = assertThrows(ConfigurationException.class, () -> new Basemap(settings), settings.toString());
            assertTrue(refused.getMessage().contains(said) && refused.getMessage().contains("ENVGRID_BASEMAP_"),
                    refused.getMessage());
        });
    }

    @Test
    void a_tile_is_typed_by_its_bytes() {
        assertEquals("image/png", BasemapController.imageType(TestMbTiles.png(Color.RED)).toString());
        assertEquals("image/jpeg", BasemapController.imageType(new byte[]{(byte) 0xff, (byte) 0xd8, 0, 0}).toString());
    }
}
