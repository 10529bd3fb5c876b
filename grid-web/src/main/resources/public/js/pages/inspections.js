// The review of flagged inspections (位置核查): the records whose fix did not fit their grid or target, in the grids
// the signed-in chief or administrator reviews, each with its fix, target, grid and distance on a small map beside
// its photos; the reviewer accepts (it counts as inspected) or rejects it, with a reason either way, and the server
// still decides. Reviewed records are listed with their verdict. With ?id=<uuid> the page shows that one record —
// the link a case card gives to the inspection it came from — to anyone who may read it. Everything from the
// server goes in with textContent.

import { runAction } from '../components/actions.js';
import {
  fetchFlaggedInspections, fetchGrid, fetchInspection, fetchSource, reviewInspection,
} from '../components/api.js';
import { element, fieldList, labelledField } from '../components/dom.js';
import { photoStrip, placesMap } from '../components/evidence.js';
import { describeProblem, formatInstant, vocabularyName } from '../components/format.js';
import { namedGrid } from '../components/card-parts.js';
import { listLoader } from '../components/latest.js';
import { startPage } from '../components/page.js';
import { onLanguageChange, t } from '../i18n/index.js';

const state = {
  filter: 'pending',
  items: null, // GET /api/inspections/flagged, null until loaded
  one: null, // ?id=: { inspection, places } once loaded
  reasons: new Map(), // inspection id → the reason typed so far
  errors: new Map(), // inspection id → what went wrong with its review
  busy: new Set(),
};

const elements = {
  status: document.getElementById('flagged-status'),
  filter: document.getElementById('flagged-state'),
  toolbar: document.getElementById('flagged-toolbar'),
  refresh: document.getElementById('flagged-refresh'),
  list: document.getElementById('flagged-list'),
  count: document.getElementById('flagged-count'),
  hint: document.getElementById('flagged-hint'),
};
const loadList = listLoader(elements.list);

const page = startPage({ status: elements.status });
const { say, fail } = page;

if (page.signedIn) {
  const asked = new URLSearchParams(window.location.search).get('id');
  onLanguageChange(() => render());
  if (asked) {
    showOne(asked);
  } else {
    elements.filter.addEventListener('change', () => {
      state.filter = elements.filter.value;
      load();
    });
    elements.refresh.addEventListener('click', () => load());
    load();
  }
}

async function load() {
  say('flagged.status.loading');
  const latest = await loadList(() => fetchFlaggedInspections(state.filter), {
    loaded: (items) => {
      state.items = Array.isArray(items) ? items : [];
      say(state.filter === 'pending' ? 'flagged.status.pending' : 'flagged.status.reviewed', { count: state.items.length });
    },
    failed: (error) => {
      state.items = [];
      fail(error?.status === 403 ? 'flagged.status.forbidden' : 'flagged.status.error', error);
    },
  });
  if (latest) {
    render();
  }
}

/** One record, with a map made from what the API gives about it: its fix, its grid and (a source) its target. */
async function showOne(id) {
  elements.toolbar.hidden = true;
  elements.hint.hidden = true;
  say('flagged.status.loading');
  try {
    const inspection = await fetchInspection(id);
    const [grid, target] = await Promise.all([
      fetchGrid(inspection.grid_code).catch(() => null),
      inspection.target_kind === 'source' ? fetchSource(inspection.target_code).catch(() => null) : null,
    ]);
    const features = [];
    if (grid?.geometry) {
      features.push({ ...grid, properties: { role: 'grid', code: grid.properties?.code, name: grid.properties?.name } });
    }
    const source = target?.features?.[0];
    if (source?.geometry) {
      features.push({ ...source, properties: { role: 'target', code: inspection.target_code, name: source.properties?.name } });
    }
    features.push({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [inspection.fix.lon, inspection.fix.lat] },
      properties: { role: 'fix', accuracy_m: inspection.fix.accuracy_m, distance_m: inspection.location?.distance_m },
    });
    state.one = {
      inspection,
      grid_name: grid?.properties?.name ?? inspection.grid_code,
      target_name: source?.properties?.name ?? inspection.target_code,
      places: { type: 'FeatureCollection', features },
    };
    say('flagged.status.one');
  } catch (error) {
    state.one = null;
    fail('flagged.status.error', error);
  }
  render();
}

function render() {
  if (state.one) {
    elements.list.replaceChildren(card(state.one, { reviewable: false }));
    elements.list.dataset.loaded = '1';
    return;
  }
  if (state.items === null) {
    return;
  }
  const cards = state.items.map((item) => card(item, { reviewable: state.filter === 'pending' }));
  if (cards.length === 0) {
    cards.push(element('li', { className: 'case-empty muted', text: t(state.filter === 'pending' ? 'flagged.none' : 'flagged.noneReviewed') }));
  }
  elements.list.replaceChildren(...cards);
  elements.count.textContent = t('flagged.count', { count: state.items.length });
  elements.list.dataset.loaded = String(state.items.length);
  elements.list.dataset.filter = state.filter;
}

