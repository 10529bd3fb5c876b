// The coverage map (覆盖图): the district's first-level grids — or, for the staff of a city of several districts,
// the districts, then a district's first-level grids — coloured by a measure of a period —
// coverage of the sources due, duty completion, overdue duties, open problems, complaints —, with
// a drill-down into a grid's children and back, grids without a supervisor hatched, the areas no
// grid covers marked, problems and complaints as a point layer, and a side panel with the figures
// of the grid in view or picked and their trend over the last periods.
// The server sends only the grids the signed-in person may read; a grid chief sees their own.

import {
  fetchCoverage, fetchCoveragePoints, fetchCoverageRows, fetchCoverageTrend, fetchFile, fetchFindings, fetchGrids,
} from '../components/api.js';
import { element, fieldList, saveFile } from '../components/dom.js';
import { describeError, formatPercent, levelName } from '../components/format.js';
import { wireGisDownloads } from '../components/gis-download.js';
import { createGridStaffPanel } from '../components/grid-staff.js';
import { renderCoverageLegend, renderPointLegend } from '../components/legend.js';
import { latestOnly } from '../components/latest.js';
import { createMap, fitToLayers } from '../components/map.js';
import { startPage } from '../components/page.js';
import {
  CUSTOM_PERIOD, fillPeriodSelect, parsePeriod, parseRange, periodName, thisQuarter,
} from '../components/period.js';
import { isLeaving } from '../components/session.js';
import { simplifyMetres } from '../config.js';
import { onLanguageChange, t } from '../i18n/index.js';
import { MEASURES, choroplethStyle, classOf, classesFor, unstaffedOverlay, valueOf } from '../layers/coverage.js';
import { DRAWN_KINDS, createFindingsLayer } from '../layers/findings.js';
import { createGridLayer, districtOutline, parentOutline } from '../layers/grids.js';
import { createPointLayer } from '../layers/points.js';
import { createEmergencyOverlay } from './coverage/emergencies.js';
import { declutterLabels } from './coverage/labels.js';
import { hasNobodyResponsible, staffingNote } from './coverage/staffing.js';
import { createTrendChart } from './coverage/trend.js';

/** The API's levels down the drill-down: the city view shows the districts, a district's view its first level. */
const LEVELS = ['district', 'first', 'second', 'third'];
const FIRST = LEVELS.indexOf('first');
const TREND_PERIODS = 4;
/** The levels that nobody supervises themselves: their grids are. */
const OVERSEEN = new Set(['city', 'district']);
const RATES = new Set(['duty_completion', 'coverage', 'complaints_on_time_rate', 'satisfaction_rate', 'mismatch_rate',
  'plan_progress']);
/** The side panel's figures, in groups as a grid's people think of them. */
const FIGURE_GROUPS = [
  ['duties', ['duties_due', 'duties_done', 'duties_done_on_time', 'duties_overdue', 'duty_completion']],
  ['objects', ['objects_due', 'objects_inspected', 'coverage']],
  ['patrols', ['patrols_due', 'patrols_done']],
  ['problems', ['problems_open', 'problems_overdue', 'problems_closed_on_time']],
  ['complaints', ['complaints_received', 'complaints_closed_on_time', 'complaints_on_time_rate', 'satisfaction_rate']],
  ['inspections', ['inspections', 'mismatch_rate']],
  ['plans', ['measures_due', 'measures_verified', 'plan_progress']],
];

const state = {
  period: null,
  measure: 'coverage',
  top: FIRST, // the index in LEVELS of the level the view starts at: the first one where the person has grids
  path: [], // the grids drilled into, outermost first; empty: the whole city or district
  selected: null, // a grid of the view picked for the panel; null: the panel shows the view's own grid
  levels: new Map(), // `${period}|${level}` → Promise of the FeatureCollection
  loaded: new Map(), // `${period}|${level}` → the FeatureCollection, once it came
  rootRows: new Map(), // period → Promise of the row of the city or district in view at the top (or null)
  city: null, // the city's row, when the view starts at the districts
  trends: new Map(), // `${period}|${code}` → Promise of the trend
  district: null, // the district's own FeatureCollection, for its outline, code and name
  findings: null, // the validation FeatureCollection, for the gaps of each view
  features: [], // the grids on show
  classes: [],
  layers: { grids: null, unstaffed: null, parent: null, district: null, findings: null },
  gapsCode: undefined, // the grid whose gaps layers.findings draws
  points: null, // the drawn point layer of pointsPeriod
  pointsPeriod: null,
  pointsError: null,
  loading: true, // until the first view came: "no grids" is not said before anything was asked
  error: null,
  panelRequest: 0,
};

