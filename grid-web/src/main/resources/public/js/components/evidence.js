// Evidence travels with the work: the photos of a record, a small map of where it was made beside its target and
// its grid, and a link to what a case came from. Case cards, complaint cards and the review of flagged inspections
// show them with these parts. Maps and photos load when their card first comes into view, once; everything from
// the server goes into the page with textContent or as a Leaflet layer, never as HTML.

import { t } from '../i18n/index.js';
import { fetchCaseEvidence, fetchPhoto } from './api.js';
import { element } from './dom.js';
import { describeProblem, formatInstant } from './format.js';
import { L } from './leaflet.js';
import { createMap, fitToLayers } from './map.js';

/** How each role of a place is drawn on a small map. */
const STYLES = {
  grid: { color: '#0f4c5c', weight: 2, fillColor: '#0f4c5c', fillOpacity: 0.08 },
  target: { color: '#6a3d9a', weight: 3, radius: 7, fillColor: '#6a3d9a', fillOpacity: 0.9 },
  fix: { color: '#d9480f', weight: 2, radius: 6, fillColor: '#ff922b', fillOpacity: 1 },
  complaint: { color: '#c92a2a', weight: 2, radius: 7, fillColor: '#fa5252', fillOpacity: 1 },
};

/** Object URLs of the photos shown, by SHA-256: each is fetched once however often a list is drawn. */
const photoUrls = new Map();
/** Each case's evidence, by case id, fetched once. */
const caseEvidence = new Map();

/** Thumbnails of stored photos, each a link to the full image; altKey names them for screen readers. */
export function photoStrip(hashes, altKey = 'evidence.photo') {
  const strip = element('div', { className: 'photo-strip' });
  for (const sha256 of hashes) {
    const image = element('img', { className: 'photo-thumb' });
    image.alt = t(altKey);
    image.dataset.sha256 = sha256;
    const link = element('a', {}, image);
    link.target = '_blank';
    link.rel = 'noopener';
    if (!photoUrls.has(sha256)) {
      photoUrls.set(sha256, fetchPhoto(sha256).then((blob) => URL.createObjectURL(blob)));
    }
    photoUrls.get(sha256).then((url) => {
      image.src = url;
      link.href = url;
    }, () => {
      photoUrls.delete(sha256);
      image.alt = t('evidence.photoFailed');
    });
    strip.append(link);
  }
  return strip;
}

/** Calls show() once, when the node first comes into view (at once where the browser cannot tell). */
export function whenVisible(node, show) {
  if (typeof IntersectionObserver !== 'function') {
    queueMicrotask(show);
    return;
  }
  const observer = new IntersectionObserver((entries) => {
    if (entries.some((entry) => entry.isIntersecting)) {
      observer.disconnect();
      show();
    }
  }, { rootMargin: '200px' });
  observer.observe(node);
}

/**
 * A small map of a record's places — a GeoJSON FeatureCollection whose features say their role: grid, target,
 * fix (with its accuracy_m drawn as a circle), complaint — fitted to them, with a legend of what is shown.
 */
export function placesMap(places) {
  const box = element('div', { className: 'evidence-map' });
  box.setAttribute('role', 'img');
  const features = Array.isArray(places?.features) ? places.features : [];
  const roles = features.map((feature) => feature.properties?.role).filter((role) => role in STYLES);
  box.setAttribute('aria-label', t('evidence.map.label', { what: roles.map((role) => t(`evidence.place.${role}`)).join(t('common.listSeparator')) }));
  const legend = element('ul', { className: 'evidence-legend' }, ...[...new Set(roles)].map((role) => {
    const item = element('li', { text: t(`evidence.place.${role}`) });
    item.dataset.role = role;
    return item;
  }));
  const figure = element('figure', { className: 'evidence-figure' }, box, legend);
  if (!L) {
    box.append(element('p', { className: 'muted', text: t('evidence.map.none') }));
    return figure;
  }
  // drawn once the box is in the page and has its size
  whenVisible(box, () => drawPlaces(box, features));
  return figure;
}

