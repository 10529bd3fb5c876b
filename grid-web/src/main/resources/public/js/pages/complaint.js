// The public complaint page (投诉举报): for anyone, signed in or not. It calls the public API without a
// token and never goes to the login page. Without a query it is the form — category, description, a
// pin on the map (or the browser's location), optional photos (each sent first, to the address of
// its SHA-256, so a resend never doubles it), an optional address and optional name and contact,
// which only the staff handling the complaint see — and, once filed, the receipt with its two links.
// The map starts at the district's extent, with its towns, streets and parks outlined over the
// configured basemap, and the city's districts are named under it (a complaint goes to the district
// where it happened). With ?id=N it shows that complaint's public status (category, grid, state and
// dates, the district that received it, the reply staff published and the date of each step); with ?rate=<token> it asks how
// satisfied the complainant is. Server text goes in with textContent.

import { fetchDistrictOutline, fetchPublicComplaint, rateComplaint, submitComplaint, uploadPhoto } from '../components/api.js';
import {
  addCategoryOptions, formatDeadline, movePin, receiptFields, roundCoordinate, showFormError,
} from '../components/complaint-form.js';
import { newUuid, sha256Hex } from '../components/digest.js';
import { element, fieldList } from '../components/dom.js';
import { describeProblem, formatInstant } from '../components/format.js';
import { L } from '../components/leaflet.js';
import { PANES, createMap } from '../components/map.js';
import { startPage } from '../components/page.js';
import { onLanguageChange, t } from '../i18n/index.js';

/** The server's limits: photos with a complaint, and bytes per photo. */
const MAX_PHOTOS = 5;
const MAX_PHOTO_BYTES = 10 * 1024 * 1024;
/** Fields the server may name in a problem's errors, by JSON pointer. */
const FIELD_INPUTS = {
  '/category': 'complaint-category',
  '/description': 'complaint-description',
  '/address': 'complaint-address',
  '/name': 'complaint-name',
  '/contact': 'complaint-contact',
};

const query = new URLSearchParams(window.location.search);
const state = {
  id: query.get('id'),
  rate: query.get('rate'),
  key: newUuid(), // one per form: a retried submit files the complaint once
  point: null, // { lon, lat } once a pin is dropped
  receipt: null,
  complaint: null, // the public view shown in status mode
  sending: false,
};

const elements = {
  status: document.getElementById('complaint-page-status'),
  form: document.getElementById('complaint-form'),
  category: document.getElementById('complaint-category'),
  description: document.getElementById('complaint-description'),
  photos: document.getElementById('complaint-photos'),
  address: document.getElementById('complaint-address'),
  name: document.getElementById('complaint-name'),
  contact: document.getElementById('complaint-contact'),
  lon: document.getElementById('complaint-lon'),
  lat: document.getElementById('complaint-lat'),
  map: document.getElementById('complaint-map'),
  locate: document.getElementById('complaint-locate'),
  position: document.getElementById('complaint-position'),
  districts: document.getElementById('complaint-districts'),
  error: document.getElementById('complaint-error'),
  submit: document.getElementById('complaint-submit'),
  receipt: document.getElementById('complaint-receipt'),
  receiptBody: document.getElementById('complaint-receipt-body'),
  statusPanel: document.getElementById('complaint-status'),
  statusBody: document.getElementById('complaint-status-body'),
  stateBadge: document.getElementById('complaint-state'),
  ratingForm: document.getElementById('rating-form'),
  ratingError: document.getElementById('rating-error'),
  ratingDone: document.getElementById('rating-done'),
  ratingSubmit: document.getElementById('rating-submit'),
  newLink: document.getElementById('nav-complaint'),
};

const { say, fail } = startPage({ signIn: false, status: elements.status });

let map = null;
let marker = null;

let districtNames = [];

onLanguageChange(() => {
  renderDistricts();
  renderPosition();
  renderReceipt();
  renderComplaint();
});