const elements = {
  map: document.getElementById('map'),
  status: document.getElementById('status'),
  up: document.getElementById('coverage-up'),
  breadcrumb: document.getElementById('coverage-breadcrumb'),
  measure: document.getElementById('coverage-measure'),
  period: document.getElementById('coverage-period'),
  range: document.getElementById('coverage-range'),
  rangeFrom: document.getElementById('coverage-range-from'),
  rangeTo: document.getElementById('coverage-range-to'),
  exports: document.querySelectorAll('[data-export]'),
  panel: document.getElementById('coverage-grid'),
  panelPeriod: document.getElementById('grid-period'),
  empty: document.querySelector('#coverage-grid .details-empty'),
  summary: document.querySelector('#coverage-grid .grid-summary'),
  name: document.querySelector('#coverage-grid [data-field="name"]'),
  code: document.querySelector('#coverage-grid [data-field="code"]'),
  staffed: document.querySelector('#coverage-grid [data-field="staffed"]'),
  figures: document.getElementById('coverage-figures'),
  trendTitle: document.getElementById('trend-title'),
  trend: document.getElementById('coverage-trend'),
  trendNote: document.getElementById('trend-note'),
  legendMeasure: document.getElementById('legend-measure'),
  legend: document.getElementById('legend-items'),
  pointsToggle: document.getElementById('toggle-points'),
  pointsCount: document.querySelector('[data-count-for="points"]'),
  pointsLegend: document.getElementById('points-legend'),
};

const page = startPage();
/** Loads the view on show: a period or level chosen again supersedes the load under way. */
const loadView = latestOnly();
const map = createMap(elements.map);
const emergencies = createEmergencyOverlay(map, document.getElementById('toggle-emergencies'),
  document.querySelector('[data-count-for="emergencies"]'), () => state.period);
const chart = createTrendChart(elements.trend);
const gridStaff = createGridStaffPanel(document.getElementById('grid-staff'));

if (page.signedIn) {
  const query = new URLSearchParams(window.location.search);
  const asked = query.get('period');
  state.period = parsePeriod(asked) || parseRange(asked) ? asked : thisQuarter();
  state.measure = query.get('measure') in MEASURES ? query.get('measure') : state.measure;
  elements.measure.value = state.measure;
  fillPeriodSelect(elements.period, state.period, { custom: true });
  bindControls();
  start(page.me);
}

function bindControls() {
  elements.measure.addEventListener('change', () => chooseMeasure(elements.measure.value));
  elements.period.addEventListener('change', () => {
    if (elements.period.value === CUSTOM_PERIOD) {
      offerRange();
    } else {
      elements.range.hidden = true;
      choosePeriod(elements.period.value);
    }
  });
  elements.range.addEventListener('submit', (event) => {
    event.preventDefault();
    const period = `${elements.rangeFrom.value}/${elements.rangeTo.value}`;
    if (!parseRange(period)) {
      elements.rangeTo.setCustomValidity(t('coverage.range.invalid'));
      elements.rangeTo.reportValidity();
      return;
    }
    elements.range.hidden = true;
    choosePeriod(period);
  });
  elements.rangeTo.addEventListener('input', () => elements.rangeTo.setCustomValidity(''));
  elements.up.addEventListener('click', () => goTo(state.path.length - 1));
  elements.exports.forEach((button) => button.addEventListener('click', () => exportTable(button)));
  // GIS files hold every grid of the period the person may read, whatever the drill-down shows.
  wireGisDownloads(document.getElementById('coverage-gis-download'),
    () => ({ collection: 'coverage', params: { period: state.period } }));
  elements.pointsToggle.addEventListener('change', () => updatePoints());
  map.on('click', () => select(null));
  // After every zoom (moveend follows zoomend, where the grid layer shows or hides its labels) and pan.
  map.on('moveend', () => placeLabels());
  onLanguageChange(() => {
    map.closePopup();
    fillPeriodSelect(elements.period, state.period, { custom: true });
    draw();
    renderBreadcrumb();
    renderStatus();
    renderPointsPanel();
    renderPanel();
  });
}

/** header: the signed-in person on their way; their role's links change the header's height, which the fit needs. */
async function start(header) {
  renderStatus();
  renderPointsPanel();
  await Promise.allSettled([header, loadDistrict(), loadFindings(), findTop()]);
  await show({ fit: true });
}

