// The 双随机一公开 page: an administrator seals a draw (title, period, which objects, how many,
// an optional seed) — its seed and the hash of its candidate list are then fixed and public —,
// runs it, and sees the objects drawn with the two inspectors each. Past draws are listed with
// links to their public pages. Everything from the server goes in with textContent.

import { createDraw, fetchDraw, fetchDraws, fetchSources, runDraw } from '../components/api.js';
import { cell, element, emptyRow, option } from '../components/dom.js';
import { drawItemRow, mountDrawItemsHead, renderDrawSummary, showDrawState } from '../components/draw-view.js';
import { describeFieldError, formatInstant, levelName } from '../components/format.js';
import { fetchGridChoices } from '../components/grid-choices.js';
import { startPage } from '../components/page.js';
import { fillPeriodSelect, periodName, thisQuarter } from '../components/period.js';
import { onLanguageChange, t } from '../i18n/index.js';

/** Grids one may narrow a draw to: first- and second-level ones, named only, so a coarse outline will do. */
const FILTER_TIERS = [1, 2];
/** Digits of a score shown: the inspectors' column needs the room. */
const SCORE_SHOWN = 12;

const state = {
  me: null,
  draws: null, // GET /api/draws, newest first as the server sends them
  current: null, // the draw on show
  grids: [],
};

const elements = {
  status: document.getElementById('draw-status'),
  formPanel: document.getElementById('draw-form-panel'),
  form: document.getElementById('draw-form'),
  submit: document.getElementById('draw-submit'),
  period: document.getElementById('draw-period'),
  grid: document.getElementById('draw-grid'),
  current: document.getElementById('draw-current'),
  sealedNote: document.getElementById('draw-sealed-note'),
  run: document.getElementById('draw-run'),
  publicLink: document.getElementById('draw-public-link'),
  items: document.getElementById('draw-items'),
  itemRows: document.querySelector('#draw-items tbody'),
  list: document.getElementById('draw-list'),
  listRows: document.querySelector('#draw-list tbody'),
  count: document.getElementById('draw-count'),
};

mountDrawItemsHead(elements.items);
const page = startPage({ status: elements.status });
const { status, say, fail } = page;

if (page.signedIn) {
  fillPeriodSelect(elements.period, thisQuarter());
  elements.form.addEventListener('submit', (event) => {
    event.preventDefault();
    submit();
  });
  elements.form.addEventListener('change', (event) => {
    if (event.target.name === 'amount') {
      syncAmount();
    }
  });
  elements.form.addEventListener('input', (event) => clearFieldError(event.target.name));
  elements.run.addEventListener('click', () => run());
  onLanguageChange(() => {
    fillPeriodSelect(elements.period, elements.period.value);
    fillGridChoice();
    renderCurrent();
    renderList();
  });
  start();
}

async function start() {
  say('draws.status.loading');
  const list = loadDraws();
  state.me = await page.me;
  const admin = state.me?.role === 'admin';
  elements.formPanel.hidden = !admin;
  if (admin) {
    loadGrids();
    loadIndustries();
  }
  await list;
  const asked = new URLSearchParams(window.location.search).get('id');
  if (asked) {
    await show(asked);
  }
}

// Loading

async function loadDraws() {
  try {
    const draws = await fetchDraws();
    state.draws = Array.isArray(draws) ? draws : [];
    if (status.current()?.key === 'draws.status.loading') {
      say('draws.status.loaded', { count: state.draws.length });
    }
  } catch (error) {
    state.draws = state.draws ?? [];
    fail('draws.status.error', error);
  }
  renderList();
}

async function loadGrids() {
  try {
    state.grids = await fetchGridChoices(FILTER_TIERS);
  } catch (error) {
    // The whole district is still a valid range: the choice just offers nothing narrower.
    console.warn('Grids for the draw filter not available', error);
  }
  fillGridChoice();
}

/** The industries of the directory, offered in the industry box: the filter matches an industry exactly. */
async function loadIndustries() {
  try {
    const sources = await fetchSources();
    const industries = [...new Set((sources.features ?? [])
      .map((feature) => feature.properties?.industry)
      .filter((industry) => typeof industry === 'string' && industry.trim()))]
      .sort((a, b) => a.localeCompare(b, 'zh-CN'));
    document.getElementById('draw-industries').replaceChildren(...industries.map((industry) => option(industry, industry)));
  } catch (error) {
    // Typing an industry still works; only the suggestions are missing.
    console.warn('Industries for the draw filter not available', error);
  }
}

