// Validation findings drawn over the grids, coloured by kind, each with a popup that gives its area: on the maps,
// the stored layer's gaps (parts of a parent no child covers) and slivers; on the import page, everything a file's
// dry run found — invalid points, overhangs, overlaps, gaps, slivers, repaired and clipped pieces.

import { formatAreaM2 } from '../components/format.js';
import { labelPoint } from '../components/geometry.js';
import { ensureHatches } from '../components/hatches.js';
import { L } from '../components/leaflet.js';
import { PANES } from '../components/map.js';
import { t } from '../i18n/index.js';

/** The finding kinds the maps of the stored layer draw. */
export const DRAWN_KINDS = ['GAP', 'SLIVER'];

/** Every kind a validation reports, errors first, in legend order. */
export const ALL_KINDS = ['INVALID_GEOMETRY', 'OUTSIDE_PARENT', 'OVERLAP', 'GAP', 'SLIVER', 'CLIPPED_TO_PARENT',
  'REPAIRED_GEOMETRY'];

export const FINDING_STYLES = {
  INVALID_GEOMETRY: { color: '#862e9c', weight: 3, fillColor: '#da77f2', fillOpacity: 0.9 },
  OUTSIDE_PARENT: { color: '#a61e4d', weight: 2, fillColor: '#f06595', fillOpacity: 0.6 },
  OVERLAP: { color: '#364fc7', weight: 2, fillColor: '#748ffc', fillOpacity: 0.6 },
  GAP: { color: '#d9480f', weight: 2, dashArray: '6 4', fillColor: '#ff922b', fillOpacity: 0.55 },
  SLIVER: { color: '#c92a2a', weight: 3, dashArray: '2 3', fillColor: '#fa5252', fillOpacity: 0.6 },
  CLIPPED_TO_PARENT: { color: '#0b7285', weight: 2, dashArray: '4 3', fillColor: '#3bc9db', fillOpacity: 0.55 },
  REPAIRED_GEOMETRY: { color: '#5c940d', weight: 2, fillColor: '#a9e34b', fillOpacity: 0.6 },
};

/** Gaps and slivers are hatched (css: the patterns of hatches.js); the other kinds are plain fills. */
const CLASS_BY_KIND = { GAP: 'gap-polygon', SLIVER: 'sliver-polygon' };

// A finding smaller than this on screen also gets a marker, so that no gap goes unseen.
const MIN_VISIBLE_PX = 10;
// Zooming to a finding stops here: a point or a sliver of a few m² is shown with its surroundings.
const FOCUS_MAX_ZOOM = 17;

/**
 * Draws the findings of a validation FeatureCollection of the given kinds (gaps and slivers unless said).
 * describeGrid(code) gives a grid's name for the popup, or null when it is not known. The answer's focus(feature)
 * shows one of the collection's features: the view fitted to it and its popup open.
 */
