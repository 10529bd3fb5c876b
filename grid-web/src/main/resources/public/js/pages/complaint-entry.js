// The staff's entry page for complaints taken by phone (12345/12369), by letter or in person (来电/来信/来访):
// channel, complainant and contact, category, description, and the place — clicked on the map, which shows the
// caller's grids, or typed as longitude and latitude — with the address as the complainant said it. The server
// routes it to its grid, which must be one of the caller's (administrators: any), and answers with the receipt;
// a resent form carries the same submission key, so it is stored once. Server text goes in with textContent.

import { enterComplaint, fetchGrids } from '../components/api.js';
import { addBasemap } from '../components/basemap.js';
import { addCategoryOptions, movePin, receiptFields, roundCoordinate, showFormError } from '../components/complaint-form.js';
import { newUuid } from '../components/digest.js';
import { describeProblem } from '../components/format.js';
import { L } from '../components/leaflet.js';
import { startPage } from '../components/page.js';
import { onLanguageChange, t } from '../i18n/index.js';

/** The demo district (清源区) around lon 120.30, lat 31.55: where the map starts before the grids arrive. */
const START = { center: [31.55, 120.30], zoom: 12 };
/** The fields the server may name in a problem's errors, by JSON pointer. */
const FIELD_INPUTS = {
  '/channel': 'entry-channel',
  '/category': 'entry-category',
  '/description': 'entry-description',
  '/address': 'entry-address',
  '/name': 'entry-name',
  '/contact': 'entry-contact',
  '/lon': 'entry-lon',
  '/lat': 'entry-lat',
};

const state = {
  key: newUuid(), // one per complaint entered: a retried submit stores it once
  receipt: null,
  sending: false,
};

const elements = {
  status: document.getElementById('entry-status'),
  form: document.getElementById('entry-form'),
  channel: document.getElementById('entry-channel'),
  name: document.getElementById('entry-name'),
  contact: document.getElementById('entry-contact'),
  category: document.getElementById('entry-category'),
  description: document.getElementById('entry-description'),
  address: document.getElementById('entry-address'),
  map: document.getElementById('entry-map'),
  lon: document.getElementById('entry-lon'),
  lat: document.getElementById('entry-lat'),
  error: document.getElementById('entry-error'),
  submit: document.getElementById('entry-submit'),
  receipt: document.getElementById('entry-receipt'),
  receiptBody: document.getElementById('entry-receipt-body'),
  again: document.getElementById('entry-again'),
};

const page = startPage({ status: elements.status });
const { say, fail } = page;

let map = null;
let marker = null;

if (page.signedIn) {
  onLanguageChange(() => renderReceipt());
  start();
}

async function start() {
  const me = await page.me;
  if (!me) {
    fail('entry.status.error', null);
    return;
  }
  addCategoryOptions(elements.category);
  elements.form.hidden = false;
  elements.form.addEventListener('submit', (event) => {
    event.preventDefault();
    submit();
  });
  for (const id of Object.values(FIELD_INPUTS)) {
    const input = document.getElementById(id);
    input.addEventListener('input', () => input.removeAttribute('aria-invalid'));
    input.addEventListener('change', () => input.removeAttribute('aria-invalid'));
  }
  for (const input of [elements.lon, elements.lat]) {
    input.addEventListener('change', () => typedPoint());
  }
  elements.again.addEventListener('click', () => again());
  createMap();
  say('entry.status.ready');
}

function createMap() {
  if (!L) {
    say('complaint.status.noMap', {}, 'warning');
    return;
  }
  map = L.map(elements.map, { center: START.center, zoom: START.zoom });
  addBasemap(map);
  L.control.scale({ imperial: false, position: 'bottomleft' }).addTo(map);
  map.on('click', (event) => place(event.latlng.lng, event.latlng.lat));
  new ResizeObserver(() => map.invalidateSize()).observe(elements.map);
  // the caller's grids, outlined, so that the place is found without a basemap
  fetchGrids({ tier: 1, simplify: 20 }).then((grids) => {
    const outlines = L.geoJSON(grids, { style: { color: '#0f4c5c', weight: 2, fillOpacity: 0.05 }, interactive: false })
      .addTo(map);
    if (outlines.getLayers().length > 0) {
      map.fitBounds(outlines.getBounds(), { padding: [12, 12] });
    }
  }, () => {});
}

