// Downloads for GIS desktops (QGIS, ArcGIS): what a page shows as a GeoPackage or a zipped Shapefile, in WGS84 or
// CGCS2000, from the OGC API's items of a collection (f=gpkg|shp, crs=…) with the signed-in person's token.

import { fetchFile } from './api.js';
import { saveFile } from './dom.js';
import { describeError } from './format.js';
import { t } from '../i18n/index.js';

/** The coordinate systems a download may declare, by the value of the page's select. */
const CRS = {
  wgs84: 'http://www.opengis.net/def/crs/OGC/1.3/CRS84',
  cgcs2000: 'http://www.opengis.net/def/crs/EPSG/0/4490',
};

/**
 * Wires a page's download group (`[data-gis-download]` buttons with a format, a `[data-gis-crs]` select, a
 * `[data-gis-status]` line): `what()` gives the collection on show and its parameters, e.g.
 * `{ collection: 'coverage', params: { period: '2026Q3' } }`.
 */
export function wireGisDownloads(group, what) {
  const crs = group.querySelector('[data-gis-crs]');
  const status = group.querySelector('[data-gis-status]');
  group.querySelectorAll('[data-gis-download]').forEach((button) => button.addEventListener('click', async () => {
    const format = button.dataset.gisDownload;
    const { collection, params = {} } = what();
    button.disabled = true;
    status.textContent = t('gisDownload.preparing');
    try {
      const { blob, filename } = await fetchFile(`ogc/collections/${encodeURIComponent(collection)}/items`, {
        params: { ...params, f: format, crs: CRS[crs.value] },
        fallbackName: `${collection}.${format === 'shp' ? 'zip' : 'gpkg'}`,
      });
      saveFile(blob, filename);
      status.textContent = '';
    } catch (error) {
      status.textContent = t('gisDownload.failed', { detail: describeError(error) });
    } finally {
      button.disabled = false;
    }
  }));
}