export function createFindingsLayer(map, collection, { describeGrid, kinds = DRAWN_KINDS }) {
  ensureHatches();
  const features = (collection?.features ?? [])
    .filter((feature) => feature?.geometry && kinds.includes(feature.properties?.kind));
  const drawn = new Map(); // feature → its layer on the map
  const popup = (feature) => () => popupContent(feature.properties, describeGrid);
  const popupOptions = { className: 'finding-popup', maxWidth: 300 };
  const tiny = []; // { shape, marker } for area findings that may vanish at low zoom

  const shapes = L.geoJSON({ type: 'FeatureCollection', features }, {
    pane: PANES.findings.name,
    bubblingMouseEvents: false,
    style: (feature) => styleOf(feature),
    // Point findings mark where a finding too small to draw lies.
    pointToLayer: (feature, latlng) => L.circleMarker(latlng, { ...styleOf(feature), radius: 7 }),
    onEachFeature: (feature, featureLayer) => {
      drawn.set(feature, featureLayer);
      featureLayer.on('add', () => {
        const element = featureLayer.getElement();
        if (element) {
          element.dataset.kind = feature.properties.kind;
        }
      });
      // A function, so the popup is built in the language current when it opens.
      featureLayer.bindPopup(popup(feature), popupOptions);
      const point = feature.geometry.type === 'Point' ? null : labelPoint(feature.geometry);
      if (point) {
        const kind = feature.properties.kind.toLowerCase();
        const marker = L.circleMarker(point, {
          ...FINDING_STYLES[feature.properties.kind],
          pane: PANES.findings.name,
          bubblingMouseEvents: false,
          radius: 6,
          fillOpacity: 0.9,
          className: `finding-marker ${kind}-marker`,
        }).bindPopup(popup(feature), popupOptions);
        tiny.push({ shape: featureLayer, marker });
      }
    },
  });
  // A feature group, not a layer group: fitting the view asks every part for its bounds.
  const markers = L.featureGroup();
  const layer = L.featureGroup([shapes, markers]);

  const updateMarkers = () => {
    for (const { shape, marker } of tiny) {
      const show = !visibleOnScreen(map, shape.getBounds());
      if (show && !markers.hasLayer(marker)) {
        markers.addLayer(marker);
      } else if (!show && markers.hasLayer(marker)) {
        markers.removeLayer(marker);
      }
    }
  };
  map.on('zoomend', updateMarkers);
  map.whenReady(updateMarkers);

  return {
    layer,
    count: features.length,
    countOf(kind) {
      return features.filter((feature) => feature.properties.kind === kind).length;
    },
    focus(feature) {
      const featureLayer = drawn.get(feature);
      if (!featureLayer) {
        return;
      }
      if (featureLayer.getBounds) {
        map.fitBounds(featureLayer.getBounds(), { padding: [48, 48], maxZoom: FOCUS_MAX_ZOOM });
        featureLayer.openPopup(featureLayer.getBounds().getCenter());
      } else {
        map.setView(featureLayer.getLatLng(), Math.max(map.getZoom(), FOCUS_MAX_ZOOM));
        featureLayer.openPopup();
      }
    },
  };
}

function visibleOnScreen(map, bounds) {
  const northWest = map.latLngToLayerPoint(bounds.getNorthWest());
  const southEast = map.latLngToLayerPoint(bounds.getSouthEast());
  return Math.abs(southEast.x - northWest.x) >= MIN_VISIBLE_PX
    && Math.abs(southEast.y - northWest.y) >= MIN_VISIBLE_PX;
}

function styleOf(feature) {
  const kind = feature.properties.kind;
  return { ...FINDING_STYLES[kind], className: `${CLASS_BY_KIND[kind] ?? 'finding-polygon'} finding-${kind.toLowerCase()}` };
}

function popupContent(properties, describeGrid) {
  const root = document.createElement('div');

  const title = document.createElement('h3');
  title.className = `finding-title finding-title-${String(properties.kind).toLowerCase()}`;
  title.textContent = t(`finding.${properties.kind}`);
  root.append(title);

  const list = document.createElement('dl');
  list.className = 'finding-fields';
  addField(list, t('finding.area'), formatAreaM2(properties.area_m2), 'area');
  if (properties.severity) {
    addField(list, t('finding.severity'), t(`finding.severity.${properties.severity}`), 'severity');
  }
  const codes = Array.isArray(properties.codes) ? properties.codes : [];
  if (codes.length) {
    const names = codes.map((code) => {
      const name = describeGrid(code);
      return name ? `${name} (${code})` : String(code);
    });
    addField(list, t('finding.codes'), names.join(', '), 'codes');
  }
  root.append(list);

  if (properties.message) {
    const message = document.createElement('p');
    message.className = 'finding-message';
    message.textContent = properties.message;
    root.append(message);
  }
  return root;
}

function addField(list, label, value, field) {
  const term = document.createElement('dt');
  term.textContent = label;
  const description = document.createElement('dd');
  description.dataset.field = field;
  description.textContent = value;
  list.append(term, description);
}
