// Downloads for GIS desktops (QGIS, ArcGIS): what a page shows as a GeoPackage or a zipped Shapefile, in WGS84 or
// CGCS2000, from the OGC API's items of a collection (f=gpkg|shp, crs=…) with the signed-in person's token.

import { fetchFile } from './api.js';
import { element, saveFile, translatedOption } from './dom.js';
import { describeError } from './format.js';
import { t } from '../i18n/index.js';

/** The coordinate systems a download may declare, by the value of the page's select. */
const CRS = {
  wgs84: 'http://www.opengis.net/def/crs/OGC/1.3/CRS84',
  cgcs2000: 'http://www.opengis.net/def/crs/EPSG/0/4490',
};

/**
 * Fills a page's download group (an empty `.gis-download` element) with its coordinate system choice, a button per
 * format and a status line, and wires them: `what()` gives the collection on show and its parameters, e.g.
 * `{ collection: 'coverage', params: { period: '2026Q3' } }`.
 */
export function wireGisDownloads(group, what) {
  const crs = element('select');
  crs.dataset.gisCrs = '';
  crs.append(translatedOption('wgs84', 'gisDownload.wgs84'), translatedOption('cgcs2000', 'gisDownload.cgcs2000'));
  const label = element('label', { className: 'field' }, translated('span', 'gisDownload.crs'), crs);
  const buttons = ['gpkg', 'shp'].map((format) => {
    const button = translated('button', `gisDownload.${format}`);
    button.type = 'button';
    button.className = 'button button-small';
    button.dataset.gisDownload = format;
    return button;
  });
  const status = element('p', { className: 'muted panel-note' });
  status.setAttribute('role', 'status');
  group.replaceChildren(label, element('div', { className: 'export-buttons' }, ...buttons), status);
  buttons.forEach((button) => button.addEventListener('click', async () => {
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

function translated(tag, key) {
  const node = element(tag, { text: t(key) });
  node.dataset.i18n = key;
  return node;
}
