// Pilots and eco-creation for the district meeting: the pilot grids coloured by the share of targets met (or the
// creation grids by their stage) on a map, the tables of pilots and creations beside it, and the .xlsx export.
// Pilots, progress and stages are entered through the API (/api/pilots, /api/creations).

import { fetchCreations, fetchFile, fetchGrids, fetchPilots } from '../components/api.js';
import { cell, element, emptyRow, saveFile } from '../components/dom.js';
import { describeProblem, formatPercent } from '../components/format.js';
import { L } from '../components/leaflet.js';
import { createMap, fitToLayers } from '../components/map.js';
import { startPage } from '../components/page.js';
import { t } from '../i18n/index.js';

const $ = (selector) => document.querySelector(selector);
const page = startPage({ status: $('#pilot-status') });
/** Colours of the share of targets met: none, some, at least half, all. */
const PROGRESS = [
  { key: 'pilot.band.none', colour: '#d73027', test: (share) => share === 0 },
  { key: 'pilot.band.some', colour: '#fc8d59', test: (share) => share < 0.5 },
  { key: 'pilot.band.half', colour: '#fee08b', test: (share) => share < 1 },
  { key: 'pilot.band.all', colour: '#1a9850', test: () => true },
];
/** Colours of the creation stages, in their order (declared … named by the province). */
const STAGES = ['declared', 'in_progress', 'county_accepted', 'city_named', 'province_named'];
const STAGE_COLOURS = ['#c7e9c0', '#a1d99b', '#74c476', '#31a354', '#006d2c'];
const state = { pilots: [], creations: [], grids: null, map: null, layer: null };

if (page.signedIn) {
  start();
}

async function start() {
  $('#pilot-export').addEventListener('click', exportTable);
  $('#pilot-colour').addEventListener('change', drawMap);
  try {
    [state.pilots, state.creations, state.grids] = await Promise.all([fetchPilots(), fetchCreations(),
      fetchGrids({ simplify: 5 })]);
  } catch (error) {
    page.say('pilot.failed', { detail: describeProblem(error) }, 'error');
    return;
  }
  pilotTable();
  creationTable();
  drawMap();
}

function band(share) {
  return PROGRESS.find((b) => b.test(share));
}

function number(value) {
  return Number.isInteger(value) ? String(value) : value.toFixed(1);
}

function pilotTable() {
  const body = $('.pilot-table tbody');
  body.replaceChildren(...state.pilots.map((p) => element('tr', {},
    cell('', p.gridName), cell('', p.title), cell('', `${p.fromYear}–${p.toYear}`),
    cell('pilot-targets', element('ul', {}, ...p.targets.map((target) => element('li', {
      className: target.met ? 'target-met' : '',
      text: `${target.indicator} ${target.reached == null ? '—' : number(target.reached)}/${number(target.target)}`
        + `${target.unit}`,
    })))),
    cell('pilot-share', shareSwatch(p.share)))));
  if (!state.pilots.length) {
    body.append(emptyRow($('.pilot-table'), t('pilot.none')));
  }
}

function shareSwatch(share) {
  const swatch = element('span', { className: 'share-swatch', text: formatPercent(share, 0) });
  swatch.style.borderLeftColor = band(share).colour;
  return swatch;
}

function creationTable() {
  const body = $('.creation-table tbody');
  body.replaceChildren(...state.creations.map((c) => element('tr', {},
    cell('', c.gridName), cell('', t(`pilot.stage.${c.stage}`)),
    cell('', c.stages.map((s) => `${t(`pilot.stage.${s.stage}`)} ${s.reachedOn}`).join(' → ')))));
  if (!state.creations.length) {
    body.append(emptyRow($('.creation-table'), t('pilot.noCreations')));
  }
}

/** The grids of the pilots (or creations), coloured; a grid with several pilots takes the least advanced. */
function drawMap() {
  if (!L || !state.grids) {
    return;
  }
  state.map ??= createMap($('#pilot-map'));
  state.layer?.remove();
  const byStage = $('#pilot-colour').value === 'stage';
  const colours = new Map();
  if (byStage) {
    state.creations.forEach((c) => colours.set(c.grid, STAGE_COLOURS[c.stageIndex]));
  } else {
    const least = new Map();
    state.pilots.forEach((p) => least.set(p.grid, Math.min(least.get(p.grid) ?? 1, p.share)));
    least.forEach((share, grid) => colours.set(grid, band(share).colour));
  }
  const features = state.grids.features.filter((f) => colours.has(f.properties.code));
  state.layer = L.geoJSON({ type: 'FeatureCollection', features }, {
    style: (f) => ({ color: '#334155', weight: 1.5, fillColor: colours.get(f.properties.code), fillOpacity: 0.7 }),
    onEachFeature: (f, layer) => layer.bindTooltip(f.properties.name ?? f.properties.code),
  }).addTo(state.map);
  fitToLayers(state.map, [state.layer]);
  $('#pilot-legend').replaceChildren(...(byStage
    ? STAGES.map((stage, i) => legendItem(STAGE_COLOURS[i], t(`pilot.stage.${stage}`)))
    : PROGRESS.map((b) => legendItem(b.colour, t(b.key)))));
}

function legendItem(colour, text) {
  const swatch = element('span', { className: 'swatch swatch-fill' });
  swatch.style.background = colour;
  swatch.style.borderColor = '#334155';
  return element('li', {}, swatch, element('span', { text }));
}

async function exportTable() {
  try {
    const { blob, filename } = await fetchFile('api/pilots.xlsx', { fallbackName: 'pilots.xlsx' });
    saveFile(blob, filename);
  } catch (error) {
    page.say('pilot.failed', { detail: describeProblem(error) }, 'error');
  }
}