/**
 * Starts the view at the first level where the person has grids: the districts for the staff of a city of several,
 * the district's first-level grids for a district's staff and a grid chief, the communities and villages for a
 * supervisor of those — who may read no first-level grid.
 */
async function findTop() {
  for (let index = 0; index < LEVELS.length; index += 1) {
    try {
      const collection = await loadLevel(state.period, LEVELS[index]);
      const drawn = (collection.features ?? []).filter((feature) => feature?.geometry).length;
      // One district is no choice: its first-level grids are the view.
      if (drawn > (index === 0 ? 1 : 0)) {
        state.top = index;
        state.city = index === 0 ? (await fetchCoverageRows({ period: state.period, level: 'city' }))[0] ?? null : null;
        return;
      }
    } catch (error) {
      // show() reports what went wrong with the first level.
      return;
    }
  }
}

/** The API's level of the grids on show. */
function levelOnShow() {
  return LEVELS[state.top + state.path.length];
}

/** The legend floats over the map's top right corner on a wide screen: the grids are fitted beside it, not under it. */
function fitPadding() {
  const legend = document.getElementById('legend');
  const over = legend && getComputedStyle(legend).position === 'absolute';
  return over ? { paddingTopLeft: [16, 16], paddingBottomRight: [legend.offsetWidth + 20, 16] } : { padding: [12, 12] };
}

// What is on show

/** Loads and draws the view (the district's first-level grids, or a grid's children) for the period. */
async function show({ fit = false } = {}) {
  const level = levelOnShow();
  state.loading = true;
  state.error = null;
  delete document.body.dataset.coverageLoaded;
  delete document.body.dataset.coverageError;
  Object.assign(document.body.dataset, { coverageLevel: level, coverageParent: viewCode() ?? '', period: state.period });
  renderStatus();
  renderBreadcrumb();
  // The levels above name the grids drilled into and outline the one in view.
  const levels = LEVELS.slice(state.top, state.top + state.path.length + 1);
  await loadView(() => Promise.all(levels.map((each) => loadLevel(state.period, each))), {
    loaded: (collections) => {
      const parent = state.path.at(-1);
      state.features = (collections.at(-1).features ?? [])
        .filter((feature) => feature?.geometry && (!parent || feature.properties?.parent === parent));
      draw();
      if (fit) {
        // The whole district is the context of its first-level grids; a supervisor's grids are fitted alone.
        const whole = state.top + state.path.length === FIRST;
        fitToLayers(map, [state.layers.grids?.layer, whole ? state.layers.district : null], fitPadding());
      }
      placeLabels();
      document.body.dataset.coverageLoaded = String(state.features.length);
    },
    failed: (error) => {
      state.error = error;
      document.body.dataset.coverageError = describeError(error);
    },
    settled: () => {
      state.loading = false;
      renderStatus();
      renderBreadcrumb();
      renderPanel();
    },
  });
}

/** Draws the grids on show in the classes of the measure, their hatches, outlines and gaps, and the legend. */
function draw() {
  const { layers } = state;
  layers.grids?.remove();
  layers.unstaffed?.remove();
  layers.parent?.remove();
  const measure = state.measure;
  state.classes = classesFor(measure, state.features);
  const collection = { type: 'FeatureCollection', features: state.features };
  layers.grids = createGridLayer(map, collection, {
    onSelect: (code) => pick(code),
    style: choroplethStyle(state.classes, measure),
    label: (feature) => `${feature.properties?.name ?? feature.properties?.code} ${formatValue(valueOf(feature, measure), measure)}`,
    data: (feature) => {
      const value = valueOf(feature, measure);
      return { value: String(value), class: String(classOf(state.classes, value)?.index ?? 'none') };
    },
  });
  layers.unstaffed = unstaffedOverlay(state.features.filter(hasNobodyResponsible)).addTo(map);
  const parent = featureOf(state.path.at(-1), state.path.length - 1);
  layers.parent = parent ? parentOutline(parent).addTo(map) : null;
  // The gaps depend on the grid in view only: a new measure or period keeps them.
  if (state.gapsCode !== viewCode()) {
    layers.findings?.layer.remove();
    state.gapsCode = viewCode();
    layers.findings = gapsOf(state.gapsCode);
    layers.findings?.layer.addTo(map);
  }
  layers.grids.select(state.selected);
  placeLabels();
  renderLegend();
}

/** Shows only the grid labels that fit their grid and do not overlap one another, biggest grids first. */
function placeLabels() {
  const shown = declutterLabels(map, elements.map, state.layers.grids, state.features);
  elements.map.dataset.labelsShown = String(shown);
}

