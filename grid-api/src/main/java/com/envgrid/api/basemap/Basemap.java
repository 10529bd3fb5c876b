package com.envgrid.api.basemap;

import com.envgrid.api.shared.ImageOrigins;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.exceptions.ConfigurationException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The basemap the pages draw under their maps, as configured ({@link BasemapSettings}): a tile server's template,
 * this server's own tiles from an MBTiles file, or none — then the maps stay a plain background and no page asks
 * anyone for tiles. A tile server's origin is allowed as an image source ({@link ImageOrigins}). A setting that
 * cannot work stops the start with a message saying which and why.
 */
@Context
class Basemap implements ImageOrigins {
    /** Where {@link TileController} serves the MBTiles file's tiles, as a template. */
    static final String OWN_TILES = "/tiles/{z}/{x}/{y}.png";
    static final int DEFAULT_MAX_ZOOM = 18;
    /** Web-mercator zoom levels that tile sets use: 0 (the world in one tile) to 24. */
    static final int DEEPEST_ZOOM = 24;

    /** What the pages are told, in {@code GET /api/public/basemap}; every member null when there is no basemap. */
    @Serdeable(naming = SnakeCaseStrategy.class)
    record Config(@Nullable String url, @Nullable String attribution, @Nullable Integer maxZoom,
                  @Nullable Integer maxNativeZoom, @Nullable String subdomains) {
        static final Config NONE = new Config(null, null, null, null, null);
    }

    private final Config config;
    private final List<String> imageOrigins;
    private final MbTiles tiles;

    Basemap(BasemapSettings settings) {
        String url = blankToNull(settings.url());
        String file = blankToNull(settings.mbtiles());
        int maxZoom = settings.maxZoom() == null ? DEFAULT_MAX_ZOOM : settings.maxZoom();
        if (maxZoom < 0 || maxZoom > DEEPEST_ZOOM) {
            throw new ConfigurationException("envgrid.basemap.max-zoom (ENVGRID_BASEMAP_MAX_ZOOM) is a zoom level from"
                    + " 0 to " + DEEPEST_ZOOM + ", not " + maxZoom);
        }
        if (url != null && file != null) {
            throw new ConfigurationException("set either envgrid.basemap.url (ENVGRID_BASEMAP_URL) or"
                    + " envgrid.basemap.mbtiles (ENVGRID_BASEMAP_MBTILES), not both: a map has one basemap");
        }
        String attribution = blankToNull(settings.attribution());
        if (file != null) {
            this.tiles = open(file);
            this.imageOrigins = List.of();
            this.config = new Config(OWN_TILES, attribution != null ? attribution
                    : tiles.metadata("attribution").orElse(""), maxZoom, nativeZoom(tiles, maxZoom), null);
        } else if (url != null) {
            this.tiles = null;
            this.imageOrigins = originOf(url).map(List::of).orElse(List.of());
            this.config = new Config(url, attribution == null ? "" : attribution, maxZoom, null,
                    blankToNull(settings.subdomains()));
        } else {
            this.tiles = null;
            this.imageOrigins = List.of();
            this.config = Config.NONE;
        }
    }

    Config config() {
        return config;
    }

    /** The MBTiles file's tiles, when that is the basemap. */
    Optional<MbTiles> ownTiles() {
        return Optional.ofNullable(tiles);
    }

    @Override
    public List<String> imageOrigins() {
        return imageOrigins;
    }

    private static MbTiles open(String file) {
        try {
            return new MbTiles(Path.of(file));
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException("envgrid.basemap.mbtiles (ENVGRID_BASEMAP_MBTILES): " + e.getMessage());
        }
    }

    /** The deepest zoom the file has tiles for, by its metadata; the map magnifies those beyond it. */
    private static Integer nativeZoom(MbTiles tiles, int maxZoom) {
        try {
            return tiles.metadata("maxzoom").map(Integer::parseInt).map(z -> Math.min(z, maxZoom)).orElse(null);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /**
     * The CSP source of a tile template's server: scheme, host and port; a host with {@code {s}} in its first label
     * becomes a wildcard ({@code https://t{s}.tianditu.gov.cn/…} → {@code https://*.tianditu.gov.cn}). A template on
     * this server (a path) needs none.
     *
     * @throws ConfigurationException a template that is neither an http(s) URL nor a path, or lacks {z}, {x} or {y}
     */
    static Optional<String> originOf(String template) {
        for (String part : List.of("{z}", "{x}", "{y}")) {
            if (!template.contains(part)) {
                throw new ConfigurationException("envgrid.basemap.url (ENVGRID_BASEMAP_URL) is a tile URL template with"
                        + " {z}, {x} and {y}; it lacks " + part + ": " + template);
            }
        }
        if (template.startsWith("/") && !template.startsWith("//")) {
            return Optional.empty();
        }
        URI uri;
        try {
            uri = URI.create(template.replace("{s}", "s").replace("{z}", "0").replace("{x}", "0").replace("{y}", "0"));
        } catch (IllegalArgumentException e) {
            uri = null;
        }
        if (uri == null || uri.getHost() == null || !List.of("http", "https").contains(uri.getScheme())) {
            throw new ConfigurationException("envgrid.basemap.url (ENVGRID_BASEMAP_URL) is an http(s) URL or a path"
                    + " on this server, not " + template);
        }
        String host = uri.getHost();
        String authority = template.substring(template.indexOf("://") + 3).split("[/?#]", 2)[0];
        if (authority.contains("{s}") && host.indexOf('.') > 0) {
            host = "*" + host.substring(host.indexOf('.'));
        }
        return Optional.of(uri.getScheme() + "://" + host + (uri.getPort() < 0 ? "" : ":" + uri.getPort()));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