function card(item, { reviewable }) {
  const inspection = item.inspection;
  const node = element('li', { className: 'case-card flagged-card' });
  node.dataset.inspectionId = inspection.id;
  const location = inspection.location ?? {};
  const head = element('div', { className: 'case-head' },
    element('strong', { className: 'case-category', text: item.target_name ?? inspection.target_code }),
    element('span', { className: 'channel-badge muted', text: vocabularyName('targetKind', inspection.target_kind) }));
  if (location.flagged_for_review) {
    head.append(element('span', { className: 'flag-badge', text: t('flagged.badge') }));
  }
  node.append(head);
  const findings = inspection.findings ?? [];
  node.append(fieldList('case-fields', [
    [t('cases.field.grid'), namedGrid(item.grid_name, inspection.grid_code), 'grid'],
    [t('flagged.field.inspector'), item.inspector_name ?? null, 'inspector'],
    [t('flagged.field.at'), formatInstant(inspection.inspected_at), 'inspected_at'],
    [t('flagged.field.distance'), t('flagged.distance', { distance: Math.round(Number(location.distance_m) || 0), accuracy: Math.round(Number(inspection.fix?.accuracy_m) || 0) }), 'distance'],
    [t('flagged.field.reason'), location.reason || null, 'reason'],
    [t('flagged.field.findings'), findings.length > 0 ? findings.map((f) => `${vocabularyName('category', f.category)} · ${f.description ?? ''}`).join('；') : null, 'findings'],
    [t('flagged.field.notes'), inspection.notes || null, 'notes'],
  ]));
  const photos = (inspection.photos ?? []).map((photo) => photo.sha256);
  const evidence = element('div', { className: 'flagged-evidence' }, placesMap(item.places));
  if (photos.length > 0) {
    evidence.append(photoStrip(photos));
  } else {
    evidence.append(element('p', { className: 'muted', text: t('flagged.noPhotos') }));
  }
  node.append(evidence);
  if (item.review) {
    const verdict = element('p', { className: 'flagged-verdict', text: t(item.review.accepted ? 'flagged.verdict.accepted' : 'flagged.verdict.rejected', {
      name: item.review.reviewer_name ?? '', at: formatInstant(item.review.reviewed_at), reason: item.review.reason ?? '',
    }) });
    verdict.dataset.accepted = String(item.review.accepted);
    node.append(verdict);
  } else if (reviewable) {
    node.append(reviewForm(inspection.id));
  }
  return node;
}

function reviewForm(id) {
  const reason = element('textarea', { className: 'reason-input' });
  reason.id = `review-${id}-reason`;
  reason.name = 'reason';
  reason.rows = 2;
  reason.maxLength = 2000;
  reason.placeholder = t('flagged.reason.placeholder');
  reason.value = state.reasons.get(id) ?? '';
  reason.addEventListener('input', () => {
    state.reasons.set(id, reason.value);
    state.errors.delete(id);
    reason.removeAttribute('aria-invalid');
  });
  const busy = state.busy.has(id);
  const accept = element('button', { className: 'button button-small button-primary', text: t('flagged.accept') });
  accept.type = 'button';
  accept.dataset.action = 'accept';
  const reject = element('button', { className: 'button button-small button-danger', text: t('flagged.reject') });
  reject.type = 'button';
  reject.dataset.action = 'reject';
  for (const button of [accept, reject]) {
    button.disabled = busy;
    button.addEventListener('click', () => decide(id, button === accept, reason));
  }
  const form = element('div', { className: 'case-form flagged-form' }, labelledField(reason, 'flagged.reason'),
    element('div', { className: 'action-buttons' }, accept, reject));
  const error = state.errors.get(id);
  if (error) {
    reason.setAttribute('aria-invalid', 'true');
    form.append(element('p', { className: 'field-error', text: error }));
  }
  return form;
}

async function decide(id, accept, reasonInput) {
  const reason = (state.reasons.get(id) ?? '').trim();
  if (!reason) {
    state.errors.set(id, t('flagged.reason.missing'));
    render();
    elements.list.querySelector(`[data-inspection-id="${id}"] textarea`)?.focus();
    return;
  }
  await runAction(id, {
    busy: state.busy,
    render,
    reload: load,
    request: () => {
      say('flagged.status.working');
      return reviewInspection(id, accept, reason);
    },
    succeeded: () => {
      state.items = state.items.filter((item) => item.inspection.id !== id);
      state.reasons.delete(id);
      say(accept ? 'flagged.status.accepted' : 'flagged.status.rejected', {}, 'success');
    },
    failed: (error) => {
      state.errors.set(id, describeProblem(error));
      fail('flagged.status.failed', error);
    },
  });
  reasonInput.blur();
}
