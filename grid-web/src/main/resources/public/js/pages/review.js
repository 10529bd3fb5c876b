// The quarterly review (季度点评): the district's first-level grids ranked by a weighted score, each
// with the components the score is made of and its rank change since last quarter. The weights can
// be changed for a live preview; an administrator publishes the review, which freezes it. Published
// reviews stay readable and exportable, and the page prints as a clean A4 table. Below the ranking, the quarter's
// accountability records (问责, review/accountability.js). In a city of several districts,
// the city's staff choose the city — its districts side by side, its first-level grids ranked together, each with
// its district's weights — or one district, whose review it is.

import {
  fetchCityReview, fetchFile, fetchGrids, fetchPublishedQuarters, fetchPublishedReview, fetchReview, publishReview,
} from '../components/api.js';
import { cell, confirmingButton, element, emptyRow, saveFile } from '../components/dom.js';
import { formatInstant, formatPercent, levelName } from '../components/format.js';
import { listLoader } from '../components/latest.js';
import { startPage } from '../components/page.js';
import { fillPeriodSelect, parsePeriod, periodName, thisQuarter } from '../components/period.js';
import { locale, onLanguageChange, t } from '../i18n/index.js';
import { startAccountability } from './review/accountability.js';

/** The score's components, as the API names them and in the order it lists them. */
const COMPONENTS = ['dutyCompletion', 'problemsOnTime', 'complaintsOnTime', 'satisfaction', 'locationAccuracy'];
/** A weight change is previewed once typing pauses this long. */
const PREVIEW_DELAY_MS = 350;

const state = {
  me: null,
  quarter: null,
  district: '',
  districts: [], // the districts the person reads: [{ code, name }]
  scope: null, // 'city', a district's code, or null: the server's choice (the person's own or the only district)
  weights: null, // the weights in the form, as fractions; null until the first review tells the defaults
  defaults: null, // the server's default weights
  published: [], // quarters whose review is published, newest first
  showing: 'live', // or 'published': the frozen review of the quarter; or 'city': the city's view
  review: null, // the review on show
  timer: null,
};

const elements = {
  status: document.getElementById('review-status'),
  title: document.getElementById('review-title'),
  state: document.getElementById('review-state'),
  weightsLine: document.getElementById('review-weights-line'),
  quarter: document.getElementById('review-quarter'),
  switch: document.getElementById('review-switch'),
  publish: document.getElementById('review-publish'),
  exports: document.getElementById('review-exports'),
  print: document.getElementById('review-print'),
  table: document.getElementById('review-table'),
  rows: document.querySelector('#review-table tbody'),
  form: document.getElementById('weights-form'),
  sum: document.getElementById('weights-sum'),
  reset: document.getElementById('weights-reset'),
  publishedList: document.getElementById('published-list'),
  districtField: document.getElementById('review-district-field'),
  districtSelect: document.getElementById('review-district'),
  districtsScroll: document.getElementById('review-districts-scroll'),
  districtsTable: document.getElementById('review-districts'),
  districtRows: document.querySelector('#review-districts tbody'),
  weightsPanel: document.getElementById('review-weights'),
  publishedPanel: document.getElementById('review-published'),
};
const loadTable = listLoader(elements.table);
/** The quarter's accountability records (问责), below the ranking; started once the person is known. */
let accountability = null;
copyHeadToDistricts();

const page = startPage({
  status: elements.status,
  localise: (params) => ({ ...params, quarter: params.quarter && periodName(params.quarter) }),
});
const { say, fail } = page;

if (page.signedIn) {
  const asked = new URLSearchParams(window.location.search).get('quarter');
  state.quarter = parsePeriod(asked)?.kind === 'quarter' ? asked : lastCompleteQuarter();
  fillPeriodSelect(elements.quarter, state.quarter, { months: false });
  elements.quarter.addEventListener('change', () => chooseQuarter(elements.quarter.value));
  elements.districtSelect.addEventListener('change', () => chooseScope(elements.districtSelect.value));
  elements.switch.addEventListener('click', () => {
    state.showing = state.showing === 'live' ? 'published' : 'live';
    load();
  });
  elements.print.addEventListener('click', () => window.print());
  elements.exports.querySelectorAll('[data-export]')
    .forEach((button) => button.addEventListener('click', () => exportShown(button.dataset.export, button)));
  elements.form.addEventListener('input', () => weightsEdited());
  elements.form.addEventListener('submit', (event) => event.preventDefault());
  elements.reset.addEventListener('click', () => {
    state.weights = state.defaults ? { ...state.defaults } : null;
    renderWeightsForm();
    previewNow();
  });
  onLanguageChange(() => {
    fillPeriodSelect(elements.quarter, state.quarter, { months: false });
    fillDistrictSelect();
    renderWeightsForm();
    renderPublishedList();
    render();
  });
  start();
}

