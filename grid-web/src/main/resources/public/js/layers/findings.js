// Coverage findings from the validation endpoint: gaps (parts of a parent no child covers) and
// slivers, drawn over the grids in a warning colour with a popup that gives their area.

import { formatAreaM2 } from '../components/format.js';
import { labelPoint } from '../components/geometry.js';
import { ensureHatches } from '../components/hatches.js';
import { L } from '../components/leaflet.js';
import { PANES } from '../components/map.js';
import { t } from '../i18n/index.js';

/** The finding kinds this layer draws. */
export const DRAWN_KINDS = ['GAP', 'SLIVER'];

export const FINDING_STYLES = {
  GAP: { color: '#d9480f', weight: 2, dashArray: '6 4', fillColor: '#ff922b', fillOpacity: 0.55 },
  SLIVER: { color: '#c92a2a', weight: 3, dashArray: '2 3', fillColor: '#fa5252', fillOpacity: 0.6 },
};

const CLASS_BY_KIND = { GAP: 'gap-polygon', SLIVER: 'sliver-polygon' };

// A finding smaller than this on screen also gets a marker, so that no gap goes unseen.
const MIN_VISIBLE_PX = 10;

/**
 * Draws the GAP and SLIVER findings of a validation FeatureCollection. describeGrid(code) gives
 * a grid's name for the popup, or null when it is not known.
 */
export function createFindingsLayer(map, collection, { describeGrid }) {
  ensureHatches();
  const features = (collection?.features ?? [])
    .filter((feature) => feature?.geometry && DRAWN_KINDS.includes(feature.properties?.kind));
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
  return { ...FINDING_STYLES[kind], className: `${CLASS_BY_KIND[kind]} finding-${kind.toLowerCase()}` };
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
