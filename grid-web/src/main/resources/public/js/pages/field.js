// The supervisor's field page, phone first: this period's duties, nearest first when the browser
// gives a position; tapping one opens the record form — where it was made (the browser's
// geolocation with its accuracy, or coordinates typed in), the checklist suited to the target,
// findings, notes and photos. A submitted record is first kept in the outbox (IndexedDB) with the
// UUID made for it and its photos' bytes, and only then sent; see outbox.js for why a record is
// never lost and never stored twice. The server's answer — where the fix lies against the grid and
// the target, the cases the findings opened — is shown when it comes, now or later.
// Everything that comes from the server or from the person goes into the page with textContent.

import { fetchChecklist, fetchDuties, fetchSource, fetchSources } from '../components/api.js';
import { newUuid, sha256Hex } from '../components/digest.js';
import { districtNow, districtTimestamp, districtToday } from '../components/district-time.js';
import { confirmingButton, element } from '../components/dom.js';
import { findingSelects, labelledField } from '../components/findings.js';
import { describeError, describeProblem, formatInstant, vocabularyName } from '../components/format.js';
import { startPage } from '../components/page.js';
import { periodName, thisMonth } from '../components/period.js';
import { redirectToSignIn } from '../components/session.js';
import { currentLanguage, locale, onLanguageChange, t } from '../i18n/index.js';
import {
  deliver,
  discard,
  entries,
  keep,
  keepSending,
  onOutboxChange,
  outboxAvailable,
  requeue,
  sendWaiting,
} from './field/outbox.js';

/** The server's limits: per photo and per record. */
const MAX_PHOTO_BYTES = 10 * 1024 * 1024;
const MAX_RECORD_PHOTO_BYTES = 30 * 1024 * 1024;
/** Cards shown before "show more": a district administrator's list can be long. */
const SHOWN_DUTIES = 50;
/** A position for sorting the list may be this old. */
const LIST_POSITION_MAX_AGE_MS = 2 * 60 * 1000;
const EARTH_RADIUS_M = 6_371_008.8;

const state = {
  me: null,
  period: thisMonth(),
  duties: null, // as sent by GET /api/duties, null until loaded
  position: null, // { lon, lat, accuracy } for sorting the list
  positionState: 'pending', // pending | ok | denied | unavailable | unsupported
  sources: new Map(), // code → { kind, name, grid, lon, lat }
  sourcesLoading: null,
  checklists: new Map(), // `${kind}|${sourceKind}` → Promise of [{ key, zh, en }]
  showAll: false,
  form: null, // the record being made, see openForm
  outbox: [], // the signed-in person's entries
  others: 0, // entries of other people on this device
  outboxReady: true,
  sending: false,
  result: null, // the last outcome shown in the result panel
};

const $ = (id) => document.getElementById(id);
const elements = {
  status: $('field-status'),
  outbox: $('outbox'),
  outboxCount: $('outbox-count'),
  outboxState: $('outbox-state'),
  outboxSend: $('outbox-send'),
  outboxList: $('outbox-list'),
  outboxOthers: $('outbox-others'),
  result: $('record-result'),
  resultTitle: $('result-title'),
  resultBody: $('result-body'),
  resultClose: $('result-close'),
  dutyPanel: $('duty-panel'),
  dutyCount: $('field-duty-count'),
  positionNote: $('position-note'),
  positionRefresh: $('position-refresh'),
  list: $('duty-list'),
  more: $('duty-more'),
  upcoming: $('upcoming-duties'),
  upcomingSummary: $('upcoming-summary'),
  upcomingList: $('upcoming-list'),
  done: $('done-duties'),
  doneSummary: $('done-summary'),
  doneList: $('done-list'),
  adhocForm: $('adhoc-form'),
  adhocCode: $('adhoc-code'),
  recordPanel: $('record-panel'),
  recordClose: $('record-close'),
  target: $('record-target'),
  editing: $('record-editing'),
  form: $('record-form'),
  locate: $('fix-locate'),
  fixSummary: $('fix-summary'),
  lon: $('fix-lon'),
  lat: $('fix-lat'),
  accuracy: $('fix-accuracy'),
  crs: $('fix-crs'),
  fixError: $('fix-error'),
  checklist: $('checklist'),
  checklistNote: $('checklist-note'),
  allYes: $('checklist-all-yes'),
  findings: $('findings'),
  findingsNone: $('findings-none'),
  addFinding: $('finding-add'),
  notes: $('record-notes'),
  photos: $('record-photos'),
  photoError: $('photo-error'),
  photoList: $('photo-list'),
  formError: $('record-error'),
  submit: $('record-submit'),
};

const page = startPage({
  status: elements.status,
  localise: (params) => (params.period ? { ...params, period: periodName(params.period) } : params),
});
const { status, say, fail } = page;

if (page.signedIn) {
  elements.outboxSend.addEventListener('click', () => sendNow());
  elements.resultClose.addEventListener('click', () => {
    state.result = null;
    renderResult();
  });
  elements.positionRefresh.addEventListener('click', () => locateForList(true));
  elements.more.addEventListener('click', () => {
    state.showAll = true;
    renderDuties();
  });
  elements.adhocForm.addEventListener('submit', (event) => {
    event.preventDefault();
    startAdhoc(elements.adhocCode.value);
  });
  elements.recordClose.addEventListener('click', () => closeForm());
  elements.locate.addEventListener('click', () => locateForRecord(true));
  for (const input of [elements.lon, elements.lat, elements.accuracy, elements.crs]) {
    input.addEventListener('input', () => typedFix());
  }
  elements.allYes.addEventListener('click', () => answerAll(true));
  elements.addFinding.addEventListener('click', () => addFinding().querySelector('select')?.focus());
  elements.photos.addEventListener('change', () => addPhotos([...elements.photos.files]));
  elements.form.addEventListener('submit', (event) => {
    event.preventDefault();
    submitRecord();
  });
  window.addEventListener('online', () => renderOutbox());
  window.addEventListener('offline', () => {
    renderOutbox();
    say('field.status.offline', {}, 'warning');
  });
  onOutboxChange(() => refreshOutbox());
  onLanguageChange(() => {
    renderPosition();
    renderDuties();
    renderOutbox();
    renderResult();
    renderTarget();
    renderChecklistLabels();
    renderFixSummary();
    renderPhotos();
  });
  start();
}