if (state.rate) {
  elements.ratingForm.hidden = false;
  elements.ratingForm.addEventListener('submit', (event) => {
    event.preventDefault();
    rate();
  });
} else if (state.id) {
  loadComplaint(state.id);
} else {
  elements.newLink.setAttribute('aria-current', 'page');
  showForm();
}

// The form

function showForm() {
  addCategoryOptions(elements.category);
  elements.form.hidden = false;
  elements.form.addEventListener('submit', (event) => {
    event.preventDefault();
    submit();
  });
  elements.locate.addEventListener('click', () => locate());
  for (const input of [elements.category, elements.description, elements.address, elements.name, elements.contact]) {
    input.addEventListener('input', () => input.removeAttribute('aria-invalid'));
  }
  showMap();
  renderPosition();
}

/** The map to pin the place on: at the district's extent, its first-level grids outlined and named. */
async function showMap() {
  if (!L) {
    say('complaint.status.noMap', {}, 'warning');
    return;
  }
  let outline = null;
  try {
    outline = await fetchDistrictOutline();
  } catch (error) {
    // without the outline the map still takes a pin, from the configured initial view
    console.warn('the district outline could not be loaded', error);
  }
  const bbox = outline?.bbox;
  const bounds = Array.isArray(bbox) && bbox.length === 4 ? L.latLngBounds([bbox[1], bbox[0]], [bbox[3], bbox[2]]) : null;
  map = createMap(elements.map, { bounds });
  if (outline?.features?.length) {
    L.geoJSON(outline, {
      pane: PANES.district.name,
      interactive: false,
      style: { color: '#0f4c5c', weight: 2, opacity: 0.8, fill: false, dashArray: '6 4' },
      onEachFeature: (feature, layer) => {
        layer.bindTooltip(String(feature.properties?.name ?? ''), { permanent: true, direction: 'center', className: 'grid-label' });
      },
    }).addTo(map);
    elements.map.dataset.outline = String(outline.features.length);
    districtNames = [...new Set(outline.features.map((f) => f.properties?.district_name).filter(Boolean))];
    renderDistricts();
  }
  if (state.point) {
    place(state.point.lon, state.point.lat);
  }
  map.on('click', (event) => place(event.latlng.lng, event.latlng.lat));
}

/** Drops (or moves) the pin at a point and remembers it as the complaint's location. */
function place(lon, lat) {
  state.point = { lon: roundCoordinate(lon), lat: roundCoordinate(lat) };
  elements.lon.value = String(state.point.lon);
  elements.lat.value = String(state.point.lat);
  elements.map.removeAttribute('aria-invalid');
  elements.map.dataset.placed = 'true';
  if (map) {
    marker = movePin(map, marker, state.point.lon, state.point.lat);
  }
  renderPosition();
}

/** The city's districts, named under the map; nothing while the outline names none. */
function renderDistricts() {
  elements.districts.hidden = districtNames.length === 0;
  elements.districts.textContent = districtNames.length === 0 ? ''
    : t('complaint.districts', { names: districtNames.join(t('common.listSeparator')) });
}

function renderPosition() {
  if (!elements.position) {
    return;
  }
  elements.position.textContent = state.point
    ? t('complaint.position', { lon: state.point.lon, lat: state.point.lat })
    : t('complaint.position.none');
}

