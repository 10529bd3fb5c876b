// The duties page: the inspection duties of a period (a month or a quarter) sorted by when they
// fall due, with their status. A supervisor sees their own duties; everyone else sees the duties
// in the grids they may read. An administrator turns the rules into the period's duties here.
// Everything that comes from the server goes into the page with textContent.

import { fetchDuties, generateDuties } from '../components/api.js';
import { cell, element, emptyRow } from '../components/dom.js';
import { vocabularyName } from '../components/format.js';
import { listLoader } from '../components/latest.js';
import { listFilters } from '../components/list-filters.js';
import { startPage } from '../components/page.js';
import { fillPeriodSelect, parsePeriod, periodInWords, periodName, thisMonth } from '../components/period.js';
import { onLanguageChange, t } from '../i18n/index.js';
import { vocabularyKeys } from '../i18n/vocabulary.js';

const STATUSES = ['open', 'overdue', 'done'];

const state = {
  me: null,
  period: null,
  duties: null, // as sent by GET /api/duties for state.period, null until loaded
  generated: null, // the last generate answer, shown until the period changes
};

const elements = {
  status: document.getElementById('duty-status'),
  period: document.getElementById('duty-period'),
  filter: document.getElementById('duty-filter-status'),
  generate: document.getElementById('duty-generate'),
  summary: document.getElementById('duty-summary'),
  count: document.getElementById('duty-count'),
  title: document.getElementById('duties-title'),
  table: document.getElementById('duty-table'),
  rows: document.querySelector('#duty-table tbody'),
};
const loadTable = listLoader(elements.table);
/** The server-side filters (target kind, grid, due days); the status is the page's own control above. */
const serverFilters = listFilters(document.getElementById('duty-filters'), {
  prefix: 'duty',
  categories: vocabularyKeys('target_kind').map((key) => [key, `targetKind.${key}`]),
  withOverdue: false,
  onChange: () => loadDuties(),
});

const page = startPage({ status: elements.status, localise: periodInWords });
const { say, fail } = page;

if (page.signedIn) {
  const asked = new URLSearchParams(window.location.search).get('period');
  state.period = parsePeriod(asked) ? asked : thisMonth();
  fillPeriodSelect(elements.period, state.period);
  elements.period.addEventListener('change', () => choosePeriod(elements.period.value));
  elements.filter.addEventListener('change', () => renderDuties());
  elements.generate.addEventListener('click', () => generate());
  onLanguageChange(() => {
    fillPeriodSelect(elements.period, state.period);
    renderTitle();
    renderDuties();
  });
  start();
}

async function start() {
  say('duties.status.loading');
  state.me = await page.me;
  if (!state.me) {
    fail('duties.status.error', null);
    return;
  }
  elements.generate.hidden = state.me.role !== 'admin';
  elements.table.dataset.mine = String(mine());
  renderTitle();
  await loadDuties();
}

/** A supervisor's list is their own duties; the others see every duty of the grids they may read. */
function mine() {
  return state.me?.role === 'supervisor';
}

async function choosePeriod(period) {
  if (!parsePeriod(period) || period === state.period) {
    return;
  }
  state.period = period;
  state.generated = null;
  const url = new URL(window.location.href);
  url.searchParams.set('period', period);
  window.history.replaceState(null, '', url);
  say('duties.status.loading');
  await loadDuties();
}

async function loadDuties() {
  const period = state.period;
  const latest = await loadTable(() => fetchDuties({ ...serverFilters.params(), period, mine: mine() }), {
    loaded: (duties) => {
      state.duties = Array.isArray(duties) ? duties : [];
      if (!state.generated) {
        say('duties.status.loaded', { count: state.duties.length, period });
      }
    },
    failed: (error) => {
      state.duties = [];
      fail('duties.status.error', error);
    },
  });
  if (latest) {
    renderDuties();
  }
}

async function generate() {
  const period = state.period;
  elements.generate.disabled = true;
  document.body.dataset.busy = 'true';
  say('duties.status.generating', { period });
  try {
    const counts = await generateDuties(period);
    state.generated = counts;
    say('duties.status.generated', {
      period: counts?.period ?? period,
      planned: counts?.planned ?? 0,
      created: counts?.created ?? 0,
      reassigned: counts?.reassigned ?? 0,
      unassigned: counts?.unassigned ?? 0,
    }, counts?.unassigned > 0 ? 'warning' : 'success');
    elements.status.dataset.generated = String(counts?.created ?? 0);
    await loadDuties();
  } catch (error) {
    fail('duties.status.generateFailed', error);
  } finally {
    elements.generate.disabled = false;
    delete document.body.dataset.busy;
  }
}