async function start() {
  say('field.status.loading');
  state.me = await page.me;
  if (!state.me) {
    fail('field.status.error', null);
    return;
  }
  state.outboxReady = await outboxAvailable();
  if (state.outboxReady) {
    // ask the browser not to clear this site's storage under pressure: the outbox lives there
    navigator.storage?.persist?.().catch(() => undefined);
  }
  await refreshOutbox();
  locateForList(false);
  state.sourcesLoading = loadSources();
  await loadDuties();
  // now, on every `online` event and every 30 s: whatever waits goes out
  keepSending(state.me.id, (outcomes) => handleOutcomes(outcomes, null));
}

// Duties

/** A supervisor's own duties; chiefs and administrators record against any duty of their grids. */
function mine() {
  return state.me?.role === 'supervisor';
}

async function loadDuties() {
  elements.list.setAttribute('aria-busy', 'true');
  try {
    const duties = await fetchDuties({ period: state.period, mine: mine() });
    state.duties = Array.isArray(duties) ? duties : [];
    const shown = status.current();
    if (!shown || shown.key === 'field.status.loading') {
      say('field.status.loaded', { count: state.duties.filter((duty) => duty.status !== 'done').length, period: state.period });
    }
    // once the sources' kinds are known too, every checklist the list may need is here, for offline use
    Promise.resolve(state.sourcesLoading)
      .then(() => prefetchChecklists())
      .then(() => {
        elements.list.dataset.checklists = 'ready';
      });
  } catch (error) {
    if (state.duties === null) {
      state.duties = [];
    }
    fail('field.status.error', error);
  } finally {
    elements.list.removeAttribute('aria-busy');
  }
  renderDuties();
}

/** The directory's sources the caller may read: their kind picks the checklist, even offline later. */
async function loadSources() {
  try {
    const collection = await fetchSources();
    for (const feature of collection?.features ?? []) {
      const source = sourceFrom(feature);
      if (source) {
        state.sources.set(source.code, source);
      }
    }
    prefetchChecklists();
  } catch (error) {
    console.warn('Sources not available', error);
  }
}

function sourceFrom(feature) {
  const properties = feature?.properties ?? {};
  const code = properties.code ?? feature?.id;
  if (!code) {
    return null;
  }
  const [lon, lat] = feature?.geometry?.type === 'Point' ? feature.geometry.coordinates : [null, null];
  return {
    code: String(code),
    kind: properties.kind ?? null,
    name: properties.name ?? String(code),
    grid: properties.grid ?? null,
    lon: typeof lon === 'number' ? lon : null,
    lat: typeof lat === 'number' ? lat : null,
  };
}

/** Fetches, once, the checklists this list may need, so that a form opened offline still has one. */
function prefetchChecklists() {
  const requests = [];
  for (const duty of state.duties ?? []) {
    if (duty.status === 'done') {
      continue;
    }
    const sourceKind = duty.target_kind === 'source' ? state.sources.get(duty.target_code)?.kind : null;
    if (duty.target_kind !== 'source' || sourceKind) {
      requests.push(checklistFor(duty.target_kind, sourceKind));
    }
  }
  return Promise.allSettled(requests);
}

function checklistFor(kind, sourceKind) {
  const key = `${kind}|${sourceKind ?? ''}`;
  if (!state.checklists.has(key)) {
    const request = fetchChecklist({ kind, sourceKind: kind === 'source' ? sourceKind ?? undefined : undefined });
    // a failure is not remembered: the next form asks again
    request.catch(() => state.checklists.delete(key));
    state.checklists.set(key, request);
  }
  return state.checklists.get(key);
}

function locateForList(asked) {
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
    renderDuties();
  }, (error) => {
    state.positionState = error.code === 1 ? 'denied' : 'unavailable';
    renderPosition();
    renderDuties();
  }, { enableHighAccuracy: false, maximumAge: asked ? 0 : LIST_POSITION_MAX_AGE_MS, timeout: 15_000 });
}