function locate() {
  if (!navigator.geolocation) {
    say('complaint.locate.unavailable', {}, 'warning');
    return;
  }
  elements.locate.disabled = true;
  say('complaint.locate.busy');
  navigator.geolocation.getCurrentPosition((position) => {
    elements.locate.disabled = false;
    place(position.coords.longitude, position.coords.latitude);
    map?.setView([state.point.lat, state.point.lon], Math.max(map.getZoom(), 15));
    say('complaint.locate.done');
  }, () => {
    elements.locate.disabled = false;
    say('complaint.locate.failed', {}, 'warning');
  }, { enableHighAccuracy: true, timeout: 15000, maximumAge: 60000 });
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
  const complaint = {
    submission_key: state.key,
    category: elements.category.value,
    description: elements.description.value.trim(),
    lon: state.point.lon,
    lat: state.point.lat,
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
  say('complaint.status.sending');
  try {
    const files = [...elements.photos.files];
    if (files.length > 0) {
      say('complaint.status.photos', { count: files.length });
      complaint.photos = await Promise.all(files.map(async (file) => {
        const sha256 = await sha256Hex(await file.arrayBuffer());
        await uploadPhoto(sha256, file, file.type, { publicly: true });
        return sha256;
      }));
    }
    state.receipt = await submitComplaint(complaint);
    state.key = newUuid();
    elements.form.hidden = true;
    renderReceipt();
    say('complaint.status.filed', { id: state.receipt.id }, 'success');
    elements.receipt.scrollIntoView({ block: 'start' });
  } catch (error) {
    markFieldErrors(error);
    showFormError(elements.error, describeProblem(error));
    say('complaint.status.failed', {}, 'error');
  } finally {
    state.sending = false;
    elements.submit.disabled = false;
  }
}

/** What the form lacks before it is worth sending; the server checks everything again. */
function check() {
  const problems = [];
  if (!elements.category.value) {
    elements.category.setAttribute('aria-invalid', 'true');
    problems.push(t('complaint.error.category'));
  }
  if (!elements.description.value.trim()) {
    elements.description.setAttribute('aria-invalid', 'true');
    problems.push(t('complaint.error.description'));
  }
  if (!state.point) {
    elements.map.setAttribute('aria-invalid', 'true');
    problems.push(t('complaint.error.location'));
  }
  const files = [...elements.photos.files];
  if (files.length > MAX_PHOTOS || files.some((file) => file.size > MAX_PHOTO_BYTES)) {
    elements.photos.setAttribute('aria-invalid', 'true');
    problems.push(t('complaint.error.photos', { count: MAX_PHOTOS, mb: MAX_PHOTO_BYTES / 1024 / 1024 }));
  }
  return problems;
}

function markFieldErrors(error) {
  for (const { pointer } of error?.fieldErrors ?? []) {
    if (pointer?.startsWith('/photos')) {
      elements.photos.setAttribute('aria-invalid', 'true');
    } else if (pointer === '/lon' || pointer === '/lat') {
      elements.map.setAttribute('aria-invalid', 'true');
    } else if (FIELD_INPUTS[pointer]) {
      document.getElementById(FIELD_INPUTS[pointer])?.setAttribute('aria-invalid', 'true');
    }
  }
}

function renderReceipt() {
  const receipt = state.receipt;
  if (!receipt) {
    return;
  }
  elements.receipt.hidden = false;
  elements.receipt.dataset.complaintId = String(receipt.id);
  elements.receiptBody.replaceChildren(receiptFields('details-fields receipt-fields', receipt,
    [t('complaint.field.statusLink'), link(receipt.status_url, 'complaint-status-link'), 'status_url'],
    [t('complaint.field.ratingLink'), link(receipt.rating_url, 'complaint-rating-link'), 'rating_url']));
}

/** A link to one of the receipt's pages; the server gives them from the root, the UI may sit under a path. */
function link(url, id) {
  if (!url) {
    return null;
  }
  const target = new URL(String(url).replace(/^\//, ''), document.baseURI);
  const anchor = element('a', { className: 'receipt-link', text: target.href });
  anchor.href = target.href;
  anchor.id = id;
  return anchor;
}

// Status (?id=N)

async function loadComplaint(id) {
  say('complaint.status.loading');
  try {
    state.complaint = await fetchPublicComplaint(id);
    say('complaint.status.loaded', { id: state.complaint.id });
  } catch (error) {
    state.complaint = null;
    fail('complaint.status.notFound', error);
  }
  renderComplaint();
}

function renderComplaint() {
  const complaint = state.complaint;
  if (!complaint) {
    return;
  }
  elements.statusPanel.hidden = false;
  elements.statusPanel.dataset.state = complaint.state ?? '';
  elements.stateBadge.textContent = stateName(complaint);
  elements.stateBadge.dataset.state = complaint.state ?? '';
  elements.statusBody.replaceChildren(fieldList('details-fields complaint-fields', [
    [t('complaint.field.number'), `#${complaint.id}`, 'id'],
    [t('complaint.field.category'), categoryName(complaint), 'category'],
    [t('complaint.field.district'), complaint.district_name ?? null, 'district'],
    [t('complaint.field.grid'), complaint.grid_name ?? complaint.grid_code ?? '—', 'grid'],
    [t('complaint.field.state'), stateName(complaint), 'state'],
    [t('complaint.field.receivedAt'), formatInstant(complaint.received_at), 'received_at'],
    [t('complaint.field.acceptBy'), formatDeadline(complaint.accept_by), 'accept_by'],
    [t('complaint.field.closeBy'), formatDeadline(complaint.close_by), 'close_by'],
    [t('complaint.field.closedAt'), complaint.closed_at ? formatInstant(complaint.closed_at) : null, 'closed_at'],
    [t('desk.field.declineReason'), complaint.decline_reason || null, 'decline_reason'],
    [t('desk.field.duplicateOf'), complaint.duplicate_of ? `#${complaint.duplicate_of}` : null, 'duplicate_of'],
  ]), ...outcome(complaint));
}

/** The reply staff published, and the steps the complaint went through with their dates. */
function outcome(complaint) {
  const parts = [];
  if (complaint.reply) {
    const reply = element('section', { className: 'public-reply' },
      element('h3', { text: t('complaint.outcome.reply') }),
      element('p', { className: 'public-reply-text', text: complaint.reply }));
    reply.id = 'complaint-reply';
    if (complaint.replied_at) {
      reply.append(element('p', { className: 'muted', text: t('complaint.outcome.repliedAt', { at: formatInstant(complaint.replied_at) }) }));
    }
    parts.push(reply);
  }
  const steps = Array.isArray(complaint.steps) ? complaint.steps : [];
  if (steps.length > 0) {
    const list = element('ol', { className: 'complaint-steps' }, ...steps.map((step) => {
      const item = element('li', {},
        element('span', { className: 'complaint-step-name', text: stepName(step.step) }),
        element('time', { className: 'complaint-step-at muted', text: formatInstant(step.at) }));
      item.dataset.step = step.step;
      item.querySelector('time').dateTime = step.at;
      return item;
    }));
    list.id = 'complaint-steps';
    parts.push(element('h3', { text: t('complaint.outcome.steps') }), list);
  }
  return parts;
}

/** Our name for a step in the chosen language; the server's key for a step we do not know yet. */
function stepName(step) {
  const key = `complaint.step.${step}`;
  return t(key) === key ? step : t(key);
}

/** Our own name for a known value in the chosen language; the server's Chinese name otherwise. */
function categoryName(complaint) {
  const key = `complaintCategory.${complaint.category}`;
  return t(key) === key ? complaint.category_name ?? complaint.category ?? '—' : t(key);
}

function stateName(complaint) {
  const key = `complaintState.${complaint.state}`;
  return t(key) === key ? complaint.state_name ?? complaint.state ?? '—' : t(key);
}

// Rating (?rate=<token>)

async function rate() {
  const chosen = elements.ratingForm.querySelector('input[name="satisfaction"]:checked');
  if (!chosen) {
    showRatingError(t('complaint.rating.choose'));
    return;
  }
  elements.ratingSubmit.disabled = true;
  showRatingError(null);
  try {
    state.complaint = await rateComplaint(state.rate, chosen.value);
    elements.ratingForm.querySelectorAll('input').forEach((input) => { input.disabled = true; });
    elements.ratingSubmit.hidden = true;
    elements.ratingDone.textContent = t('complaint.rating.thanks');
    elements.ratingDone.hidden = false;
    say('complaint.rating.thanks', {}, 'success');
    renderComplaint();
  } catch (error) {
    elements.ratingSubmit.disabled = false;
    showRatingError(error?.status === 409 && !error.message ? t('complaint.rating.already') : describeProblem(error));
  }
}

function showRatingError(text) {
  elements.ratingError.textContent = text ?? '';
  elements.ratingError.hidden = !text;
}