/** Puts the pin at a point and writes it into the coordinate fields. */
function place(lon, lat) {
  elements.lon.value = String(roundCoordinate(lon));
  elements.lat.value = String(roundCoordinate(lat));
  elements.lon.removeAttribute('aria-invalid');
  elements.lat.removeAttribute('aria-invalid');
  pin();
}

/** The coordinates typed in: the pin follows when both are numbers. */
function typedPoint() {
  if (point()) {
    pin();
    map?.setView([point().lat, point().lon], Math.max(map.getZoom(), 15));
  }
}

function pin() {
  const where = point();
  elements.map.dataset.placed = String(Boolean(where));
  if (!map || !where) {
    return;
  }
  marker = movePin(map, marker, where.lon, where.lat);
}

/** The point in the coordinate fields, or null while either is not a number. */
function point() {
  const lon = Number(elements.lon.value.trim());
  const lat = Number(elements.lat.value.trim());
  if (!elements.lon.value.trim() || !elements.lat.value.trim() || !Number.isFinite(lon) || !Number.isFinite(lat)) {
    return null;
  }
  return { lon, lat };
}

/** What the form lacks before it is worth sending; the server checks everything again. */
function check() {
  const problems = [];
  const need = (input, key) => {
    input.setAttribute('aria-invalid', 'true');
    problems.push(t(key));
  };
  if (!elements.channel.value) {
    need(elements.channel, 'entry.error.channel');
  }
  if (!elements.category.value) {
    need(elements.category, 'complaint.error.category');
  }
  if (!elements.description.value.trim()) {
    need(elements.description, 'complaint.error.description');
  }
  if (!point()) {
    elements.map.setAttribute('aria-invalid', 'true');
    need(elements.lon, 'entry.error.location');
  }
  return problems;
}

async function submit() {
  if (state.sending) {
    return;
  }
  const problems = check();
  if (problems.length > 0) {
    showFormError(elements.error, problems.join(t('common.sentenceSeparator')));
    return;
  }
  const where = point();
  const complaint = {
    submission_key: state.key,
    channel: elements.channel.value,
    category: elements.category.value,
    description: elements.description.value.trim(),
    lon: where.lon,
    lat: where.lat,
  };
  for (const [field, input] of [['address', elements.address], ['name', elements.name], ['contact', elements.contact]]) {
    const value = input.value.trim();
    if (value) {
      complaint[field] = value;
    }
  }
  state.sending = true;
  elements.submit.disabled = true;
  showFormError(elements.error, null);
  say('entry.status.sending');
  try {
    state.receipt = await enterComplaint(complaint);
    elements.form.hidden = true;
    renderReceipt();
    say('entry.status.entered', { id: state.receipt.id }, 'success');
    elements.receipt.scrollIntoView({ block: 'start' });
  } catch (error) {
    for (const { pointer } of error?.fieldErrors ?? []) {
      if (FIELD_INPUTS[pointer]) {
        document.getElementById(FIELD_INPUTS[pointer]).setAttribute('aria-invalid', 'true');
      }
    }
    showFormError(elements.error, describeProblem(error));
    fail('entry.status.failed', error);
  } finally {
    state.sending = false;
    elements.submit.disabled = false;
  }
}

function renderReceipt() {
  const receipt = state.receipt;
  if (!receipt) {
    return;
  }
  elements.receipt.hidden = false;
  elements.receipt.dataset.complaintId = String(receipt.id);
  elements.receiptBody.replaceChildren(receiptFields('case-fields', receipt));
}

/** A blank form for the next complaint, with a new submission key. */
function again() {
  state.key = newUuid();
  state.receipt = null;
  elements.form.reset();
  elements.map.dataset.placed = 'false';
  marker?.remove();
  marker = null;
  elements.receipt.hidden = true;
  elements.form.hidden = false;
  showFormError(elements.error, null);
  say('entry.status.ready');
  elements.channel.focus();
}
