// Grids of one tier as clickable vector polygons with name labels, plus the outlines drawn for
// context (the district boundary, the first-level boundaries over second-level grids).

import { labelPoint } from '../components/geometry.js';
import { L } from '../components/leaflet.js';
import { PANES } from '../components/map.js';
import { alwaysLabelUpTo } from '../config.js';

/** Stroke and fill per grid level; parks stand apart from towns and streets. */
export const LEVEL_STYLES = {
  district: { color: '#37474f', fillColor: '#cfd8dc' },
  town: { color: '#1d5fa8', fillColor: '#7eaee3' },
  street: { color: '#0f7a68', fillColor: '#6cc9b5' },
  park: { color: '#8a3fb8', fillColor: '#c9a2e8' },
  community: { color: '#2e7d32', fillColor: '#9ed49e' },
  village: { color: '#9c7a00', fillColor: '#ecd77e' },
  cell: { color: '#3f51a3', fillColor: '#aab8ea' },
};

/** The levels each tier is made of, in legend order. */
export const TIER_LEVELS = {
  1: ['town', 'street', 'park'],
  2: ['community', 'village', 'cell'],
};

const FALLBACK_STYLE = { color: '#546e7a', fillColor: '#b0bec5' };
const BASE = { weight: 1.5, opacity: 0.95, fillOpacity: 0.38 };
const HOVER = { weight: 3, fillOpacity: 0.55 };
const SELECTED = { fillOpacity: 0.62 };
/** The selected grid's outline, drawn in a pane of its own above its neighbours' edges. */
export const SELECTION_COLOR = '#0b2545';

// A label is drawn when its grid is at least this big on screen (px per CJK character, min box).
const LABEL_PX_PER_CHAR = 13;
const LABEL_MIN_WIDTH = 40;
const LABEL_MIN_HEIGHT = 22;

function styleOf(feature) {
  const level = feature.properties?.level;
  return { ...BASE, ...(LEVEL_STYLES[level] ?? FALLBACK_STYLE) };
}

/**
 * Draws a FeatureCollection of grids. Each path gets the class `grid-polygon` and a `data-code`
 * attribute (hooks for tests and styling); a click calls onSelect(code). A thematic map passes
 * style(feature) for the colours instead of the level's, label(feature) for the label text instead
 * of the name, and data(feature) for more data-* attributes on the path.
 */
