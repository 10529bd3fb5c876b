package com.envgrid.api.basemap;

import com.envgrid.api.shared.NotFound;
import com.envgrid.core.input.InputProblem;
import com.envgrid.core.input.InvalidInput;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

import java.util.ArrayList;
import java.util.List;

/**
 * The basemap for anyone's map, without login: what to draw ({@code GET /api/public/basemap}) and, when the basemap
 * is an MBTiles file, its tiles ({@code GET /tiles/{z}/{x}/{y}.png}, XYZ numbering as web maps use). Both are the
 * same for everybody and change only with the configuration, so browsers and proxies may keep them.
 */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class BasemapController {
    /** The settings change with a restart: a page loaded within five minutes of one may still draw the old ones. */
    private static final String CONFIG_CACHE = "public, max-age=300";
    /** A tile set changes rarely and is replaced as a whole: a day. */
    private static final String TILE_CACHE = "public, max-age=86400";

    private final Basemap basemap;

    BasemapController(Basemap basemap) {
        this.basemap = basemap;
    }

    @Get(value = "/api/public/basemap", produces = MediaType.APPLICATION_JSON)
    HttpResponse<Basemap.Config> config() {
        return HttpResponse.ok(basemap.config()).header("Cache-Control", CONFIG_CACHE);
    }

    /**
     * A tile of the MBTiles basemap: 400 for coordinates no map asks for (a zoom outside 0–24, a column or row
     * outside 0 to 2^z − 1), 404 for a tile the file does not have or when no MBTiles file is configured.
     */
    // a tile is sent as what it is (PNG, JPEG or WebP, as the MBTiles file holds it), whatever the Accept
    @Get(value = "/tiles/{z}/{x}/{y}.png", produces = MediaType.ALL)
    HttpResponse<byte[]> tile(@PathVariable int z, @PathVariable int x, @PathVariable int y) {
        List<InputProblem> problems = new ArrayList<>();
        if (z < 0 || z > Basemap.DEEPEST_ZOOM) {
            problems.add(new InputProblem("z", "z is a zoom level from 0 to " + Basemap.DEEPEST_ZOOM + ", not " + z));
        } else {
            outsideZoom(problems, "x", x, z);
            outsideZoom(problems, "y", y, z);
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput("no such tile", problems);
        }
        MbTiles tiles = basemap.ownTiles().orElseThrow(() -> new NotFound(
                "this server serves no basemap tiles: no MBTiles file is configured (ENVGRID_BASEMAP_MBTILES)"));
        byte[] tile = tiles.tile(z, x, y).orElseThrow(() -> new NotFound("the basemap has no tile " + z + "/" + x
                + "/" + y));
        return HttpResponse.ok(tile).contentType(imageType(tile)).header("Cache-Control", TILE_CACHE);
    }

    /** A column or row of zoom z is one of its 2^z, counted from 0. */
    private static void outsideZoom(List<InputProblem> problems, String name, int value, int z) {
        long size = 1L << z;
        if (value < 0 || value >= size) {
            problems.add(new InputProblem(name, name + " " + value + " is outside the " + size + " tiles of zoom " + z
                    + " (0 to " + (size - 1) + ")"));
        }
    }

    /** What the bytes are, by their signature: a tile set may hold PNG, JPEG or WebP whatever the address says. */
    static MediaType imageType(byte[] tile) {
        if (tile.length >= 4 && (tile[0] & 0xff) == 0x89 && tile[1] == 'P' && tile[2] == 'N' && tile[3] == 'G') {
            return MediaType.IMAGE_PNG_TYPE;
        }
        if (tile.length >= 2 && (tile[0] & 0xff) == 0xff && (tile[1] & 0xff) == 0xd8) {
            return MediaType.IMAGE_JPEG_TYPE;
        }
        if (tile.length >= 12 && new String(tile, 8, 4, java.nio.charset.StandardCharsets.US_ASCII).equals("WEBP")) {
            return MediaType.of("image/webp");
        }
        return MediaType.APPLICATION_OCTET_STREAM_TYPE;
    }
}
