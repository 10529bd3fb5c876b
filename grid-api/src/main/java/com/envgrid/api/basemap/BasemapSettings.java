package com.envgrid.api.basemap;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;

/**
 * {@code envgrid.basemap.*}: the tiles under every map, one of two kinds or none. {@code url}: an XYZ template of a
 * tile server ({@code {z}/{x}/{y}}, {@code {s}} for one of the {@code subdomains}; a WMTS such as 天地图 in its KVP
 * form, key included); {@code mbtiles}: the path of an MBTiles file of raster tiles that this server serves itself,
 * for a network without internet. {@code attribution} is shown on the map; {@code maxZoom} is the closest zoom
 * offered (default 18).
 */
@ConfigurationProperties("envgrid.basemap")
record BasemapSettings(@Nullable String url, @Nullable String attribution, @Nullable Integer maxZoom,
                       @Nullable String subdomains, @Nullable String mbtiles) {
}