async function show(id) {
  try {
    state.current = await fetchDraw(id);
    renderCurrent();
    rememberShown();
    elements.current.scrollIntoView({ block: 'nearest' });
  } catch (error) {
    fail('draws.status.error', error);
  }
}

// Changes

async function submit() {
  clearFieldErrors();
  const form = elements.form.elements;
  const title = form.title.value.trim();
  if (!title) {
    showFieldError('title', t('draws.form.required'));
    form.title.focus();
    return;
  }
  const draw = {
    title,
    period: form.period.value,
    filter: filterFromForm(),
    stratify_by_rating: form.stratify_by_rating.checked,
  };
  if (amountKind() === 'share') {
    // As a share of 1: 10 % is 0.1. The server checks the range and says what is allowed.
    draw.share = Number(form.share.value) / 100;
  } else {
    draw.count = Number(form.count.value);
  }
  const seed = form.seed.value.trim();
  if (seed) {
    draw.seed = seed;
  }
  await change(elements.submit, async () => {
    state.current = await createDraw(draw);
    // The range and amount stay for the next draw; a title and a seed are one draw's own.
    form.title.value = '';
    form.seed.value = '';
    say('draws.status.sealed', { title: state.current?.title ?? title, count: state.current?.candidate_count ?? 0 }, 'success');
    renderCurrent();
    rememberShown();
    await loadDraws();
    elements.current.scrollIntoView({ block: 'nearest' });
  }, (error) => markFieldErrors(error));
}

function filterFromForm() {
  const form = elements.form.elements;
  const filter = {};
  if (form.kind.value) {
    filter.kind = form.kind.value;
  }
  const ratings = [...elements.form.querySelectorAll('input[name="ratings"]:checked')].map((box) => box.value);
  if (ratings.length > 0) {
    filter.ratings = ratings;
  }
  if (form.industry.value.trim()) {
    filter.industry = form.industry.value.trim();
  }
  if (form.grid.value) {
    filter.grid = form.grid.value;
  }
  return filter;
}

async function run() {
  const draw = state.current;
  if (!draw) {
    return;
  }
  await change(elements.run, async () => {
    state.current = await runDraw(draw.id);
    say('draws.status.ran', { title: state.current?.title ?? draw.title, count: state.current?.items?.length ?? 0 }, 'success');
    renderCurrent();
    await loadDraws();
  });
}

/** Runs one change with its button disabled; a refusal goes to the status line (and to onError). */
async function change(button, action, onError = () => {}) {
  button.disabled = true;
  document.body.dataset.busy = 'true';
  say('draws.status.working');
  try {
    await action();
  } catch (error) {
    fail('draws.status.failed', error);
    onError(error);
  } finally {
    delete document.body.dataset.busy;
    button.disabled = false;
  }
}

// The draw on show

function renderCurrent() {
  const draw = state.current;
  elements.current.hidden = !draw;
  if (!draw) {
    delete elements.current.dataset.drawId;
    return;
  }
  const ran = Boolean(draw.run_at);
  renderDrawSummary(elements.current, draw);
  elements.sealedNote.hidden = ran;
  elements.run.hidden = ran || state.me?.role !== 'admin';
  elements.publicLink.href = publicPage(draw.id);
  elements.items.hidden = !ran;
  const items = Array.isArray(draw.items) ? draw.items : [];
  const rows = items.map((item, index) => itemRow(item, index));
  if (ran && rows.length === 0) {
    rows.push(emptyRow(elements.items, t('draws.noItems')));
  }
  elements.itemRows.replaceChildren(...rows);
  elements.items.dataset.loaded = String(items.length);
}

function itemRow(item, index) {
  const inspectors = element('div', { className: 'inspectors' });
  for (const inspector of Array.isArray(item.inspectors) ? item.inspectors : []) {
    const name = element('span', { className: 'inspector', text: inspector.name || String(inspector.id ?? '') });
    name.dataset.personId = String(inspector.id ?? '');
    inspectors.append(name);
  }
  if (item.inspector_shortfall) {
    const shortfall = element('span', { className: 'shortfall', text: t('draws.shortfall') });
    shortfall.title = item.inspector_shortfall;
    inspectors.append(shortfall);
  }
  return drawItemRow(item, index, SCORE_SHOWN, cell('draw-inspectors', inspectors));
}