export function createGridLayer(map, collection, {
  onSelect, style = styleOf, label = (feature) => feature.properties?.name ?? codeOf(feature), data = () => ({}),
}) {
  // Largest first, so that a park lying inside a town is drawn over it and stays clickable.
  const features = (collection?.features ?? [])
    .filter((feature) => feature?.geometry)
    .sort((a, b) => areaOf(b) - areaOf(a));
  const byCode = new Map();
  const labels = new Map();
  let selectedCode = null;
  let selectionOutline = null;

  const layer = L.geoJSON({ type: 'FeatureCollection', features }, {
    // The click is the grid's: the map's background click (which clears the selection) must not see it.
    bubblingMouseEvents: false,
    style: (feature) => ({
      ...style(feature),
      className: `grid-polygon grid-level-${cssToken(feature.properties?.level)}`,
    }),
    onEachFeature: (feature, featureLayer) => {
      const code = codeOf(feature);
      byCode.set(code, { feature, layer: featureLayer });
      featureLayer.on('add', () => {
        const element = featureLayer.getElement();
        if (element) {
          Object.assign(element.dataset, data(feature), { code, level: feature.properties?.level ?? '' });
        }
      });
      featureLayer.on('click', () => onSelect(code));
      featureLayer.on('mouseover', () => {
        if (code !== selectedCode) {
          featureLayer.setStyle(HOVER);
        }
      });
      featureLayer.on('mouseout', () => {
        if (code !== selectedCode) {
          featureLayer.setStyle(style(feature));
        }
      });
      const point = labelPoint(feature.geometry);
      const text = String(label(feature));
      if (point) {
        labels.set(code, {
          tooltip: L.tooltip({
            permanent: true,
            direction: 'center',
            interactive: false,
            opacity: 1,
            className: 'grid-label',
          }).setLatLng(point).setContent(labelElement(text, code)),
          chars: text.length,
          shown: false,
        });
      }
    },
  });

  const updateLabels = () => {
    const few = byCode.size <= alwaysLabelUpTo;
    for (const [code, label] of labels) {
      const show = few || fitsOnScreen(map, byCode.get(code).layer, label.chars);
      if (show && !label.shown) {
        label.tooltip.addTo(map);
      } else if (!show && label.shown) {
        label.tooltip.remove();
      }
      label.shown = show;
    }
  };

  layer.addTo(map);
  map.on('zoomend', updateLabels);
  updateLabels();

  return {
    count: byCode.size,
    layer,
    feature(code) {
      return byCode.get(code)?.feature ?? null;
    },
    /** Highlights one grid (or none, for null) and returns its feature. */
    select(code) {
      if (selectedCode && byCode.has(selectedCode)) {
        const previous = byCode.get(selectedCode);
        previous.layer.setStyle(style(previous.feature));
        previous.layer.getElement()?.classList.remove('grid-selected');
      }
      selectionOutline?.remove();
      selectionOutline = null;
      selectedCode = byCode.has(code) ? code : null;
      if (!selectedCode) {
        return null;
      }
      // Not bringToFront(): that would lift a town over the parks inside it for good.
      const current = byCode.get(selectedCode);
      current.layer.setStyle(SELECTED);
      current.layer.getElement()?.classList.add('grid-selected');
      selectionOutline = L.geoJSON(current.feature, {
        pane: PANES.selection.name,
        interactive: false,
        style: () => ({ color: SELECTION_COLOR, weight: 4, fill: false, className: 'selection-outline' }),
      }).addTo(map);
      return current.feature;
    },
    bounds(code) {
      return byCode.get(code)?.layer.getBounds() ?? null;
    },
    remove() {
      map.off('zoomend', updateLabels);
      selectionOutline?.remove();
      labels.forEach((label) => label.tooltip.remove());
      layer.remove();
    },
  };
}

/** Non-interactive outlines (district boundary, first-level boundaries) in their own pane. */
export function createOutlineLayer(collection, { pane, className, color, weight, dashArray }) {
  return L.geoJSON(collection, {
    pane,
    interactive: false,
    style: () => ({ color, weight, dashArray, fill: false, opacity: 0.9, className }),
  });
}

export function districtOutline(collection) {
  return createOutlineLayer(collection, {
    pane: PANES.district.name,
    className: 'district-outline',
    color: LEVEL_STYLES.district.color,
    weight: 3,
    dashArray: '10 6',
  });
}

export function parentOutline(collection) {
  return createOutlineLayer(collection, {
    pane: PANES.parentOutline.name,
    className: 'parent-outline',
    color: '#263238',
    weight: 2.5,
    dashArray: null,
  });
}

function fitsOnScreen(map, layer, chars) {
  const bounds = layer.getBounds();
  const northWest = map.latLngToLayerPoint(bounds.getNorthWest());
  const southEast = map.latLngToLayerPoint(bounds.getSouthEast());
  const width = Math.abs(southEast.x - northWest.x);
  const height = Math.abs(southEast.y - northWest.y);
  return width >= Math.max(LABEL_MIN_WIDTH, chars * LABEL_PX_PER_CHAR) && height >= LABEL_MIN_HEIGHT;
}

function labelElement(text, code) {
  const span = document.createElement('span');
  // textContent, never HTML: names come from imported data.
  span.textContent = text;
  span.dataset.code = code;
  return span;
}

function areaOf(feature) {
  const area = feature.properties?.area_km2;
  return typeof area === 'number' && Number.isFinite(area) ? area : 0;
}

function codeOf(feature) {
  return String(feature.properties?.code ?? feature.id ?? '');
}

function cssToken(value) {
  return String(value ?? 'unknown').replace(/[^a-z0-9_-]/gi, '');
}