async function start() {
  say('review.status.loading');
  state.me = await page.me;
  accountability = startAccountability(state.me);
  accountability.show(state.quarter);
  await loadDistricts();
  await loadPublishedList();
  state.showing = state.scope === 'city' ? 'city' : state.published.includes(state.quarter) ? 'published' : 'live';
  await load();
}

// Loading

/**
 * Loads the review on show: the city's view, the quarter's published one, or the live one with the weights in the
 * form.
 */
async function load() {
  const quarter = state.quarter;
  const district = districtParam();
  if (state.scope === 'city') {
    const latest = await loadTable(() => fetchCityReview(quarter), {
      loaded: (review) => {
        state.review = review;
        state.showing = 'city';
        say('review.status.city', { quarter, count: review.ranking?.length ?? 0 });
      },
      failed: (error) => {
        state.review = null;
        fail('review.status.error', error);
      },
    });
    if (latest) {
      render();
    }
    return;
  }
  const published = state.showing === 'published' && state.published.includes(quarter);
  const fetch = () => (published ? fetchPublishedReview(quarter, district)
    : fetchReview({ quarter, district, weights: state.weights ?? undefined }));
  const latest = await loadTable(fetch, {
    loaded: (review) => {
      state.review = review;
      state.showing = published ? 'published' : 'live';
      if (!state.defaults && !published) {
        state.defaults = { ...review.weights };
      }
      if (!state.weights || published) {
        state.weights = { ...review.weights };
        renderWeightsForm();
      }
      say(published ? 'review.status.published' : 'review.status.live', { quarter, count: review.ranking?.length ?? 0 });
    },
    failed: (error) => {
      state.review = null;
      fail('review.status.error', error);
    },
  });
  if (latest) {
    render();
  }
}

/**
 * The districts' table has the ranking's columns, the district in the grid's place; its components carry no weight
 * of their own (each district's are in its line), so they are plain translated headers.
 */
function copyHeadToDistricts() {
  const head = elements.table.tHead.cloneNode(true);
  head.querySelector('[data-i18n="review.col.grid"]').dataset.i18n = 'review.col.district';
  head.querySelectorAll('th[data-component]').forEach((th) => {
    th.dataset.i18n = `review.component.${th.dataset.component}`;
    delete th.dataset.component;
  });
  head.querySelectorAll('[data-i18n]').forEach((th) => {
    th.textContent = t(th.dataset.i18n);
  });
  elements.districtsTable.tHead.replaceWith(head);
}

/** The districts the person reads; with several, the city's view first unless the address names a district. */
async function loadDistricts() {
  try {
    const districts = await fetchGrids({ level: 'district', simplify: 1000 });
    state.districts = (districts.features ?? []).map((feature) => ({
      code: String(feature.properties?.code ?? feature.id), name: feature.properties?.name ?? '',
    }));
  } catch (error) {
    // The title then names the quarter alone.
    console.warn('Districts not available', error);
  }
  if (state.districts.length > 1) {
    const asked = new URLSearchParams(window.location.search).get('district');
    state.scope = state.districts.some((district) => district.code === asked) ? asked : 'city';
  }
  fillDistrictSelect();
}

function fillDistrictSelect() {
  elements.districtField.hidden = state.districts.length < 2;
  if (elements.districtField.hidden) {
    state.district = state.districts[0]?.name ?? '';
    return;
  }
  const options = [['city', t('review.city')], ...state.districts.map((district) => [district.code, district.name])];
  elements.districtSelect.replaceChildren(...options.map(([value, text]) => {
    const option = element('option', { text });
    option.value = value;
    return option;
  }));
  elements.districtSelect.value = state.scope;
  state.district = state.districts.find((district) => district.code === state.scope)?.name ?? '';
}

/** The district asked of the API: the one chosen, or none (the server's choice) outside a city's view. */
function districtParam() {
  return state.scope && state.scope !== 'city' ? state.scope : undefined;
}