/** The gaps and slivers inside the grid in view (the district's areas that no first-level grid covers). */
function gapsOf(code) {
  if (!state.findings || !code) {
    return null;
  }
  const features = (state.findings.features ?? []).filter((feature) => DRAWN_KINDS.includes(feature.properties?.kind)
    && (feature.properties?.codes ?? []).includes(code));
  return createFindingsLayer(map, { type: 'FeatureCollection', features }, { describeGrid: nameOf });
}

function renderLegend() {
  elements.legendMeasure.textContent = t('coverage.legend.measure', { measure: t(`measure.${state.measure}`), period: periodName(state.period) });
  renderCoverageLegend(elements.legend, {
    classes: state.classes,
    unstaffed: state.features.filter(hasNobodyResponsible).length,
    gaps: state.layers.findings ? state.layers.findings.countOf('GAP') : null,
    showsGaps: Boolean(state.layers.findings),
    hasDistrict: Boolean(state.layers.district),
  });
}

// Choices

function chooseMeasure(measure) {
  if (!(measure in MEASURES) || measure === state.measure) {
    return;
  }
  state.measure = measure;
  remember();
  draw();
  renderStatus();
  renderPanel();
}

function choosePeriod(period) {
  if (period === state.period) {
    return;
  }
  state.period = period;
  fillPeriodSelect(elements.period, period, { custom: true });
  remember();
  updatePoints();
  emergencies.update();
  show();
}

function offerRange() {
  const range = parseRange(state.period);
  elements.rangeFrom.value = range?.from ?? '';
  elements.rangeTo.value = range?.to ?? '';
  elements.range.hidden = false;
  elements.rangeFrom.focus();
}

/** The period and the measure stay in the address, so that a link or a reload shows the same map. */
function remember() {
  const url = new URL(window.location.href);
  url.searchParams.set('period', state.period);
  url.searchParams.set('measure', state.measure);
  window.history.replaceState(null, '', url);
}

/** A click on a grid: into its children when it has any, else its figures in the panel. */
async function pick(code) {
  const depth = state.top + state.path.length;
  if (depth + 1 < LEVELS.length) {
    try {
      const below = await loadLevel(state.period, LEVELS[depth + 1]);
      if ((below.features ?? []).some((feature) => feature.properties?.parent === code)) {
        state.path = [...state.path, code];
        state.selected = null;
        await show({ fit: true });
        return;
      }
    } catch (error) {
      // The level below could not be read: the grid's own figures are still worth showing.
      console.warn('Grids below not available', error);
    }
  }
  select(code);
}

function select(code) {
  state.selected = code && state.features.some((feature) => codeOf(feature) === code) ? code : null;
  state.layers.grids?.select(state.selected);
  renderPanel();
}

/** Back out to a depth of the drill-down: 0 is the whole city or district. */
function goTo(depth) {
  if (depth < 0 || depth >= state.path.length) {
    return;
  }
  state.selected = state.path[depth];
  state.path = state.path.slice(0, depth);
  show({ fit: true });
}

function renderBreadcrumb() {
  const crumbs = [[rootName(), 0]];
  state.path.forEach((code, index) => crumbs.push([nameOf(code) ?? code, index + 1]));
  elements.breadcrumb.replaceChildren(...crumbs.map(([name, depth], index) => {
    const last = index === crumbs.length - 1;
    const crumb = element(last ? 'span' : 'button', { className: last ? 'crumb crumb-current' : 'crumb', text: name });
    crumb.dataset.depth = String(depth);
    if (last) {
      crumb.setAttribute('aria-current', 'location');
    } else {
      crumb.type = 'button';
      crumb.addEventListener('click', () => goTo(depth));
    }
    return crumb;
  }));
  elements.up.hidden = state.path.length === 0;
}

// The side panel

/** The grid the panel speaks of: the one picked, else the one in view, else the city or district. */
function panelCode() {
  return state.selected ?? viewCode();
}