/** The draw on show stays on show after a reload. */
function rememberShown() {
  const url = new URL(window.location.href);
  if (state.current?.id !== undefined) {
    url.searchParams.set('id', String(state.current.id));
    window.history.replaceState(null, '', url);
  }
}

// Past draws

function renderList() {
  if (state.draws === null) {
    return;
  }
  const rows = state.draws.map((draw) => {
    const row = element('tr');
    row.dataset.drawId = String(draw.id);
    if (state.current?.id === draw.id) {
      row.classList.add('row-highlight');
    }
    const badge = element('span', { className: 'status-badge' });
    showDrawState(badge, draw);
    const open = element('button', { className: 'button button-small draw-open', text: t('draws.open') });
    open.type = 'button';
    open.addEventListener('click', () => show(draw.id));
    const link = element('a', { className: 'button button-small draw-public', text: t('draws.publicPage') });
    link.href = publicPage(draw.id);
    link.target = '_blank';
    link.rel = 'noopener';
    row.append(
      cell('draw-title', draw.title || t('draws.untitled')),
      cell('draw-period', periodName(draw.period)),
      cell('draw-sealed', formatInstant(draw.sealed_at)),
      cell('draw-state', badge),
      cell('action-buttons-cell', element('div', { className: 'action-buttons' }, open, link)),
    );
    return row;
  });
  if (rows.length === 0) {
    rows.push(emptyRow(elements.list, t('draws.none')));
  }
  elements.listRows.replaceChildren(...rows);
  elements.count.textContent = t('draws.count', { count: state.draws.length });
  elements.list.dataset.loaded = String(state.draws.length);
}

function publicPage(id) {
  const url = new URL('public-draw.html', document.baseURI);
  url.searchParams.set('id', String(id));
  return url.href;
}

// The form

function amountKind() {
  return elements.form.querySelector('input[name="amount"]:checked')?.value ?? 'count';
}

function syncAmount() {
  const share = amountKind() === 'share';
  elements.form.elements.count.disabled = share;
  elements.form.elements.share.disabled = !share;
  clearFieldError('count');
  clearFieldError('share');
}

function fillGridChoice() {
  const previous = elements.grid.value;
  const groups = FILTER_TIERS.map((tier) => {
    const group = element('optgroup');
    group.label = t(`tier.${tier}`);
    state.grids.filter((grid) => grid.tier === tier)
      .forEach((grid) => group.append(option(grid.code, `${grid.name}（${levelName(grid.level)} ${grid.code}）`)));
    return group;
  }).filter((group) => group.children.length > 0);
  elements.grid.replaceChildren(option('', t('draws.form.anyGrid')), ...groups);
  elements.grid.value = state.grids.some((grid) => grid.code === previous) ? previous : '';
}

const FIELD_OF_POINTER = { title: 'title', period: 'period', count: 'count', share: 'share', seed: 'seed', filter: 'kind' };

function markFieldErrors(error) {
  for (const entry of error?.fieldErrors ?? []) {
    const { pointer } = entry;
    const message = describeFieldError(entry);
    const parts = String(pointer ?? '').replace(/^\//, '').split('/');
    const name = parts[0] === 'filter' && parts[1] ? parts[1] : FIELD_OF_POINTER[parts[0]];
    if (name && message) {
      showFieldError(name, String(message));
    }
  }
}

function showFieldError(name, message) {
  const input = elements.form.elements[name];
  const control = input instanceof RadioNodeList ? input[0] : input;
  if (!control?.id) {
    return;
  }
  const id = `${control.id}-error`;
  let note = document.getElementById(id);
  if (!note) {
    note = element('p', { className: 'field-error' });
    note.id = id;
    (control.closest('.amount-row') ?? control).after(note);
  }
  note.textContent = message;
  control.setAttribute('aria-invalid', 'true');
  control.setAttribute('aria-describedby', id);
}

function clearFieldError(name) {
  const input = name ? elements.form.elements[name] : null;
  const control = input instanceof RadioNodeList ? input[0] : input;
  if (!control?.id) {
    return;
  }
  document.getElementById(`${control.id}-error`)?.remove();
  control.removeAttribute('aria-invalid');
  control.removeAttribute('aria-describedby');
}

function clearFieldErrors() {
  ['title', 'period', 'kind', 'industry', 'grid', 'count', 'share', 'seed'].forEach(clearFieldError);
}
