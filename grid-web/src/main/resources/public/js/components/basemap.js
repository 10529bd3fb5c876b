// The basemap under every map, as the server is configured (GET /api/public/basemap): a tile server such as
// 天地图, the platform's own tiles from an MBTiles file, or none — then the map stays a plain background and no
// tile is asked of anyone. The settings are fetched once per page, whatever the number of maps.

import { fetchBasemap } from './api.js';
import { L } from './leaflet.js';

let settings = null;

/** The configured basemap: { url, attribution, max_zoom, max_native_zoom, subdomains }, or null when there is none. */
export function basemapSettings() {
  settings ??= fetchBasemap().then((basemap) => (basemap?.url ? basemap : null), (error) => {
    // a map without its basemap still shows the grids
    console.warn('the basemap settings could not be loaded', error);
    return null;
  });
  return settings;
}

/**
 * Adds the configured basemap under the map's layers, with its attribution; resolves to the tile layer, or null
 * when there is no basemap.
 */
export async function addBasemap(map) {
  const basemap = await basemapSettings();
  if (!basemap || !L) {
    return null;
  }
  // the server gives its own tiles from the root; the UI may sit under a path
  const own = basemap.url.startsWith('/') && !basemap.url.startsWith('//');
  const url = own ? new URL(basemap.url.slice(1), document.baseURI).href.replace(/%7B/g, '{').replace(/%7D/g, '}') : basemap.url;
  const options = {
    attribution: basemap.attribution ?? '',
    maxZoom: basemap.max_zoom ?? map.getMaxZoom(),
    // the pages send no Referer (their addresses carry tokens); a tile server that checks its key against the
    // site (天地图) is told the origin alone
    referrerPolicy: own ? false : 'strict-origin',
  };
  if (basemap.max_native_zoom != null) {
    options.maxNativeZoom = basemap.max_native_zoom;
  }
  if (basemap.subdomains) {
    options.subdomains = basemap.subdomains;
  }
  if (basemap.max_zoom != null) {
    map.setMaxZoom(basemap.max_zoom);
  }
  L.control.attribution({ prefix: false }).addTo(map);
  return L.tileLayer(url, options).addTo(map);
}