// The table

function renderTitle() {
  elements.title.textContent = t(mine() ? 'duties.title.mine' : 'duties.title');
}

function renderDuties() {
  if (state.duties === null) {
    return;
  }
  const filter = elements.filter.value;
  const shown = sorted(state.duties).filter((duty) => !filter || duty.status === filter);
  const rows = shown.map(dutyRow);
  if (rows.length === 0) {
    const key = state.duties.length > 0 ? 'duties.noneWithStatus'
      : state.me?.role === 'admin' ? 'duties.none.admin' : 'duties.none';
    rows.push(emptyRow(elements.table, t(key, { period: periodName(state.period) })));
  }
  elements.rows.replaceChildren(...rows);
  elements.count.textContent = t('duties.count', { count: shown.length });
  renderSummary();
  elements.table.dataset.period = state.period;
  elements.table.dataset.loaded = String(shown.length);
}

/** By the day they are due by, then the day they open, then the target's name. */
function sorted(duties) {
  return [...duties].sort((a, b) => String(a.due_by).localeCompare(String(b.due_by))
    || String(a.due_from).localeCompare(String(b.due_from))
    || String(a.target_name ?? '').localeCompare(String(b.target_name ?? ''), 'zh-CN')
    || Number(a.id) - Number(b.id));
}

function dutyRow(duty) {
  const row = element('tr');
  row.dataset.dutyId = String(duty.id);
  row.dataset.status = duty.status ?? '';
  row.dataset.targetCode = duty.target_code ?? '';
  row.dataset.gridCode = duty.grid_code ?? '';
  if (duty.supervisor_id !== undefined && duty.supervisor_id !== null) {
    row.dataset.supervisorId = String(duty.supervisor_id);
  }

  const due = element('span', { className: 'due-window' },
    element('span', { className: 'due-by', text: duty.due_by ?? '—' }));
  if (duty.due_from && duty.due_from !== duty.due_by) {
    due.append(element('span', { className: 'muted due-from', text: t('duties.from', { date: duty.due_from }) }));
  }

  const badge = element('span', { className: 'status-badge', text: vocabularyName('dutyStatus', duty.status) });
  badge.dataset.status = duty.status ?? '';

  const target = element('div', { className: 'duty-target' },
    element('span', { className: 'duty-target-name', text: duty.target_name || duty.target_code || '—' }),
    element('span', { className: 'kind-tag', text: vocabularyName('targetKind', duty.target_kind) }));
  if (duty.target_code && duty.target_kind === 'source') {
    target.append(element('span', { className: 'code-text muted', text: duty.target_code }));
  }

  const grid = element('div', { className: 'duty-grid' },
    element('span', { text: duty.grid_name || duty.grid_code || '—' }));
  if (duty.grid_name && duty.grid_code) {
    grid.append(element('span', { className: 'code-text muted', text: duty.grid_code }));
  }

  const supervisor = duty.supervisor_name
    ? element('span', { className: 'duty-supervisor', text: duty.supervisor_name })
    : element('span', { className: 'unassigned-badge', text: t('duties.unassigned') });

  row.append(
    cell('duty-due', due),
    cell('duty-status', badge),
    cell('duty-target-cell', target),
    cell('duty-grid-cell', grid),
    cell('col-supervisor', supervisor),
  );
  return row;
}

function renderSummary() {
  const counts = Object.fromEntries(STATUSES.map((status) => [status, 0]));
  let unassigned = 0;
  for (const duty of state.duties ?? []) {
    if (duty.status in counts) {
      counts[duty.status] += 1;
    }
    if (!duty.supervisor_name && duty.supervisor_id == null) {
      unassigned += 1;
    }
  }
  const chips = [chip('total', t('duties.summary.total', { count: state.duties.length }))];
  STATUSES.forEach((status) => chips.push(chip(status, t('duties.summary.status', {
    status: vocabularyName('dutyStatus', status),
    count: counts[status],
  }))));
  if (!mine() && unassigned > 0) {
    chips.push(chip('unassigned', t('duties.summary.unassigned', { count: unassigned })));
  }
  elements.summary.replaceChildren(...chips);
}

function chip(kind, text) {
  const item = element('li', { className: 'summary-chip', text });
  item.dataset.kind = kind;
  return item;
}