function drawPlaces(box, features) {
  const map = createMap(box);
  map.scrollWheelZoom.disable();
  const layers = [];
  for (const feature of features) {
    const role = feature.properties?.role;
    const style = STYLES[role];
    if (!style) {
      continue;
    }
    const layer = L.geoJSON(feature, {
      style: () => style,
      pointToLayer: (_, latlng) => L.circleMarker(latlng, style),
    });
    layer.eachLayer((drawn) => {
      drawn.getElement?.()?.setAttribute('data-role', role);
      drawn.on('add', () => drawn.getElement?.()?.setAttribute('data-role', role));
    });
    layer.bindTooltip(placeText(feature.properties));
    layer.addTo(map);
    layers.push(layer);
    const accuracy = Number(feature.properties?.accuracy_m);
    if (role === 'fix' && accuracy > 0) {
      const [lon, lat] = feature.geometry.coordinates;
      layers.push(L.circle([lat, lon], { radius: accuracy, color: style.color, weight: 1, fillOpacity: 0.1 }).addTo(map));
    }
  }
  box.dataset.drawn = String(layers.length);
  fitToLayers(map, layers, { padding: [12, 12], maxZoom: 17 });
}

function placeText(properties = {}) {
  switch (properties.role) {
    case 'grid':
      return t('common.named', { name: properties.name ?? '', code: properties.code ?? '' });
    case 'target':
      return properties.name ?? properties.code ?? '';
    case 'fix':
      return t('evidence.fixText', { accuracy: Math.round(Number(properties.accuracy_m) || 0), distance: Math.round(Number(properties.distance_m) || 0) });
    default:
      return t(`evidence.place.${properties.role}`);
  }
}

/** A map of one point (a complaint's pin), for cards that carry their location already. */
export function pinMap(lon, lat, role = 'complaint') {
  if (!Number.isFinite(Number(lon)) || !Number.isFinite(Number(lat))) {
    return null;
  }
  return placesMap({
    type: 'FeatureCollection',
    features: [{ type: 'Feature', geometry: { type: 'Point', coordinates: [Number(lon), Number(lat)] }, properties: { role } }],
  });
}

/** The link to what a case came from: the inspection record, or the complaint in the complaint queue. */
export function originLink(origin) {
  const link = element('a', { className: 'origin-link' });
  link.dataset.origin = origin.kind;
  if (origin.kind === 'complaint') {
    link.href = `complaints.html?complaint=${encodeURIComponent(origin.id)}`;
    link.textContent = t('evidence.origin.complaint', { id: origin.id, at: formatInstant(origin.at) });
  } else {
    link.href = `inspections.html?id=${encodeURIComponent(origin.id)}`;
    link.textContent = t('evidence.origin.inspection', { name: origin.inspector_name ?? '', at: formatInstant(origin.at) });
  }
  return link;
}

/**
 * A case's evidence for its card: where it came from (a link), that record's photos and a small map of the grid,
 * the target and the fix or the complaint's pin. Loaded when the card first comes into view.
 */
export function caseEvidenceSection(caseId) {
  const section = element('div', { className: 'case-evidence' });
  section.dataset.caseId = String(caseId);
  section.append(element('p', { className: 'muted evidence-loading', text: t('evidence.loading') }));
  whenVisible(section, async () => {
    if (!caseEvidence.has(caseId)) {
      caseEvidence.set(caseId, fetchCaseEvidence(caseId));
    }
    try {
      const evidence = await caseEvidence.get(caseId);
      const origin = element('p', { className: 'evidence-origin' },
        element('span', { className: 'muted', text: t('evidence.origin') }), originLink(evidence.origin));
      const parts = [origin];
      if (evidence.photos?.length > 0) {
        parts.push(photoStrip(evidence.photos));
      }
      parts.push(placesMap(evidence.places));
      section.replaceChildren(...parts);
      section.dataset.loaded = 'true';
    } catch (error) {
      caseEvidence.delete(caseId);
      section.replaceChildren(element('p', { className: 'field-error', text: t('evidence.error', { detail: describeProblem(error) }) }));
    }
  });
  return section;
}
