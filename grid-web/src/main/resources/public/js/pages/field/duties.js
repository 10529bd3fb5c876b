// This period's duties, nearest first when the browser gives a position: the ones to do now, those
// whose window has not opened yet, and those done; tapping one opens the record form. A source
// without a duty is inspected by its code.

import { fetchDuties, fetchSource } from '../../components/api.js';
import { districtNow, districtToday } from '../../components/district-time.js';
import { element } from '../../components/dom.js';
import { formatInstant, vocabularyName } from '../../components/format.js';
import { periodName } from '../../components/period.js';
import { t } from '../../i18n/index.js';
import { prefetchChecklists } from './checklist.js';
import { distanceTo } from './location.js';
import { openForm } from './record.js';
import { keepDuties, keptDuties } from './snapshots.js';
import { sourceFrom } from './sources.js';
import { elements, fail, say, state, status } from './state.js';
import { formatDistance } from './units.js';

/** Cards shown before "show more": a district administrator's list can be long. */
const SHOWN_DUTIES = 50;

/** A supervisor's own duties; chiefs and administrators record against any duty of their grids. */
function mine() {
  return state.me?.role === 'supervisor';
}

export async function loadDuties() {
  elements.list.setAttribute('aria-busy', 'true');
  try {
    const duties = await fetchDuties({ period: state.period, mine: mine() });
    state.duties = Array.isArray(duties) ? duties : [];
    state.dutiesLoadedAt = districtNow().toISOString();
    state.dutiesKept = false;
    const shown = status.current();
    if (!shown || shown.key === 'field.status.loading' || shown.key === 'field.status.keptDuties') {
      say('field.status.loaded', { count: state.duties.filter((duty) => duty.status !== 'done').length, period: state.period });
    }
    // once the sources' kinds are known too, the list is kept on this device and every checklist it may need is
    // fetched (the service worker keeps them), for a start without a network
    Promise.resolve(state.sourcesLoading)
      .then(() => keepForOffline())
      .then(() => prefetchChecklists())
      .then(() => {
        elements.list.dataset.checklists = 'ready';
      });
  } catch (error) {
    if (!(await showKeptDuties(error))) {
      if (state.duties === null) {
        state.duties = [];
      }
      fail('field.status.error', error);
    }
  } finally {
    elements.list.removeAttribute('aria-busy');
  }
  renderDuties();
}

/** The list as loaded, with the duties' sources, kept for the next start without a network. */
function keepForOffline() {
  if (!state.outboxReady) {
    return undefined;
  }
  const codes = new Set(state.duties.filter((duty) => duty.target_kind === 'source').map((duty) => duty.target_code));
  const sources = [...codes].map((code) => state.sources.get(code)).filter(Boolean);
  return keepDuties(state.me.id, state.period, { duties: state.duties, sources, refreshedAt: state.dutiesLoadedAt })
    .catch((error) => console.warn('The duties are not kept for offline use', error));
}

/** No answer from the server: the list last loaded for this person and period, if this device kept one. */
async function showKeptDuties(error) {
  if (error?.status !== 0 || !state.outboxReady) {
    return false;
  }
  const kept = await keptDuties(state.me.id, state.period).catch(() => undefined);
  if (!kept) {
    return false;
  }
  state.duties = kept.duties ?? [];
  for (const source of kept.sources ?? []) {
    if (!state.sources.has(source.code)) {
      state.sources.set(source.code, source);
    }
  }
  state.dutiesLoadedAt = kept.refreshed_at;
  state.dutiesKept = true;
  say('field.status.keptDuties', { time: formatInstant(kept.refreshed_at) }, 'warning');
  return true;
}

export function renderDuties() {
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
  elements.refreshed.hidden = !state.dutiesLoadedAt;
  elements.refreshed.dataset.kept = String(state.dutiesKept);
  elements.refreshed.dataset.at = state.dutiesLoadedAt ?? '';
  elements.refreshed.textContent = t(state.dutiesKept ? 'field.duties.keptAt' : 'field.duties.refreshedAt',
    { time: formatInstant(state.dutiesLoadedAt) });
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
export async function startAdhoc(text) {
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
