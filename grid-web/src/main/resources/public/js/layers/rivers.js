// River segments under the river-chief system (河长制) as blue lines; a click opens a popup with
// the river, its chief and the grids the segment crosses.

import { element, fieldList } from '../components/dom.js';
import { L } from '../components/leaflet.js';
import { PANES } from '../components/map.js';
import { t } from '../i18n/index.js';

export const RIVER_STYLE = { color: '#1971c2', weight: 4, opacity: 0.85, lineCap: 'round', lineJoin: 'round' };

/**
 * Draws a FeatureCollection of LineStrings / MultiLineStrings. Each path gets the class
 * `river-line` and `data-code`. describeGrid(code) gives a grid's name, or null when not known.
 */
export function createRiverLayer(collection, { describeGrid }) {
  const features = (collection?.features ?? [])
    .filter((feature) => ['LineString', 'MultiLineString'].includes(feature?.geometry?.type));
  const layer = L.geoJSON({ type: 'FeatureCollection', features }, {
    pane: PANES.rivers.name,
    bubblingMouseEvents: false,
    style: () => ({ ...RIVER_STYLE, className: 'river-line' }),
    onEachFeature: (feature, line) => {
      line.on('add', () => {
        const path = line.getElement();
        if (path) {
          path.dataset.code = String(feature.properties?.code ?? feature.id ?? '');
        }
      });
      // A function, so the popup is built in the language current when it opens.
      line.bindPopup(() => popupContent(feature.properties ?? {}, describeGrid), { className: 'feature-popup', maxWidth: 320 });
    },
  });
  return { layer, count: features.length };
}

function popupContent(properties, describeGrid) {
  const grids = Array.isArray(properties.grids) ? properties.grids : [];
  const names = grids.map((code) => {
    const name = describeGrid(code);
    return name ? t('common.named', { name, code }) : String(code);
  });
  return element('div', { className: 'river-popup' },
    element('h3', { className: 'popup-title', text: properties.river ?? properties.code ?? '—' }),
    fieldList('popup-fields', [
      [t('river.code'), properties.code ?? '—', 'code'],
      [t('river.chief'), properties.chief || '—', 'chief'],
      [t('river.grids'), names.length ? names.join(t('common.listSeparator')) : '—', 'grids'],
    ]));
}
