// Problems and complaints of a period as points, clustered where they crowd (Leaflet.markercluster,
// marker-cluster.js); a click opens a popup with what and where.

import { element, fieldList } from '../components/dom.js';
import { vocabularyName, yesNo } from '../components/format.js';
import { L } from '../components/leaflet.js';
import '../components/marker-cluster.js';
import { t } from '../i18n/index.js';

export const POINT_KINDS = ['problem', 'complaint'];
/** Closer than this many pixels, points merge into one cluster. */
const CLUSTER_RADIUS_PX = 45;
/** From this zoom on every point stands alone: a street block shows each case. */
const UNCLUSTERED_FROM_ZOOM = 17;
const MARKER_PX = 14;

/**
 * Draws a FeatureCollection of problem and complaint points. Each marker is a `point-marker
 * point-<kind>` element (`point-overdue` when past its deadline) with data-kind and data-id; a
 * cluster is a `point-cluster` element whose count carries data-count. describeGrid(code) gives a grid's name.
 */
export function createPointLayer(collection, { describeGrid }) {
  if (typeof L?.markerClusterGroup !== 'function') {
    throw new Error('Leaflet.markercluster did not load');
  }
  const features = (collection?.features ?? [])
    .filter((feature) => feature?.geometry?.type === 'Point' && POINT_KINDS.includes(feature.properties?.kind));
  const layer = L.markerClusterGroup({
    maxClusterRadius: CLUSTER_RADIUS_PX,
    disableClusteringAtZoom: UNCLUSTERED_FROM_ZOOM,
    showCoverageOnHover: false,
    spiderfyOnMaxZoom: true,
    iconCreateFunction: clusterIcon,
  });
  for (const feature of features) {
    const properties = feature.properties;
    const [lon, lat] = feature.geometry.coordinates;
    const marker = L.marker([lat, lon], {
      icon: L.divIcon({
        className: `point-marker point-${properties.kind}${properties.overdue ? ' point-overdue' : ''}`,
        iconSize: [MARKER_PX, MARKER_PX],
      }),
      title: `${t(`points.kind.${properties.kind}`)} #${properties.id}`,
      overdue: Boolean(properties.overdue),
    });
    marker.on('add', () => {
      Object.assign(marker.getElement()?.dataset ?? {}, { kind: properties.kind, id: String(properties.id ?? '') });
    });
    // A function, so the popup is built in the language current when it opens.
    marker.bindPopup(() => popupContent(properties, describeGrid), { className: 'feature-popup', maxWidth: 300 });
    layer.addLayer(marker);
  }
  return {
    layer,
    count: features.length,
    countOf(kind) {
      return features.filter((feature) => feature.properties.kind === kind).length;
    },
  };
}

function clusterIcon(cluster) {
  const markers = cluster.getAllChildMarkers();
  const count = element('span', { className: 'point-cluster-count', text: markers.length });
  count.dataset.count = String(markers.length);
  count.title = t('points.cluster', { count: markers.length });
  return L.divIcon({
    html: count,
    className: `point-cluster${markers.some((marker) => marker.options.overdue) ? ' point-cluster-overdue' : ''}`,
    iconSize: [34, 34],
  });
}

function popupContent(properties, describeGrid) {
  const kind = properties.kind;
  const name = describeGrid(properties.grid_code);
  const link = element('a', { text: t(`points.open.${kind}`) });
  link.href = kind === 'problem' ? `cases.html?case=${encodeURIComponent(properties.id)}` : 'complaints.html';
  return element('div', { className: `point-popup point-popup-${kind}` },
    element('h3', { className: 'popup-title', text: `${t(`points.kind.${kind}`)} #${properties.id ?? '—'}` }),
    fieldList('popup-fields', [
      [t('points.label'), vocabularyName(kind === 'problem' ? 'category' : 'complaintCategory', properties.label), 'label'],
      [t('points.state'), vocabularyName(kind === 'problem' ? 'caseState' : 'complaintState', properties.state), 'state'],
      [t('points.overdue'), yesNo(properties.overdue), 'overdue'],
      [t('points.opened'), properties.opened ?? '—', 'opened'],
      [t('points.grid'), name ? t('common.named', { name, code: properties.grid_code }) : properties.grid_code ?? '—', 'grid'],
    ]),
    link);
}
