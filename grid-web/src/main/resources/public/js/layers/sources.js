// Supervised point sources (监管对象) as circle markers coloured by their environmental credit
// rating; key pollutant-discharging units get a thicker dark ring. A click selects a source.

import { element } from '../components/dom.js';
import { L } from '../components/leaflet.js';
import { PANES } from '../components/map.js';

/** Fill colour per credit rating: A green, B blue, C amber, D red. */
export const RATING_COLORS = { A: '#2f9e44', B: '#1c7ed6', C: '#f59f00', D: '#e03131' };
export const RATINGS = Object.keys(RATING_COLORS);
const UNRATED_COLOR = '#868e96';

/** The ring: thin and white for most, thick and dark for key dischargers (重点排污单位). */
export const RING = { color: '#ffffff', weight: 1.5, radius: 6 };
export const KEY_RING = { color: '#212529', weight: 3.5, radius: 7.5 };
export const SELECTED_COLOR = '#0b2545';

/** Style of one source's marker; closed or suspended ones are drawn faded. */
export function sourceStyle(properties, selected = false) {
  const ring = properties?.key_discharger ? KEY_RING : RING;
  const operating = !properties?.status || properties.status === 'operating';
  return {
    radius: ring.radius + (selected ? 3 : 0),
    color: selected ? SELECTED_COLOR : ring.color,
    weight: selected ? Math.max(ring.weight, 3) : ring.weight,
    opacity: 1,
    fillColor: RATING_COLORS[properties?.rating] ?? UNRATED_COLOR,
    fillOpacity: operating ? 0.95 : 0.4,
  };
}

/**
 * Draws a FeatureCollection of point sources. Each marker is an SVG path with the class
 * `source-marker` and `data-code`; a click calls onSelect(code). Returns the layer (not yet on
 * the map), counts for the legend, and select(code) to highlight one.
 */
export function createSourceLayer(collection, { onSelect }) {
  const features = (collection?.features ?? [])
    .filter((feature) => feature?.geometry?.type === 'Point');
  const byCode = new Map();
  let selectedCode = null;

  const layer = L.geoJSON({ type: 'FeatureCollection', features }, {
    pane: PANES.sources.name,
    pointToLayer: (feature, latlng) => {
      const properties = feature.properties ?? {};
      const classes = ['source-marker', `rating-${cssToken(properties.rating)}`];
      if (properties.key_discharger) {
        classes.push('key-discharger');
      }
      return L.circleMarker(latlng, {
        ...sourceStyle(properties),
        pane: PANES.sources.name,
        // The click is the source's: the map's background click (which clears selections) must not see it.
        bubblingMouseEvents: false,
        className: classes.join(' '),
      });
    },
    onEachFeature: (feature, marker) => {
      const code = codeOf(feature);
      byCode.set(code, { feature, marker });
      marker.on('add', () => {
        const path = marker.getElement();
        if (path) {
          path.dataset.code = code;
          path.dataset.rating = feature.properties?.rating ?? '';
          path.dataset.keyDischarger = String(Boolean(feature.properties?.key_discharger));
        }
      });
      marker.on('click', () => onSelect(code));
      // A function returning an element: the name goes in as text, never as HTML.
      marker.bindTooltip(() => element('span', { text: feature.properties?.name ?? code }), {
        direction: 'top',
        offset: [0, -8],
        className: 'source-tooltip',
      });
    },
  });

  return {
    layer,
    count: byCode.size,
    countOf(rating) {
      return features.filter((feature) => feature.properties?.rating === rating).length;
    },
    keyDischargers: features.filter((feature) => feature.properties?.key_discharger).length,
    feature(code) {
      return byCode.get(code)?.feature ?? null;
    },
    /** Highlights one source (or none, for null) and returns its feature. */
    select(code) {
      if (selectedCode && byCode.has(selectedCode)) {
        const previous = byCode.get(selectedCode);
        previous.marker.setStyle(sourceStyle(previous.feature.properties));
        previous.marker.getElement()?.classList.remove('source-selected');
      }
      selectedCode = byCode.has(code) ? code : null;
      if (!selectedCode) {
        return null;
      }
      const current = byCode.get(selectedCode);
      current.marker.setStyle(sourceStyle(current.feature.properties, true));
      current.marker.getElement()?.classList.add('source-selected');
      current.marker.bringToFront();
      return current.feature;
    },
  };
}

function codeOf(feature) {
  return String(feature.properties?.code ?? feature.id ?? '');
}

function cssToken(value) {
  return String(value ?? 'unknown').replace(/[^a-z0-9_-]/gi, '');
}
