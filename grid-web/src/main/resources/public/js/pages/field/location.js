// Where things are: the phone's position, which sorts the duty list nearest first, and the fix of the
// record being made — the browser's geolocation with its accuracy, or coordinates typed in, read and
// checked before the record is sent.

import { t } from '../../i18n/index.js';
import { elements, emit, state } from './state.js';
import { formatDistance, formatMetres } from './units.js';

/** A position for sorting the list may be this old. */
const LIST_POSITION_MAX_AGE_MS = 2 * 60 * 1000;
const EARTH_RADIUS_M = 6_371_008.8;

export function locateForList(asked) {
  if (!navigator.geolocation) {
    state.positionState = 'unsupported';
    renderPosition();
    return;
  }
  state.positionState = 'pending';
  renderPosition();
  navigator.geolocation.getCurrentPosition((position) => {
    state.position = {
      lon: position.coords.longitude,
      lat: position.coords.latitude,
      accuracy: position.coords.accuracy,
    };
    state.positionState = 'ok';
    renderPosition();
    emit('position');
  }, (error) => {
    state.positionState = error.code === 1 ? 'denied' : 'unavailable';
    renderPosition();
    emit('position');
  }, { enableHighAccuracy: false, maximumAge: asked ? 0 : LIST_POSITION_MAX_AGE_MS, timeout: 15_000 });
}

export function renderPosition() {
  const key = {
    pending: 'field.position.pending',
    ok: 'field.position.ok',
    denied: 'field.position.denied',
    unavailable: 'field.position.unavailable',
    unsupported: 'field.position.unsupported',
  }[state.positionState];
  elements.positionNote.textContent = t(key, { accuracy: formatMetres(state.position?.accuracy) });
  elements.positionNote.dataset.state = state.positionState;
}

export function distanceTo(lon, lat, from = state.position) {
  if (!from || typeof lon !== 'number' || typeof lat !== 'number') {
    return null;
  }
  return haversineM(from.lon, from.lat, lon, lat);
}

function haversineM(lon1, lat1, lon2, lat2) {
  const rad = Math.PI / 180;
  const dLat = (lat2 - lat1) * rad;
  const dLon = (lon2 - lon1) * rad;
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(a)));
}

/** explicit: the person pressed the button, so the position replaces whatever was typed. */
export function locateForRecord(explicit) {
  const form = state.form;
  if (!form) {
    return;
  }
  if (!navigator.geolocation) {
    form.locateError = 'unsupported';
    renderFixSummary();
    return;
  }
  form.locating = true;
  form.locateError = null;
  renderFixSummary();
  navigator.geolocation.getCurrentPosition((position) => {
    if (state.form !== form) {
      return;
    }
    form.locating = false;
    if (form.fixSource === 'manual' && !explicit) {
      renderFixSummary();
      return;
    }
    elements.lon.value = position.coords.longitude.toFixed(7);
    elements.lat.value = position.coords.latitude.toFixed(7);
    elements.accuracy.value = String(Math.round(position.coords.accuracy * 10) / 10);
    elements.crs.value = 'wgs84';
    form.fixSource = 'gps';
    form.fixAccuracy = position.coords.accuracy;
    elements.fixError.hidden = true;
    [elements.lon, elements.lat, elements.accuracy].forEach((input) => input.removeAttribute('aria-invalid'));
    // the list is sorted by this position too
    state.position = { lon: position.coords.longitude, lat: position.coords.latitude, accuracy: position.coords.accuracy };
    state.positionState = 'ok';
    renderPosition();
    renderFixSummary();
  }, (error) => {
    if (state.form !== form) {
      return;
    }
    form.locating = false;
    form.locateError = { 1: 'denied', 2: 'unavailable', 3: 'timeout' }[error.code] ?? 'unavailable';
    renderFixSummary();
  }, { enableHighAccuracy: true, timeout: 20_000, maximumAge: 0 });
}

export function typedFix() {
  if (!state.form) {
    return;
  }
  state.form.fixSource = 'manual';
  elements.fixError.hidden = true;
  [elements.lon, elements.lat, elements.accuracy].forEach((input) => input.removeAttribute('aria-invalid'));
  renderFixSummary();
}

export function renderFixSummary() {
  const form = state.form;
  if (!form) {
    return;
  }
  const parts = [];
  let kind = 'info';
  if (form.locating) {
    parts.push(t('record.fix.locating'));
  } else if (form.locateError && form.fixSource !== 'gps') {
    parts.push(t(`record.fix.error.${form.locateError}`));
    kind = 'warning';
  }
  const fix = readFix();
  if (fix.lon !== null && fix.lat !== null && !fix.problem) {
    parts.push(t(form.fixSource === 'gps' ? 'record.fix.fromGps' : 'record.fix.typed', { accuracy: formatMetres(fix.accuracy) }));
    if (fix.crs === 'wgs84') {
      const metres = distanceTo(form.target.lon, form.target.lat, fix);
      if (metres !== null) {
        parts.push(t('record.fix.toTarget', { distance: formatDistance(metres) }));
      }
    }
  }
  elements.fixSummary.textContent = parts.join(t('common.sentenceSeparator'));
  elements.fixSummary.dataset.kind = kind;
  elements.fixSummary.dataset.source = form.fixSource ?? '';
}

/** The fix as typed or as the browser gave it: { lon, lat, accuracy, crs, problem } (problem: an i18n key). */
export function readFix() {
  const lon = number(elements.lon.value);
  const lat = number(elements.lat.value);
  const accuracy = number(elements.accuracy.value);
  let problem = null;
  let field = null;
  if (lon === null || lat === null) {
    problem = 'record.error.fixMissing';
    field = lon === null ? elements.lon : elements.lat;
  } else if (Number.isNaN(lon) || Number.isNaN(lat)) {
    problem = 'record.error.fixNumber';
    field = Number.isNaN(lon) ? elements.lon : elements.lat;
  } else if (Math.abs(lat) > 90 && Math.abs(lon) <= 90) {
    problem = 'record.error.fixSwapped';
    field = elements.lat;
  } else if (Math.abs(lon) > 180 || Math.abs(lat) > 90) {
    problem = 'record.error.fixRange';
    field = Math.abs(lon) > 180 ? elements.lon : elements.lat;
  } else if (accuracy === null || Number.isNaN(accuracy) || accuracy < 0 || accuracy > 10_000) {
    problem = 'record.error.accuracy';
    field = elements.accuracy;
  }
  return { lon, lat, accuracy, crs: elements.crs.value || 'wgs84', problem, field };
}

/** A decimal number as typed (a decimal comma is accepted); null when empty, NaN when not a number. */
function number(text) {
  const value = String(text ?? '').trim().replace(/，|,/g, '.');
  if (!value) {
    return null;
  }
  return /^[-+]?(\d+\.?\d*|\.\d+)$/.test(value) ? Number(value) : Number.NaN;
}