async function loadPublishedList() {
  if (state.scope === 'city') {
    state.published = [];
    renderPublishedList();
    return;
  }
  try {
    const quarters = await fetchPublishedQuarters(districtParam());
    state.published = Array.isArray(quarters) ? quarters : [];
  } catch (error) {
    state.published = [];
    console.warn('Published reviews not available', error);
  }
  renderPublishedList();
}

// Choices

function chooseQuarter(quarter) {
  if (parsePeriod(quarter)?.kind !== 'quarter' || quarter === state.quarter) {
    return;
  }
  state.quarter = quarter;
  state.showing = state.scope === 'city' ? 'city' : state.published.includes(quarter) ? 'published' : 'live';
  const url = new URL(window.location.href);
  url.searchParams.set('quarter', quarter);
  window.history.replaceState(null, '', url);
  say('review.status.loading');
  accountability?.show(quarter);
  load();
}

/** The city's view, or a district's review: the district's own weights and published quarters. */
async function chooseScope(scope) {
  if (scope === state.scope) {
    return;
  }
  state.scope = scope;
  state.weights = null;
  state.defaults = null;
  elements.districtSelect.value = scope;
  state.district = state.districts.find((district) => district.code === scope)?.name ?? '';
  const url = new URL(window.location.href);
  if (scope === 'city') {
    url.searchParams.delete('district');
  } else {
    url.searchParams.set('district', scope);
  }
  window.history.replaceState(null, '', url);
  say('review.status.loading');
  await loadPublishedList();
  state.showing = scope === 'city' ? 'city' : state.published.includes(state.quarter) ? 'published' : 'live';
  await load();
}

/** The weights as typed, as fractions, or null when one is not a number ≥ 0 or all are 0. */
function typedWeights() {
  const weights = {};
  let valid = true;
  for (const input of elements.form.querySelectorAll('input[data-component]')) {
    const percent = input.value.trim() === '' ? NaN : Number(input.value);
    const ok = Number.isFinite(percent) && percent >= 0;
    input.setAttribute('aria-invalid', String(!ok));
    valid &&= ok;
    weights[input.dataset.component] = percent / 100;
  }
  return valid && COMPONENTS.some((component) => weights[component] > 0) ? weights : null;
}

function weightsEdited() {
  const weights = typedWeights();
  renderWeightSum(weights);
  clearTimeout(state.timer);
  if (!weights) {
    say('review.weights.invalid', {}, 'error');
    return;
  }
  state.weights = weights;
  state.timer = setTimeout(previewNow, PREVIEW_DELAY_MS);
}

function previewNow() {
  clearTimeout(state.timer);
  state.showing = 'live';
  say('review.status.loading');
  load();
}

async function publish() {
  const quarter = state.quarter;
  say('review.status.publishing', { quarter });
  try {
    await publishReview({ quarter, district: districtParam(), weights: state.weights ?? undefined });
    await loadPublishedList();
    state.showing = 'published';
    await load();
    say('review.status.publishedNow', { quarter }, 'success');
  } catch (error) {
    fail('review.status.publishFailed', error);
  }
}

/** Exports the review on show: the published one, or the live ranking with the weights in the form. */
function exportShown(format, button) {
  if (state.showing === 'city') {
    exportReview(state.quarter, format, button, { city: true });
  } else if (state.showing === 'published') {
    exportReview(state.quarter, format, button);
  } else {
    exportReview(state.quarter, format, button, { live: true, weights: state.weights ?? undefined });
  }
}

async function exportReview(quarter, format, button, { live = false, city = false, weights } = {}) {
  button.disabled = true;
  try {
    const district = districtParam();
    const path = city ? `api/review/city.${format}`
      : live ? `api/review.${format}` : `api/reviews/${encodeURIComponent(quarter)}.${format}`;
    const { blob, filename } = await fetchFile(path, {
      params: city ? { quarter } : live ? { quarter, district, ...weights } : { district },
      fallbackName: `review-${quarter}${city ? '-city' : live ? '-unpublished' : ''}.${format}`,
    });
    saveFile(blob, filename);
  } catch (error) {
    fail('review.status.exportFailed', error);
  } finally {
    button.disabled = false;
  }
}

// Rendering