async function renderPanel() {
  const request = ++state.panelRequest;
  const code = panelCode();
  const period = state.period;
  elements.panelPeriod.textContent = periodName(period);
  const row = code ? await rowOf(code, period) : null;
  if (request !== state.panelRequest) {
    return;
  }
  elements.panel.dataset.state = row ? 'grid' : 'empty';
  elements.empty.hidden = Boolean(row);
  elements.summary.hidden = !row;
  // the city and its districts have nobody on them: their grids do
  gridStaff.show(row && !OVERSEEN.has(row.level) ? row.code : null);
  if (!row) {
    elements.panel.removeAttribute('data-code');
    chart.clear();
    return;
  }
  elements.panel.dataset.code = row.code;
  elements.name.textContent = row.name ?? row.code;
  elements.code.textContent = `${levelName(row.level)} · ${row.code}`;
  // The city and a district are never staffed themselves: only their grids are.
  const note = OVERSEEN.has(row.level) ? null : staffingNote(row);
  elements.staffed.hidden = !note;
  elements.staffed.textContent = note ?? '';
  elements.figures.replaceChildren(...FIGURE_GROUPS.map(([group, keys]) => element('div', { className: 'figure-group' },
    element('h3', { className: 'figure-group-title', text: t(`figures.${group}`) }),
    fieldList('figure-list', keys.map((key) => [t(`figure.${key}`), formatValue(row[key] ?? null, key), key])))));
  elements.figures.querySelectorAll(`[data-field="${state.measure}"]`).forEach((node) => node.classList.add('figure-current'));
  await renderTrend(code, period, request);
}

async function renderTrend(code, period, request) {
  const measure = state.measure;
  elements.trendTitle.textContent = t('coverage.trend', { measure: t(`measure.${measure}`), count: TREND_PERIODS });
  delete elements.trend.dataset.code;
  try {
    const trend = await trendOf(code, period);
    if (request !== state.panelRequest) {
      return;
    }
    elements.trendNote.hidden = true;
    chart.show(Array.isArray(trend) ? trend : [], { measure, rate: RATES.has(measure), label: t(`measure.${measure}`) });
    elements.trend.dataset.code = code;
  } catch (error) {
    if (request !== state.panelRequest) {
      return;
    }
    chart.clear();
    elements.trendNote.hidden = false;
    elements.trendNote.textContent = t('coverage.trend.failed', { detail: describeError(error) });
  }
}

/** A grid's row of figures for the period: from the features on show or above, the city's or district's by itself. */
async function rowOf(code, period) {
  if (code === rootCode()) {
    return rootRow(period);
  }
  for (let depth = state.path.length; depth >= 0; depth -= 1) {
    const feature = featureOf(code, depth);
    if (feature) {
      return feature.properties;
    }
  }
  return null;
}

function rootRow(period) {
  if (!state.rootRows.has(period)) {
    const request = fetchCoverageRows({ period, level: state.city ? 'city' : 'district' })
      .then((rows) => (Array.isArray(rows) ? rows.find((row) => row.code === rootCode()) ?? null : null))
      // The figures of the whole are context: a role that may not read them still gets the map.
      .catch(() => null);
    state.rootRows.set(period, request);
  }
  return state.rootRows.get(period);
}

function trendOf(code, period) {
  const key = `${period}|${code}`;
  if (!state.trends.has(key)) {
    const request = fetchCoverageTrend({ grid: code, period, count: TREND_PERIODS });
    request.catch(() => state.trends.delete(key));
    state.trends.set(key, request);
  }
  return state.trends.get(key);
}

// Problems and complaints

/** Draws the period's points while the toggle is on, fetching them when the period changed. */
async function updatePoints() {
  const wanted = elements.pointsToggle.checked;
  const period = state.period;
  if (state.points && (!wanted || state.pointsPeriod !== period)) {
    state.points.layer.remove();
  }
  if (!wanted) {
    delete document.body.dataset.pointsShown;
    renderPointsPanel();
    return;
  }
  if (state.pointsPeriod !== period) {
    state.points = null;
    state.pointsError = null;
    state.pointsPeriod = period;
    renderPointsPanel();
    try {
      const collection = await fetchCoveragePoints({ period });
      if (state.pointsPeriod !== period) {
        return;
      }
      state.points = createPointLayer(collection, { describeGrid: nameOf });
    } catch (error) {
      if (state.pointsPeriod !== period) {
        return;
      }
      state.pointsError = error;
      // Fetched again when next asked for.
      state.pointsPeriod = null;
    }
  }
  if (state.points && elements.pointsToggle.checked) {
    state.points.layer.addTo(map);
    document.body.dataset.pointsShown = String(state.points.count);
  }
  renderPointsPanel();
}