function renderPosition() {
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

function renderDuties() {
  if (state.duties === null) {
    return;
  }
  const queued = new Set(state.outbox.map((item) => item.record?.duty_id).filter((id) => id != null));
  // a duty whose window has not opened yet waits in its own group, below the ones to do now
  const today = districtToday();
  const open = sortedDuties(state.duties.filter((duty) => duty.status !== 'done' && !(duty.due_from > today)));
  const upcoming = sortedDuties(state.duties.filter((duty) => duty.status !== 'done' && duty.due_from > today));
  const done = sortedDuties(state.duties.filter((duty) => duty.status === 'done'));
  const shown = state.showAll ? open : open.slice(0, SHOWN_DUTIES);
  const cards = shown.map((duty) => dutyCard(duty, queued));
  if (cards.length === 0) {
    cards.push(element('li', {
      className: 'duty-empty muted',
      text: t(upcoming.length > 0 ? 'field.duties.noneNow'
        : state.duties.length > 0 ? 'field.duties.allDone' : 'field.duties.none', { period: periodName(state.period) }),
    }));
  }
  elements.list.replaceChildren(...cards);
  elements.more.hidden = shown.length >= open.length;
  elements.more.textContent = t('field.duties.more', { count: open.length - shown.length });
  elements.upcoming.hidden = upcoming.length === 0;
  elements.upcomingSummary.textContent = t('field.duties.upcoming', { count: upcoming.length });
  elements.upcomingList.replaceChildren(...upcoming.map((duty) => dutyCard(duty, queued)));
  elements.done.hidden = done.length === 0;
  elements.doneSummary.textContent = t('field.duties.done', { count: done.length });
  elements.doneList.replaceChildren(...done.map((duty) => dutyCard(duty, queued)));
  elements.dutyCount.textContent = t('field.duties.count', { open: open.length + upcoming.length, done: done.length });
  elements.list.dataset.sort = state.position ? 'distance' : 'due';
  elements.list.dataset.loaded = String(open.length);
}

/** Nearest first when the position is known, else by the day they are due by. */
function sortedDuties(duties) {
  const byDue = (a, b) => String(a.due_by).localeCompare(String(b.due_by))
    || String(a.due_from).localeCompare(String(b.due_from))
    || String(a.target_name ?? '').localeCompare(String(b.target_name ?? ''), 'zh-CN')
    || Number(a.id) - Number(b.id);
  if (!state.position) {
    return [...duties].sort(byDue);
  }
  const distance = new Map(duties.map((duty) => [duty, distanceTo(duty.lon, duty.lat) ?? Infinity]));
  return [...duties].sort((a, b) => distance.get(a) - distance.get(b) || byDue(a, b));
}

function distanceTo(lon, lat, from = state.position) {
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

function dutyCard(duty, queued) {
  const card = element('li', { className: 'duty-card' });
  card.dataset.dutyId = String(duty.id);
  card.dataset.status = duty.status ?? '';
  card.dataset.targetKind = duty.target_kind ?? '';
  card.dataset.targetCode = duty.target_code ?? '';

  const badge = element('span', { className: 'status-badge', text: vocabularyName('dutyStatus', duty.status) });
  badge.dataset.status = duty.status ?? '';
  const head = element('span', { className: 'duty-card-head' },
    element('span', { className: 'duty-target-name', text: duty.target_name || duty.target_code || '—' }), badge);

  const meta = element('span', { className: 'duty-card-meta' },
    element('span', { className: 'kind-tag', text: vocabularyName('targetKind', duty.target_kind) }));
  if (duty.purpose === 'reinspection') {
    meta.append(element('span', { className: 'kind-tag purpose-tag', text: vocabularyName('purpose', duty.purpose) }));
  }
  const grid = duty.grid_name || duty.grid_code || '';
  if (grid && grid !== (duty.target_name || duty.target_code)) {
    // a grid patrol's target is its grid: named once
    meta.append(element('span', { className: 'duty-card-grid', text: grid }));
  }

  const foot = element('span', { className: 'duty-card-foot' },
    element('span', { className: 'due-by', text: t('field.duties.dueBy', { date: duty.due_by ?? '—' }) }));
  if (duty.due_from && duty.due_from > districtToday()) {
    foot.append(element('span', { className: 'due-from', text: t('duties.from', { date: duty.due_from }) }));
  }
  const metres = distanceTo(duty.lon, duty.lat);
  if (metres !== null) {
    card.dataset.distanceM = String(Math.round(metres));
    foot.append(element('span', { className: 'duty-distance', text: t('field.distance', { distance: formatDistance(metres) }) }));
  }
  if (queued.has(duty.id)) {
    card.dataset.queued = 'true';
    foot.append(element('span', { className: 'queued-badge', text: t('field.duties.queued') }));
  }

  const open = element('button', { className: 'duty-open' }, head, meta, foot);
  open.type = 'button';
  open.addEventListener('click', () => openForm(targetOfDuty(duty)));
  card.append(open);
  return card;
}

function targetOfDuty(duty) {
  return {
    dutyId: duty.id,
    kind: duty.target_kind,
    code: duty.target_code,
    name: duty.target_name || duty.target_code,
    gridCode: duty.grid_code,
    gridName: duty.grid_name,
    lon: duty.lon,
    lat: duty.lat,
    dueBy: duty.due_by,
    status: duty.status,
    purpose: duty.purpose,
  };
}

/** An inspection without a duty: of a source found by its code. */
async function startAdhoc(text) {
  const code = String(text ?? '').trim();
  if (!code) {
    say('field.adhoc.missing', {}, 'error');
    elements.adhocCode.focus();
    return;
  }
  let source = state.sources.get(code);
  if (!source) {
    try {
      source = sourceFrom((await fetchSource(code))?.features?.[0]);
    } catch (error) {
      fail('field.adhoc.notFound', error, { code });
      return;
    }
    if (!source) {
      say('field.adhoc.notFound', { code, detail: '' }, 'error');
      return;
    }
    state.sources.set(source.code, source);
  }
  elements.adhocCode.value = '';
  openForm({
    dutyId: null,
    kind: 'source',
    code: source.code,
    name: source.name,
    gridCode: source.grid,
    gridName: null,
    lon: source.lon,
    lat: source.lat,
    purpose: 'adhoc',
  });
}

// The record form

/**
 * Opens the form for a target; from: a refused outbox entry to change (it is sent again as a new
 * record with a new UUID, and the old entry goes once the new one is kept).
 */
function openForm(target, from = null) {
  resetForm();
  const form = {
    target,
    checklist: null,
    checklistError: null,
    photos: [],
    fixSource: null, // gps | manual
    fixAccuracy: null,
    locating: false,
    locateError: null,
    findingSeq: 0,
    hashing: 0,
    replaces: from?.id ?? null,
  };
  state.form = form;
  elements.recordPanel.dataset.dutyId = target.dutyId == null ? '' : String(target.dutyId);
  elements.recordPanel.dataset.targetKind = target.kind ?? '';
  elements.recordPanel.dataset.targetCode = target.code ?? '';
  renderTarget();
  elements.editing.hidden = !from;
  if (from) {
    elements.editing.textContent = t('record.editing', { detail: entryProblem(from) });
    restore(from);
  }
  elements.dutyPanel.hidden = true;
  elements.recordPanel.hidden = false;
  renderFindingsNone();
  loadChecklist(form, from?.record?.checklist ?? null);
  renderFixSummary();
  elements.recordPanel.scrollIntoView({ block: 'start' });
  if (!from) {
    // on a phone at the site the position is what it is now; typing replaces it
    locateForRecord(false);
  }
}

function closeForm() {
  resetForm();
  state.form = null;
  elements.recordPanel.hidden = true;
  elements.dutyPanel.hidden = false;
}

function resetForm() {
  state.form?.photos.forEach((photo) => URL.revokeObjectURL(photo.url));
  elements.form.reset();
  elements.checklist.replaceChildren();
  elements.findings.replaceChildren();
  elements.photoList.replaceChildren();
  elements.checklistNote.hidden = true;
  elements.fixError.hidden = true;
  elements.photoError.hidden = true;
  elements.formError.hidden = true;
  elements.submit.disabled = false;
  for (const input of [elements.lon, elements.lat, elements.accuracy]) {
    input.removeAttribute('aria-invalid');
  }
  delete elements.recordPanel.dataset.checklistLoaded;
}

function renderTarget() {
  const target = state.form?.target;
  if (!target) {
    return;
  }
  const title = element('div', { className: 'record-target-head' },
    element('strong', { className: 'record-target-name', text: target.name || target.code || '—' }),
    element('span', { className: 'kind-tag', text: vocabularyName('targetKind', target.kind) }));
  if (target.purpose === 'reinspection' || target.purpose === 'adhoc') {
    title.append(element('span', { className: 'kind-tag purpose-tag', text: vocabularyName('purpose', target.purpose) }));
  }
  const rows = [];
  if (target.kind === 'source' && target.code) {
    rows.push([t('record.target.code'), target.code, 'code']);
  }
  rows.push([t('record.target.grid'), target.gridName || target.gridCode || '—', 'grid']);
  if (target.dueBy) {
    rows.push([t('record.target.due'), t('field.duties.dueBy', { date: target.dueBy }), 'due']);
  }
  if (typeof target.lon === 'number' && typeof target.lat === 'number') {
    rows.push([t('record.target.where'), `${target.lon.toFixed(6)}, ${target.lat.toFixed(6)}`, 'where']);
  }
  const list = element('dl', { className: 'details-fields record-target-fields' });
  for (const [label, value, field] of rows) {
    const dd = element('dd', { text: value });
    dd.dataset.field = field;
    list.append(element('dt', { text: label }), dd);
  }
  elements.target.replaceChildren(title, list);
}

async function loadChecklist(form, answers) {
  const target = form.target;
  elements.checklistNote.hidden = false;
  elements.checklistNote.textContent = t('record.checklist.loading');
  let sourceKind = null;
  try {
    if (target.kind === 'source') {
      sourceKind = state.sources.get(target.code)?.kind ?? null;
      if (!sourceKind) {
        const source = sourceFrom((await fetchSource(target.code))?.features?.[0]);
        if (source) {
          state.sources.set(source.code, source);
          sourceKind = source.kind;
        }
      }
    }
    const items = await checklistFor(target.kind, sourceKind);
    if (state.form !== form) {
      return;
    }
    form.checklist = Array.isArray(items) ? items : [];
    renderChecklist(answers);
  } catch (error) {
    if (state.form !== form) {
      return;
    }
    form.checklistError = error;
    elements.checklistNote.hidden = false;
    elements.checklistNote.textContent = t('record.checklist.unavailable', { detail: describeError(error) });
    elements.recordPanel.dataset.checklistLoaded = 'error';
  }
}

function renderChecklist(answers) {
  const form = state.form;
  const items = form.checklist.map((item) => {
    const row = element('li', { className: 'check-item' });
    row.dataset.key = item.key;
    const label = element('span', { className: 'check-label', text: checklistText(item) });
    label.id = `check-${item.key}-label`;
    const choices = element('span', { className: 'check-choice' });
    choices.setAttribute('role', 'radiogroup');
    choices.setAttribute('aria-labelledby', label.id);
    for (const [value, key] of [['yes', 'record.checklist.yes'], ['no', 'record.checklist.no']]) {
      const input = element('input');
      input.type = 'radio';
      input.name = `check-${item.key}`;
      input.value = value;
      input.id = `check-${item.key}-${value}`;
      if (answers && Object.prototype.hasOwnProperty.call(answers, item.key)) {
        input.checked = (answers[item.key] === true) === (value === 'yes');
      }
      const text = element('span', { text: t(key) });
      text.dataset.i18n = key;
      const choice = element('label', { className: `check-option check-${value}` }, input, text);
      choice.htmlFor = input.id;
      choices.append(choice);
    }
    row.append(label, choices);
    return row;
  });
  elements.checklist.replaceChildren(...items);
  elements.checklistNote.hidden = items.length > 0;
  elements.checklistNote.textContent = items.length > 0 ? '' : t('record.checklist.empty');
  elements.allYes.hidden = items.length === 0;
  elements.recordPanel.dataset.checklistLoaded = String(items.length);
}

function checklistText(item) {
  return (currentLanguage() === 'en' ? item.en : item.zh) || item.zh || item.en || item.key;
}

function renderChecklistLabels() {
  for (const item of state.form?.checklist ?? []) {
    const label = document.getElementById(`check-${item.key}-label`);
    if (label) {
      label.textContent = checklistText(item);
    }
  }
}

function answerAll(value) {
  elements.checklist.querySelectorAll(`input[type="radio"][value="${value ? 'yes' : 'no'}"]`)
    .forEach((input) => {
      input.checked = true;
    });
}

/** A finding row: category, severity, description, and a way to remove it. */
function addFinding(values = {}) {
  const form = state.form;
  form.findingSeq += 1;
  const n = form.findingSeq;
  const row = element('li', { className: 'finding-row' });
  row.dataset.index = String(n);

  const { category, severity } = findingSelects(`finding-${n}`, values);

  const description = element('textarea', { className: 'finding-description' });
  description.id = `finding-${n}-description`;
  description.name = 'description';
  description.rows = 2;
  description.maxLength = 2000;
  description.value = values.description ?? '';
  description.dataset.i18nPlaceholder = 'record.findings.describe';
  description.placeholder = t('record.findings.describe');

  const remove = element('button', { className: 'button button-small button-danger finding-remove', text: t('record.findings.remove') });
  remove.type = 'button';
  remove.dataset.i18n = 'record.findings.remove';
  remove.addEventListener('click', () => {
    row.remove();
    renderFindingsNone();
  });
  const head = element('div', { className: 'finding-head' },
    labelledField(category, 'record.findings.category'), labelledField(severity, 'record.findings.severity'));
  row.append(head, labelledField(description, 'record.findings.description'), remove);
  elements.findings.append(row);
  renderFindingsNone();
  return row;
}

function renderFindingsNone() {
  elements.findingsNone.hidden = elements.findings.children.length > 0;
}

// Where the record was made

/** explicit: the person pressed the button, so the position replaces whatever was typed. */
function locateForRecord(explicit) {
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

function typedFix() {
  if (!state.form) {
    return;
  }
  state.form.fixSource = 'manual';
  elements.fixError.hidden = true;
  [elements.lon, elements.lat, elements.accuracy].forEach((input) => input.removeAttribute('aria-invalid'));
  renderFixSummary();
}

function renderFixSummary() {
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
function readFix() {
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

// Photos

async function addPhotos(files) {
  const form = state.form;
  if (!form || files.length === 0) {
    return;
  }
  const problems = [];
  form.hashing += 1;
  elements.submit.disabled = true;
  try {
    for (const file of files) {
      if (file.size > MAX_PHOTO_BYTES) {
        problems.push(t('record.photos.tooLarge', { name: file.name, size: formatBytes(file.size), max: formatBytes(MAX_PHOTO_BYTES) }));
        continue;
      }
      const buffer = await file.arrayBuffer();
      const sha256 = await sha256Hex(buffer);
      if (state.form !== form) {
        return;
      }
      if (form.photos.some((photo) => photo.sha256 === sha256)) {
        continue; // the same photo picked twice
      }
      // the bytes themselves, not a reference to a file that may be gone when the record is sent
      const blob = new Blob([buffer], { type: file.type });
      form.photos.push({ sha256, name: file.name, type: file.type, size: file.size, blob, url: URL.createObjectURL(blob) });
    }
  } catch (error) {
    problems.push(t('record.photos.unreadable', { detail: String(error?.message ?? error) }));
  } finally {
    form.hashing -= 1;
    if (state.form === form) {
      elements.submit.disabled = form.hashing > 0;
    }
  }
  elements.photos.value = '';
  elements.photoError.hidden = problems.length === 0;
  elements.photoError.textContent = problems.join(t('common.sentenceSeparator'));
  renderPhotos();
}

function renderPhotos() {
  const form = state.form;
  if (!form) {
    return;
  }
  elements.photoList.replaceChildren(...form.photos.map((photo) => {
    const image = element('img', { className: 'photo-thumb' });
    image.src = photo.url;
    image.alt = photo.name;
    image.loading = 'lazy';
    const remove = element('button', { className: 'button button-small button-danger', text: t('record.photos.remove') });
    remove.type = 'button';
    remove.addEventListener('click', () => {
      URL.revokeObjectURL(photo.url);
      form.photos = form.photos.filter((other) => other !== photo);
      renderPhotos();
    });
    const item = element('li', { className: 'photo-item' }, image,
      element('span', { className: 'photo-name', text: photo.name }),
      element('span', { className: 'muted photo-size', text: formatBytes(photo.size) }), remove);
    item.dataset.sha256 = photo.sha256;
    return item;
  }));
}

// Submitting

/** The form as the API's record, or the problems that keep it from being one. */
function readRecord() {
  const form = state.form;
  const problems = [];
  const record = {};
  if (form.target.dutyId != null) {
    record.duty_id = form.target.dutyId;
  } else {
    record.target = { kind: form.target.kind, code: form.target.code };
    if (form.target.kind === 'river_patrol' && form.target.gridCode) {
      record.target.grid = form.target.gridCode;
    }
  }
  record.inspected_at = districtTimestamp(districtNow());
  const fix = readFix();
  if (fix.problem) {
    problems.push({ text: t(fix.problem), field: fix.field, fix: true });
  } else {
    record.fix = { lon: fix.lon, lat: fix.lat, accuracy_m: fix.accuracy, crs: fix.crs };
  }
  const checklist = {};
  for (const row of elements.checklist.querySelectorAll('.check-item')) {
    const chosen = row.querySelector('input[type="radio"]:checked');
    if (chosen) {
      checklist[row.dataset.key] = chosen.value === 'yes';
    }
  }
  record.checklist = checklist;
  record.findings = [];
  [...elements.findings.querySelectorAll('.finding-row')].forEach((row, index) => {
    const category = row.querySelector('.finding-category');
    const severity = row.querySelector('.finding-severity');
    const description = row.querySelector('.finding-description');
    if (!category.value) {
      category.setAttribute('aria-invalid', 'true');
      problems.push({ text: t('record.error.category', { n: index + 1 }), field: category });
    }
    record.findings.push({ category: category.value, severity: severity.value, description: description.value.trim() });
  });
  const notes = elements.notes.value.trim();
  if (notes) {
    record.notes = notes;
  }
  record.photos = form.photos.map((photo) => photo.sha256);
  const total = form.photos.reduce((sum, photo) => sum + photo.size, 0);
  if (total > MAX_RECORD_PHOTO_BYTES) {
    problems.push({ text: t('record.error.photosTotal', { size: formatBytes(total), max: formatBytes(MAX_RECORD_PHOTO_BYTES) }), field: elements.photos });
  }
  return { record, problems };
}

async function submitRecord() {
  const form = state.form;
  if (!form || form.hashing > 0 || elements.submit.disabled) {
    return;
  }
  const { record, problems } = readRecord();
  if (problems.length > 0) {
    showFormProblems(problems);
    return;
  }
  elements.formError.hidden = true;
  elements.submit.disabled = true;
  const item = {
    id: newUuid(), // made once: every send of this record goes to this address
    owner: state.me.id,
    created_at: new Date().toISOString(),
    label: { target: { ...form.target } },
    record,
    photos: form.photos.map(({ sha256, name, type, size, blob }) => ({ sha256, name, type, size, blob })),
  };

  let kept = false;
  if (state.outboxReady) {
    try {
      await keep(item);
      kept = true;
    } catch (error) {
      console.warn('The outbox could not keep the record', error);
    }
  }
  if (!kept) {
    // Nothing on this device holds it: send it now, and keep the form filled until the server has it.
    say('field.status.sendingUnkept', {}, 'warning');
    const outcome = await deliver({ ...item, photos: item.photos.map((photo) => ({ ...photo })) });
    if (state.form !== form) {
      return;
    }
    elements.submit.disabled = false;
    if (outcome.outcome === 'stored') {
      closeForm();
      showOutcome(outcome);
      loadDuties();
    } else {
      showFormProblems([{ text: t('record.error.notKept', { detail: outcomeDetail(outcome) }) }]);
    }
    return;
  }
  if (form.replaces) {
    await discard(form.replaces).catch((error) => console.warn('The changed record stays in the outbox', error));
  }
  // The record is safe on this device: the form is done with, whatever the network does now.
  closeForm();
  showOutcome({ id: item.id, entry: item, outcome: 'kept' });
  say('field.status.sending');
  const outcomes = await sendWaiting(state.me.id);
  handleOutcomes(outcomes, item.id);
}

function showFormProblems(problems) {
  elements.formError.hidden = false;
  elements.formError.textContent = problems.map((problem) => problem.text).join(t('common.sentenceSeparator'));
  const fix = problems.find((problem) => problem.fix);
  elements.fixError.hidden = !fix;
  elements.fixError.textContent = fix ? fix.text : '';
  problems.forEach((problem) => problem.field?.setAttribute('aria-invalid', 'true'));
  problems[0]?.field?.focus();
}

// Outcomes and the outbox

/**
 * Shows what a run of the outbox came to: the answer for the record just submitted (focusId),
 * else the last record the server stored; refusals and waiting ones on the status line.
 */
function handleOutcomes(outcomes, focusId) {
  if (!Array.isArray(outcomes) || outcomes.length === 0) {
    if (focusId) {
      // sent by another tab or a run already going: the outbox says where it stands
      refreshOutbox();
    }
    return;
  }
  const stored = outcomes.filter((outcome) => outcome.outcome === 'stored');
  const refused = outcomes.filter((outcome) => outcome.outcome === 'refused');
  const focus = outcomes.find((outcome) => outcome.id === focusId);
  const unauthorized = outcomes.find((outcome) => outcome.outcome === 'unauthorized');
  if (focus) {
    showOutcome(focus);
  } else if (stored.length > 0) {
    showOutcome(stored[stored.length - 1]);
  } else if (refused.length > 0) {
    showOutcome(refused[refused.length - 1]);
  } else if (unauthorized) {
    showOutcome(unauthorized);
  }
  if (unauthorized) {
    say('field.status.unauthorized', {}, 'warning');
  } else if (refused.length > 0) {
    say('field.status.refused', { count: refused.length }, 'error');
  } else if (stored.length > 0) {
    const waiting = outcomes.filter((outcome) => outcome.outcome === 'waiting').length;
    say(waiting > 0 ? 'field.status.sentSome' : 'field.status.sent', { count: stored.length, waiting },
      waiting > 0 ? 'warning' : 'success');
  } else {
    const last = outcomes[outcomes.length - 1];
    say('field.status.waiting', { detail: outcomeDetail(last) }, 'warning');
  }
  if (stored.length > 0) {
    loadDuties();
  }
  refreshOutbox();
}

function showOutcome(outcome) {
  state.result = outcome;
  renderResult();
  elements.result.scrollIntoView({ block: 'nearest' });
}

function renderResult() {
  const outcome = state.result;
  elements.result.hidden = !outcome;
  if (!outcome) {
    delete elements.result.dataset.state;
    return;
  }
  const entryTarget = outcome.entry?.label?.target;
  const name = entryTarget ? `${entryTarget.name ?? entryTarget.code} · ${vocabularyName('targetKind', entryTarget.kind)}` : '';
  const body = [];
  let state_;
  if (outcome.outcome === 'stored') {
    state_ = 'stored';
    const answer = outcome.answer ?? {};
    const location = answer.location ?? {};
    const flagged = location.plausible === false;
    elements.result.dataset.inspectionId = answer.id ?? outcome.id;
    elements.result.dataset.flagged = String(flagged);
    elements.result.dataset.cases = (answer.cases ?? []).join(',');
    elements.resultTitle.textContent = t('result.stored.title');
    if (name) {
      body.push(element('p', { className: 'result-target', text: name }));
    }
    const where = t('result.location', {
      reason: location.reason ?? '—',
      distance: formatMetres(location.distance_m),
    });
    if (flagged) {
      body.push(element('p', { className: 'result-flag', text: t('result.flagged', { detail: where }) }));
    } else {
      body.push(element('p', { className: 'result-ok', text: t('result.plausible', { detail: where }) }));
    }
    const cases = answer.cases ?? [];
    if (cases.length > 0) {
      const links = element('span', { className: 'result-cases' });
      cases.forEach((id, index) => {
        if (index > 0) {
          links.append(t('common.listSeparator'));
        }
        const link = element('a', { text: `#${id}` });
        link.href = `cases.html?case=${encodeURIComponent(id)}`;
        link.dataset.caseId = String(id);
        links.append(link);
      });
      body.push(element('p', { className: 'result-line' }, t('result.cases', { count: cases.length }), ' ', links));
    } else {
      body.push(element('p', { className: 'result-line muted', text: t('result.noCases') }));
    }
    const fields = element('dl', { className: 'details-fields result-fields' });
    const rows = [
      [t('result.id'), answer.id ?? outcome.id, 'id'],
      [t('result.inspectedAt'), formatInstant(answer.inspected_at), 'inspected-at'],
      [t('result.photos'), String((answer.photos ?? []).length), 'photos'],
    ];
    for (const [label, value, field] of rows) {
      const dd = element('dd', { text: value });
      dd.dataset.field = field;
      if (field === 'id') {
        dd.className = 'code-text';
      }
      fields.append(element('dt', { text: label }), dd);
    }
    body.push(fields);
    const doubts = (answer.photos ?? []).filter((photo) => photo.exif_check);
    doubts.forEach((photo) => body.push(element('p', { className: 'result-flag', text: t('result.exif', { detail: photo.exif_check }) })));
  } else if (outcome.outcome === 'refused') {
    state_ = 'refused';
    elements.resultTitle.textContent = t('result.refused.title');
    if (name) {
      body.push(element('p', { className: 'result-target', text: name }));
    }
    body.push(element('p', { className: 'result-flag', text: outcomeDetail(outcome) }));
    body.push(element('p', { className: 'muted', text: t('result.refused.hint') }));
  } else if (outcome.outcome === 'unauthorized') {
    state_ = 'unauthorized';
    elements.resultTitle.textContent = t('result.unauthorized.title');
    body.push(element('p', { text: t('result.unauthorized.hint') }));
    const signIn = element('button', { className: 'button button-primary', text: t('result.signIn') });
    signIn.type = 'button';
    signIn.addEventListener('click', () => redirectToSignIn());
    body.push(signIn);
  } else {
    // kept, or waiting: it is on this device and goes when the server can be reached
    state_ = 'queued';
    elements.resultTitle.textContent = t(outcome.outcome === 'kept' ? 'result.kept.title' : 'result.queued.title');
    if (name) {
      body.push(element('p', { className: 'result-target', text: name }));
    }
    if (outcome.outcome === 'waiting') {
      body.push(element('p', { className: 'result-line', text: outcomeDetail(outcome) }));
    }
    body.push(element('p', { className: 'muted', text: t('result.queued.hint') }));
    const id = element('p', { className: 'muted' }, t('result.id'), ' ', element('span', { className: 'code-text', text: outcome.id }));
    body.push(id);
  }
  if (outcome.outcome !== 'stored') {
    delete elements.result.dataset.inspectionId;
    delete elements.result.dataset.flagged;
    delete elements.result.dataset.cases;
  }
  elements.result.dataset.state = state_;
  elements.result.dataset.recordId = outcome.id ?? '';
  elements.resultBody.replaceChildren(...body);
}

/** Why a send did not store the record, for people: the server's problem, a status, or no connection. */
function outcomeDetail(outcome) {
  if (outcome.outcome === 'unauthorized') {
    return t('result.unauthorized.hint');
  }
  return entryProblem(outcome.entry, outcome.error);
}

function entryProblem(item, error = null) {
  const problem = item?.last_error;
  if (!problem && !error) {
    return '';
  }
  const status = problem?.status ?? error?.status ?? 0;
  if (status === 0) {
    return t('error.network');
  }
  const detail = error ? describeProblem(error) : [problem.message || t('error.http', { status }),
    ...(problem.errors ?? []).map((item_) => item_.message).filter((message) => message && !problem.message?.includes(message)),
  ].join(t('common.sentenceSeparator'));
  const photo = problem?.photo ? t('outbox.photo', { name: problem.photo }) : '';
  if (status >= 500) {
    return t('outbox.serverError', { status, detail });
  }
  return `${photo}${detail}`;
}

async function refreshOutbox() {
  if (!state.outboxReady || !state.me) {
    renderOutbox();
    return;
  }
  try {
    const all = await entries(null);
    state.outbox = all.filter((item) => item.owner === state.me.id);
    state.others = all.length - state.outbox.length;
  } catch (error) {
    console.warn('Outbox not readable', error);
  }
  renderOutbox();
  renderDuties();
}

function renderOutbox() {
  const count = state.outbox.length;
  const refused = state.outbox.filter((item) => item.state === 'refused').length;
  const queued = count - refused;
  elements.outboxCount.textContent = String(count);
  elements.outbox.dataset.count = String(count);
  elements.outbox.dataset.state = count === 0 ? 'empty' : refused > 0 ? 'refused' : 'waiting';
  const parts = [];
  if (!state.outboxReady) {
    parts.push(t('outbox.unavailable'));
  } else if (count === 0) {
    parts.push(t('outbox.empty'));
  } else {
    if (queued > 0) {
      parts.push(t('outbox.waiting', { count: queued }));
    }
    if (refused > 0) {
      parts.push(t('outbox.refused', { count: refused }));
    }
  }
  if (navigator.onLine === false) {
    parts.push(t('outbox.offline'));
  }
  elements.outboxState.textContent = parts.join(t('common.sentenceSeparator'));
  elements.outboxSend.disabled = state.sending || queued === 0;
  elements.outboxSend.textContent = t(state.sending ? 'outbox.sending' : 'outbox.send');
  elements.outboxList.replaceChildren(...state.outbox.map(outboxItem));
  elements.outboxOthers.hidden = state.others === 0;
  elements.outboxOthers.textContent = t('outbox.others', { count: state.others });
}

function outboxItem(item) {
  const target = item.label?.target ?? {};
  const row = element('li', { className: 'outbox-item' });
  row.dataset.id = item.id;
  row.dataset.state = item.state;
  row.dataset.attempts = String(item.attempts ?? 0);
  row.append(element('div', { className: 'outbox-item-head' },
    element('strong', { text: target.name || target.code || '—' }),
    element('span', { className: 'kind-tag', text: vocabularyName('targetKind', target.kind) }),
    element('span', { className: 'muted outbox-time', text: formatInstant(item.created_at) })));
  let line;
  if (item.state === 'refused') {
    line = t('outbox.item.refused', { detail: entryProblem(item) });
  } else if (item.attempts > 0) {
    line = t('outbox.item.retrying', { count: item.attempts, detail: entryProblem(item) });
  } else {
    line = t('outbox.item.waiting');
  }
  row.append(element('p', { className: item.state === 'refused' ? 'outbox-line field-error' : 'outbox-line muted', text: line }));
  if (item.state === 'refused') {
    const edit = element('button', { className: 'button button-small', text: t('outbox.edit') });
    edit.type = 'button';
    edit.dataset.action = 'edit';
    edit.addEventListener('click', () => openForm(item.label?.target ?? {}, item));
    const retry = element('button', { className: 'button button-small', text: t('outbox.retry') });
    retry.type = 'button';
    retry.dataset.action = 'retry';
    retry.addEventListener('click', async () => {
      await requeue(item.id);
      sendNow();
    });
    const drop = confirmingButton('outbox.discard', 'outbox.discard.confirm', () => discard(item.id));
    drop.classList.add('button-small', 'button-danger');
    drop.dataset.action = 'discard';
    row.append(element('div', { className: 'action-buttons' }, edit, retry, drop));
  }
  return row;
}

async function sendNow() {
  if (state.sending || !state.me) {
    return;
  }
  state.sending = true;
  renderOutbox();
  say('field.status.sending');
  try {
    const outcomes = await sendWaiting(state.me.id);
    if (outcomes.length === 0) {
      say(state.outbox.length > 0 ? 'field.status.nothingToSend' : 'outbox.empty', {}, 'info');
    }
    handleOutcomes(outcomes, null);
  } catch (error) {
    fail('field.status.error', error);
  } finally {
    state.sending = false;
    renderOutbox();
  }
}

/** Fills the form from a refused entry: the same answers, findings, notes, fix and photos. */
function restore(item) {
  const record = item.record ?? {};
  const form = state.form;
  if (record.fix) {
    elements.lon.value = String(record.fix.lon ?? '');
    elements.lat.value = String(record.fix.lat ?? '');
    elements.accuracy.value = String(record.fix.accuracy_m ?? '');
    elements.crs.value = record.fix.crs ?? 'wgs84';
    form.fixSource = 'manual';
  }
  (record.findings ?? []).forEach((finding) => addFinding(finding));
  elements.notes.value = record.notes ?? '';
  form.photos = (item.photos ?? []).map((photo) => ({ ...photo, url: URL.createObjectURL(photo.blob) }));
  renderPhotos();
}

// Small things

function formatMetres(metres) {
  if (typeof metres !== 'number' || !Number.isFinite(metres)) {
    return '—';
  }
  return t('unit.metres', { value: new Intl.NumberFormat(locale(), { maximumFractionDigits: metres < 10 ? 1 : 0 }).format(metres) });
}

function formatDistance(metres) {
  if (metres >= 1000) {
    return t('unit.kilometres', { value: new Intl.NumberFormat(locale(), { maximumFractionDigits: 1 }).format(metres / 1000) });
  }
  return formatMetres(metres);
}

function formatBytes(bytes) {
  const mb = bytes / (1024 * 1024);
  if (mb >= 1) {
    return `${new Intl.NumberFormat(locale(), { maximumFractionDigits: 1 }).format(mb)} MB`;
  }
  return `${new Intl.NumberFormat(locale(), { maximumFractionDigits: 0 }).format(Math.max(1, bytes / 1024))} KB`;
}