function render() {
  const city = state.showing === 'city';
  elements.districtsScroll.hidden = !city;
  elements.weightsPanel.hidden = city;
  elements.publishedPanel.hidden = city;
  elements.exports.querySelector('[data-export="csv"]').hidden = city;
  if (city) {
    renderCity(state.review);
    return;
  }
  const review = state.review;
  const published = state.showing === 'published';
  const quarterName = periodName(state.quarter);
  elements.title.textContent = state.district
    ? t('review.title', { district: state.district, quarter: quarterName }) : t('review.titleNoDistrict', { quarter: quarterName });
  elements.state.textContent = !review ? ''
    : published ? t('review.state.published', { time: formatInstant(review.publishedAt) }) : t('review.state.live');
  elements.state.dataset.published = String(published);
  elements.weightsLine.textContent = review ? t('review.weightsLine', { weights: weightList(review.weights) }) : '';
  renderHeaders(review?.weights);
  renderRows(review);
  const isPublished = state.published.includes(state.quarter);
  elements.switch.hidden = !isPublished;
  elements.switch.textContent = t(published ? 'review.showLive' : 'review.showPublished');
  elements.exports.hidden = !review;
  elements.exports.dataset.showing = state.showing;
  const canPublish = state.me?.role === 'admin' && !isPublished && Boolean(review);
  elements.publish.replaceChildren(...(canPublish
    ? [Object.assign(confirmingButton('review.publish', 'review.publish.confirm', () => publish()), { id: 'review-publish-button' })]
    : []));
  renderWeightSum(state.weights);
  document.body.dataset.reviewShowing = state.showing;
  if (review) {
    elements.table.dataset.loaded = String(review.ranking?.length ?? 0);
  }
}

function renderHeaders(weights) {
  elements.table.querySelectorAll('th[data-component]').forEach((th) => {
    const component = th.dataset.component;
    const weight = weights?.[component];
    th.replaceChildren(t(`review.component.${component}`),
      element('small', { className: 'weight-tag', text: typeof weight === 'number' ? formatPercent(weight / sumOf(weights)) : '' }));
  });
}

/** The city's view: its districts side by side, each with its weights, and its first-level grids ranked together. */
function renderCity(review) {
  const quarterName = periodName(state.quarter);
  elements.title.textContent = t('review.cityTitle', { city: review?.cityName ?? t('review.city'), quarter: quarterName });
  elements.state.textContent = review ? t('review.state.city') : '';
  elements.state.dataset.published = 'false';
  elements.weightsLine.textContent = '';
  elements.switch.hidden = true;
  elements.publish.replaceChildren();
  elements.exports.hidden = !review;
  elements.exports.dataset.showing = 'city';
  renderHeaders(undefined);
  renderLines(elements.districtsTable, elements.districtRows, review, (review?.districts ?? []).map((line) => ({
    grid: line.district,
    meta: ` ${line.district.code} · ${t('review.weightsLine', { weights: weightList(line.weights) })}`,
    open: () => chooseScope(line.district.code),
  })));
  renderLines(elements.table, elements.rows, review, (review?.ranking ?? []).map((line) => ({
    grid: line.grid, meta: ` ${levelName(line.grid.level)} · ${line.grid.code} · ${line.districtName}`,
  })));
  document.body.dataset.reviewShowing = 'city';
  if (review) {
    elements.table.dataset.loaded = String(review.ranking?.length ?? 0);
  }
}

function renderRows(review) {
  renderLines(elements.table, elements.rows, review, (review?.ranking ?? []).map((grid) => ({
    grid, meta: ` ${levelName(grid.level)} · ${grid.code}`,
  })));
}

/** Ranked lines into a table's body: { grid: a ranked line, meta: the text after its name, open: on its name }. */
function renderLines(table, body, review, lines) {
  if (!lines.length) {
    body.replaceChildren(emptyRow(table, t(review ? 'review.none' : 'review.unavailable')));
    return;
  }
  body.replaceChildren(...lines.map(({ grid, meta, open }) => {
    const name = open ? element('button', { className: 'link-button review-grid-name', text: grid.name ?? grid.code })
      : element('strong', { className: 'review-grid-name', text: grid.name ?? grid.code });
    if (open) {
      name.type = 'button';
      name.addEventListener('click', open);
    }
    const row = element('tr', {},
      cell('col-rank', grid.rank),
      cell('col-change', rankChange(grid)),
      cell('col-grid', element('span', {}, name, element('span', { className: 'muted review-grid-meta', text: meta }))),
      cell('col-score', scoreBar(grid.score)),
      ...COMPONENTS.map((component) => {
        const value = grid.components?.[component] ?? null;
        const td = cell('col-component', formatPercent(value));
        td.dataset.component = component;
        if (value === null) {
          td.title = t('review.component.noData');
          td.classList.add('muted');
        }
        return td;
      }));
    row.dataset.code = grid.code;
    row.dataset.rank = String(grid.rank);
    return row;
  }));
}