function renderPointsPanel() {
  const points = state.pointsPeriod === state.period ? state.points : null;
  elements.pointsCount.textContent = state.pointsError ? t('layers.failed')
    : points ? t('layers.count', { count: points.count })
      : elements.pointsToggle.checked ? t('layers.loading') : '';
  elements.pointsCount.title = state.pointsError ? describeError(state.pointsError) : '';
  elements.pointsCount.closest('.layer-group').dataset.state = state.pointsError ? 'error' : points ? 'loaded' : 'idle';
  renderPointLegend(elements.pointsLegend, points);
}

// Exports

async function exportTable(button) {
  const format = button.dataset.export;
  const level = levelOnShow();
  const parent = state.path.at(-1);
  button.disabled = true;
  try {
    // What is on show: a grid's children once drilled into, else the level the view starts at.
    const { blob, filename } = await fetchFile(`api/coverage.${format}`, {
      params: parent ? { period: state.period, parent } : { period: state.period, level },
      fallbackName: `coverage-${state.period}.${format}`,
    });
    saveFile(blob, filename);
  } catch (error) {
    renderStatus(t('coverage.export.failed', { detail: describeError(error) }));
  } finally {
    button.disabled = false;
  }
}

// Context: the district and its gaps

async function loadDistrict() {
  try {
    state.district = await fetchGrids({ level: 'district', simplify: simplifyMetres[1] });
    if (state.district.features?.length > 0) {
      state.layers.district = districtOutline(state.district).addTo(map);
    }
  } catch (error) {
    // The outline is context only; the grids carry the page.
    console.warn('District outline not available', error);
  }
}

async function loadFindings() {
  try {
    state.findings = await fetchFindings();
  } catch (error) {
    // Gaps are the district's business: a role that may not read them gets the map without them.
    console.warn('Coverage gaps not available', error);
  }
}

function loadLevel(period, level) {
  const key = `${period}|${level}`;
  if (!state.levels.has(key)) {
    const request = fetchCoverage({ period, level }).then((collection) => {
      state.loaded.set(key, collection);
      return collection;
    });
    // A failed fetch is tried again the next time the level is asked for.
    request.catch(() => state.levels.delete(key));
    state.levels.set(key, request);
  }
  return state.levels.get(key);
}

// Lookups

/** The grid whose children are on show: the last one drilled into, else the city or district. */
function viewCode() {
  return state.path.at(-1) ?? rootCode();
}

/** The whole the view starts from: the city when it starts at the districts, else the district. */
function rootCode() {
  return state.city ? state.city.code : districtCode();
}

function rootName() {
  return state.city ? state.city.name ?? t('coverage.city') : districtName() ?? t('coverage.district');
}

function districtCode() {
  const feature = state.district?.features?.[0];
  return feature ? codeOf(feature) : null;
}

function districtName() {
  return state.district?.features?.[0]?.properties?.name ?? null;
}

/** A grid's feature at a depth of the drill-down (0: first-level grids), if that level is loaded. */
function featureOf(code, depth) {
  if (!code || depth < 0) {
    return null;
  }
  if (depth === state.path.length) {
    return state.features.find((feature) => codeOf(feature) === code) ?? null;
  }
  const loaded = state.loaded.get(`${state.period}|${LEVELS[state.top + depth]}`);
  return loaded?.features?.find((feature) => codeOf(feature) === code) ?? null;
}

function nameOf(code) {
  if (code && code === rootCode()) {
    return rootName();
  }
  for (let depth = state.path.length; depth >= 0; depth -= 1) {
    const feature = featureOf(code, depth);
    if (feature) {
      return feature.properties?.name ?? null;
    }
  }
  return null;
}

function codeOf(feature) {
  return String(feature.properties?.code ?? feature.id ?? '');
}

function formatValue(value, key) {
  if (value === null || value === undefined) {
    return '—';
  }
  return RATES.has(key) ? formatPercent(value) : String(value);
}

function renderStatus(override) {
  const tier = t(`coverage.level.${levelOnShow()}`);
  let text;
  let kind = 'info';
  if (isLeaving()) {
    text = t('login.signedOut');
  } else if (override) {
    text = override;
    kind = 'error';
  } else if (state.error) {
    text = t('coverage.status.error', { detail: describeError(state.error) });
    kind = 'error';
  } else if (state.loading) {
    text = t('coverage.status.loading', { period: periodName(state.period) });
  } else if (!state.features.length) {
    text = t('coverage.status.empty', { period: periodName(state.period), tier });
    kind = 'warning';
  } else {
    text = t('coverage.status.loaded', {
      period: periodName(state.period), count: state.features.length, tier, measure: t(`measure.${state.measure}`),
    });
  }
  elements.status.textContent = text;
  elements.status.dataset.kind = kind;
}
