// Drinking-water source protection zones (饮用水水源保护区) as translucent teal polygons: the
// first-level zone darkest, the quasi-protection zone lightest. A click opens a popup.

import { element, fieldList } from '../components/dom.js';
import { L } from '../components/leaflet.js';
import { PANES } from '../components/map.js';
import { t } from '../i18n/index.js';

/** Stroke and fill per zone level, first (一级) to quasi (准保护区). */
export const ZONE_STYLES = {
  first: { color: '#065f46', fillColor: '#0ca678', fillOpacity: 0.5, weight: 2 },
  second: { color: '#087f5b', fillColor: '#38d9a9', fillOpacity: 0.3, weight: 1.5 },
  quasi: { color: '#0b7285', fillColor: '#96f2d7', fillOpacity: 0.22, weight: 1.5, dashArray: '6 4' },
};
export const ZONE_LEVELS = Object.keys(ZONE_STYLES);

/** Draws a FeatureCollection of zone polygons; each path gets `zone-polygon zone-<level>` and `data-code`. */
export function createZoneLayer(collection) {
  const features = (collection?.features ?? [])
    .filter((feature) => ['Polygon', 'MultiPolygon'].includes(feature?.geometry?.type))
    // Outer zones first, so that the first-level zone inside them stays on top and clickable.
    .sort((a, b) => ZONE_LEVELS.indexOf(b.properties?.level) - ZONE_LEVELS.indexOf(a.properties?.level));
  const layer = L.geoJSON({ type: 'FeatureCollection', features }, {
    pane: PANES.zones.name,
    bubblingMouseEvents: false,
    style: (feature) => ({
      ...(ZONE_STYLES[feature.properties?.level] ?? ZONE_STYLES.second),
      className: `zone-polygon zone-${String(feature.properties?.level ?? 'unknown').replace(/[^a-z]/gi, '')}`,
    }),
    onEachFeature: (feature, polygon) => {
      polygon.on('add', () => {
        const path = polygon.getElement();
        if (path) {
          path.dataset.code = String(feature.properties?.code ?? feature.id ?? '');
          path.dataset.level = feature.properties?.level ?? '';
        }
      });
      polygon.bindPopup(() => popupContent(feature.properties ?? {}), { className: 'feature-popup', maxWidth: 300 });
    },
  });
  return {
    layer,
    count: features.length,
    levels: ZONE_LEVELS.filter((level) => features.some((feature) => feature.properties?.level === level)),
  };
}

/** 一级保护区 / First-level zone …; unknown levels as sent. */
export function zoneLevelName(level) {
  const key = `zone.level.${level}`;
  const name = t(key);
  return name === key ? String(level ?? '—') : name;
}

function popupContent(properties) {
  return element('div', { className: 'zone-popup' },
    element('h3', { className: 'popup-title', text: properties.name ?? properties.code ?? '—' }),
    fieldList('popup-fields', [
      [t('zone.code'), properties.code ?? '—', 'code'],
      [t('zone.level'), zoneLevelName(properties.level), 'level'],
    ]));
}