/** ↑2 / ↓1 / – since last quarter, — when the grid was not ranked then; data-change holds the number. */
function rankChange(grid) {
  const change = grid.rankChange ?? null;
  const kind = change === null ? 'none' : change > 0 ? 'up' : change < 0 ? 'down' : 'same';
  const text = { none: '—', up: `↑${change}`, down: `↓${-change}`, same: '–' }[kind];
  const badge = element('span', { className: `rank-change rank-${kind}`, text });
  badge.dataset.change = String(change);
  badge.title = kind === 'none' ? t('review.change.none')
    : t(`review.change.${kind}`, { count: Math.abs(change), last: grid.lastRank });
  badge.setAttribute('aria-label', badge.title);
  return badge;
}

function scoreBar(score) {
  const value = typeof score === 'number' ? score : 0;
  const bar = element('span', { className: 'score-bar' });
  bar.style.width = `${Math.max(0, Math.min(100, value))}%`;
  return element('span', { className: 'score-cell' },
    element('span', { className: 'score-value', text: new Intl.NumberFormat(locale(), { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(value) }),
    element('span', { className: 'score-track' }, bar));
}

function renderWeightsForm() {
  const weights = state.weights ?? {};
  elements.form.replaceChildren(...COMPONENTS.map((component) => {
    const input = element('input');
    Object.assign(input, { type: 'number', min: '0', max: '100', step: '1', id: `weight-${component}`, name: component });
    input.dataset.component = component;
    input.value = typeof weights[component] === 'number' ? String(Math.round(weights[component] * 1000) / 10) : '';
    const label = element('label', { className: 'weight-field' },
      element('span', { text: t(`review.component.${component}`) }),
      element('span', { className: 'weight-input' }, input, element('span', { className: 'muted', text: '%' })));
    label.htmlFor = input.id;
    return label;
  }));
  renderWeightSum(state.weights);
}

function renderWeightSum(weights) {
  elements.sum.textContent = weights ? t('review.weights.sum', { sum: formatPercent(sumOf(weights)) }) : '';
}

function renderPublishedList() {
  if (!state.published.length) {
    elements.publishedList.replaceChildren(element('li', { className: 'muted', text: t('review.published.none') }));
    return;
  }
  elements.publishedList.replaceChildren(...state.published.map((quarter) => {
    const open = element('button', { className: 'link-button', text: periodName(quarter) });
    open.type = 'button';
    open.addEventListener('click', () => {
      state.showing = 'published';
      if (quarter !== state.quarter) {
        fillPeriodSelect(elements.quarter, quarter, { months: false });
        chooseQuarter(quarter);
      } else {
        load();
      }
    });
    const exports = ['xlsx', 'csv'].map((format) => {
      const button = element('button', { className: 'button button-small', text: t(`export.${format}`) });
      button.type = 'button';
      button.dataset.export = format;
      button.addEventListener('click', () => exportReview(quarter, format, button));
      return button;
    });
    const item = element('li', {}, open, element('span', { className: 'export-buttons' }, ...exports));
    item.dataset.quarter = quarter;
    return item;
  }));
}

/** The quarter before this one, the last whose records are complete: what a quarterly meeting reviews. */
function lastCompleteQuarter() {
  const [year, quarter] = thisQuarter().split('-Q').map(Number);
  return quarter === 1 ? `${year - 1}-Q4` : `${year}-Q${quarter - 1}`;
}

/** 任务完成率 35%、问题按期整改率 20%… as shares of the weights' sum, which is what the score uses. */
function weightList(weights) {
  const total = sumOf(weights);
  return COMPONENTS.map((component) => `${t(`review.component.${component}`)} ${formatPercent((weights?.[component] ?? 0) / total)}`)
    .join(t('common.listSeparator'));
}

function sumOf(weights) {
  return COMPONENTS.reduce((sum, component) => sum + (weights?.[component] ?? 0), 0) || 1;
}
