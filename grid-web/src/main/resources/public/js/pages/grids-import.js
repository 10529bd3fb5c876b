// The grid boundary import page (administrators): pick a file (GeoJSON, GeoPackage, zipped Shapefile), see its own
// keys with sample values and the coordinate system found, choose or confirm the mapping and the options, dry-run,
// see what the server found on the map and in a list (each finding clickable), and accept — the same request without
// dryRun — or cancel. Uploads show their progress; every refusal is said on the page.

import { fetchGrids, importGridFile, inspectGridFile } from '../components/api.js';
import { element, fieldList, option } from '../components/dom.js';
import { vocabularyName } from '../components/format.js';
import { renderFindingLegend } from '../components/legend.js';
import { latestOnly } from '../components/latest.js';
import { createMap, fitToLayers } from '../components/map.js';
import { startPage } from '../components/page.js';
import { simplifyMetres } from '../config.js';
import { onLanguageChange, t } from '../i18n/index.js';
import { ALL_KINDS, createFindingsLayer } from '../layers/findings.js';
import { createGridLayer, districtOutline } from '../layers/grids.js';
import { createMappingForm, crsName, fillCrsChoices, ownCrs } from './grids-import/mapping.js';
import { findingsCollection, renderOutcome, renderProblems, renderRefusal } from './grids-import/report.js';

const elements = {
  map: document.getElementById('map'),
  status: document.getElementById('status'),
  legend: document.getElementById('legend'),
  legendItems: document.getElementById('legend-items'),
  fileInput: document.getElementById('import-file-input'),
  fileCrsField: document.getElementById('file-crs-field'),
  fileCrs: document.getElementById('file-crs'),
  progress: document.getElementById('import-progress'),
  progressBar: document.getElementById('import-progress-bar'),
  progressText: document.getElementById('import-progress-text'),
  content: document.getElementById('import-content'),
  facts: document.getElementById('import-facts'),
  layerField: document.getElementById('import-layer-field'),
  layer: document.getElementById('import-layer'),
  keys: document.querySelector('#import-keys tbody'),
  fileProblems: document.getElementById('import-file-problems'),
  form: document.getElementById('import-mapping'),
  mappingError: document.getElementById('mapping-error'),
  dryRun: document.getElementById('import-dry-run'),
  result: document.getElementById('import-result'),
  accept: document.getElementById('import-accept'),
  cancel: document.getElementById('import-cancel'),
};
const report = {
  verdict: document.getElementById('import-verdict'),
  changes: document.getElementById('import-changes'),
  counts: document.getElementById('import-counts'),
  problems: document.getElementById('import-problems'),
  findings: document.getElementById('import-findings'),
};

const state = {
  file: null,
  inspection: null,
  params: null, // the query of the dry run shown: accepting sends the same without dryRun
  outcome: null,
  collection: null, // the outcome's findings as a FeatureCollection, in the list's order
  refusal: null, // the refusal shown instead of an outcome
  grids: null, // the file's grids as drawn
  findings: null, // the findings as drawn
  district: null, // the stored district's outline, for context
};

const page = startPage({ status: elements.status });
const { say, fail } = page;
const map = createMap(elements.map);
const mapping = createMappingForm(elements.form, { onChange: () => outdate() });
/** A file chosen again, or another layer of it, supersedes the reading under way. */
const readLatest = latestOnly();

if (page.signedIn) {
  start();
}

async function start() {
  const me = await page.me;
  if (me?.role !== 'admin') {
    // The server refuses the import to anyone else anyway; the page says so instead of offering it.
    elements.fileInput.disabled = true;
    say('gridsImport.status.adminOnly', {}, 'error');
    return;
  }
  elements.fileInput.addEventListener('change', () => choose(elements.fileInput.files[0] ?? null));
  elements.layer.addEventListener('change', () => read(elements.layer.value));
  elements.fileCrs.addEventListener('change', () => read(state.inspection?.layer ?? null));
  elements.form.addEventListener('submit', (event) => {
    event.preventDefault();
    dryRun();
  });
  elements.accept.addEventListener('click', () => accept());
  elements.cancel.addEventListener('click', () => cancel());
  onLanguageChange(() => {
    map.closePopup();
    mapping.refresh();
    fillCrsChoices(elements.fileCrs, t('gridsImport.file.crs.choose'));
    renderContent();
    renderResult();
  });
  say('gridsImport.status.choose');
  loadDistrict();
}

async function loadDistrict() {
  try {
    const district = await fetchGrids({ level: 'district', simplify: simplifyMetres[1] });
    state.district?.remove();
    state.district = district.features?.length ? districtOutline(district).addTo(map) : null;
    if (state.district && !state.grids) {
      fitToLayers(map, [state.district]);
    }
  } catch (error) {
    // The stored outline is context only; the file is what the page is about.
    console.warn('District outline not available', error);
  }
}

// 1–2: the file and what is in it

function choose(file) {
  clearResult();
  state.file = file;
  state.inspection = null;
  elements.content.hidden = true;
  elements.form.hidden = true;
  elements.fileCrsField.hidden = true;
  elements.fileCrs.value = '';
  if (file) {
    read(null);
  } else {
    say('gridsImport.status.choose');
  }
}

async function read(layer) {
  const file = state.file;
  clearResult();
  say('gridsImport.status.reading', { file: file.name });
  const crs = elements.fileCrs.value || null;
  await readLatest(() => inspectGridFile(file, { layer, crs }, { onProgress: progress('reading') }), {
    loaded: (found) => {
      state.inspection = found;
      renderContent();
      mapping.fill(found);
      elements.content.hidden = false;
      elements.form.hidden = false;
      say('gridsImport.status.read', { features: found.features ?? 0, keys: found.keys?.length ?? 0 });
      // Where the file lies, before anything is drawn: a file far from the district shows as such.
      const [west, south, east, north] = Array.isArray(found.bbox) ? found.bbox : [];
      if ([west, south, east, north].every(Number.isFinite)) {
        map.fitBounds([[south, west], [north, east]], { padding: [16, 16] });
      }
      document.body.dataset.importState = 'inspected';
    },
    failed: (error) => {
      state.refusal = error;
      renderResult();
      // Projected metres in a file that does not say its coordinate system: the admin names it, the file is read again.
      if (refusedFor(error, 'crs.unknown')) {
        fillCrsChoices(elements.fileCrs, t('gridsImport.file.crs.choose'));
        elements.fileCrsField.hidden = false;
      }
      fail('gridsImport.status.readFailed', error);
      document.body.dataset.importState = 'refused';
    },
    settled: () => progress()(null),
  });
}

function renderContent() {
  const found = state.inspection;
  if (!found) {
    return;
  }
  // a coordinate system the file names, or the one the admin named for it
  const crs = ownCrs(found) || found.crs?.source === 'parameter' ? t('gridsImport.crs.found', {
    name: crsName(found.crs), source: vocabularyName('gridsImport.crsSource', found.crs.source),
  }) : t('gridsImport.crs.none');
  const rows = fieldList('', [
    [t('gridsImport.fact.file'), state.file?.name ?? '—', 'file'],
    [t('gridsImport.fact.format'), vocabularyName('gridsImport.format', found.format), 'format'],
    [t('gridsImport.fact.features'), found.features ?? 0, 'features'],
    [t('gridsImport.fact.geometry'), (found.geometry_types ?? []).join(t('common.listSeparator')) || '—', 'geometry'],
    [t('gridsImport.fact.crs'), crs, 'crs'],
  ]);
  elements.facts.replaceChildren(...rows.childNodes);
  // Features that cannot be read are named before the dry run, each with where it is.
  renderProblems(elements.fileProblems, Array.isArray(found.problems) ? found.problems : []);
  const layers = Array.isArray(found.layers) ? found.layers : [];
  elements.layerField.hidden = layers.length < 2;
  elements.layer.replaceChildren(...layers.map((name) => option(name, name)));
  elements.layer.value = found.layer ?? '';
  const keys = Array.isArray(found.keys) ? found.keys : [];
  elements.keys.replaceChildren(...(keys.length ? keys.map(({ key, samples }) => {
    const row = element('tr', {}, element('td', { text: key }),
      element('td', { className: 'samples', text: (samples ?? []).join(t('common.listSeparator')) }));
    row.dataset.key = key;
    return row;
  }) : [element('tr', {}, element('td', { className: 'muted', text: t('gridsImport.keys.none') }))]));
}

// 3–4: dry run, then accept or cancel

async function dryRun() {
  let params;
  try {
    params = mapping.params();
  } catch (error) {
    elements.mappingError.textContent = error.message;
    elements.mappingError.hidden = false;
    return;
  }
  elements.mappingError.hidden = true;
  clearResult();
  state.params = params;
  say('gridsImport.status.validating');
  await send({ ...params, dryRun: 'true' }, 'gridsImport.status.dryRunFailed');
}

async function accept() {
  if (!state.params || !state.outcome?.accepted) {
    return;
  }
  say('gridsImport.status.importing');
  await send(state.params, 'gridsImport.status.importFailed');
}

/** Sends the file with the query; shows what came back — an outcome, a rejected layer's report or a refusal. */
async function send(params, failureKey) {
  const file = state.file;
  busy(true);
  try {
    const outcome = await importGridFile(file, params, { onProgress: progress('validating') });
    show(outcome);
    if (outcome.dry_run) {
      say(outcome.accepted ? 'gridsImport.status.acceptable' : 'gridsImport.status.rejected', {
        errors: outcome.summary?.errors ?? 0, warnings: outcome.summary?.warnings ?? 0,
      }, outcome.accepted ? 'success' : 'warning');
    } else {
      say('gridsImport.status.imported', { version: outcome.layer_version, total: outcome.grids?.layer_total ?? 0 },
        'success');
      loadDistrict();
    }
  } catch (error) {
    // A layer refused for its findings carries the whole report: it is shown like a dry run's.
    if (error?.status === 422 && Array.isArray(error.problem?.findings)) {
      show({ ...error.problem, dry_run: false, accepted: false });
    } else {
      state.refusal = error;
      renderResult();
      document.body.dataset.importState = 'refused';
    }
    fail(failureKey, error);
  } finally {
    busy(false);
    progress()(null);
  }
}

function show(outcome) {
  state.outcome = outcome;
  state.refusal = null;
  const collection = findingsCollection(outcome);
  clearLayers();
  if (outcome.features) {
    state.grids = createGridLayer(map, outcome.features, {
      onSelect: (code) => state.grids.select(code),
      data: (feature) => ({ change: feature.properties?.change ?? '' }),
    });
  }
  state.findings = createFindingsLayer(map, collection, { describeGrid: nameOf, kinds: ALL_KINDS });
  state.findings.layer.addTo(map);
  state.collection = collection;
  renderResult();
  fitToLayers(map, [state.grids?.layer, state.findings.layer, state.district]);
  document.body.dataset.importState = outcome.dry_run ? 'dry-run' : outcome.accepted ? 'imported' : 'rejected';
  document.body.dataset.findings = String(collection.features.length);
}

function renderResult() {
  const outcome = state.outcome;
  elements.result.hidden = !outcome && !state.refusal;
  if (state.refusal) {
    renderRefusal(report, state.refusal);
  } else if (outcome) {
    renderOutcome(report, outcome, {
      mode: state.params?.mode ?? 'merge',
      collection: state.collection,
      describeGrid: nameOf,
      onFocus: (feature) => state.findings?.focus(feature),
    });
  }
  // Accepting is offered for a dry run the server found acceptable, and only for it.
  elements.accept.hidden = !(outcome?.dry_run && outcome.accepted);
  elements.cancel.textContent = t(outcome && !outcome.dry_run && outcome.accepted ? 'gridsImport.another' : 'gridsImport.cancel');
  const levels = [...new Set((state.grids ? state.grids.layer.getLayers() : [])
    .map((layer) => layer.feature?.properties?.level).filter(Boolean))];
  renderFindingLegend(elements.legendItems, { findings: state.findings, levels });
  elements.legend.hidden = !elements.legendItems.hasChildNodes();
}

/** The choices changed: a result shown for the old ones must not be accepted. */
function outdate() {
  elements.mappingError.hidden = true;
  if (state.outcome || state.refusal) {
    clearResult();
    say('gridsImport.status.changed');
  }
}

/** Cancels a dry run (nothing is kept), or after an import starts over with another file. */
function cancel() {
  const imported = state.outcome && !state.outcome.dry_run && state.outcome.accepted;
  elements.fileInput.value = '';
  choose(null);
  say(imported ? 'gridsImport.status.choose' : 'gridsImport.status.cancelled');
  delete document.body.dataset.importState;
}

function clearResult() {
  state.outcome = null;
  state.refusal = null;
  state.collection = null;
  clearLayers();
  elements.result.hidden = true;
  elements.legend.hidden = true;
}

function clearLayers() {
  map.closePopup();
  state.grids?.remove();
  state.grids = null;
  state.findings?.layer.remove();
  state.findings = null;
}

function busy(on) {
  elements.dryRun.disabled = on;
  elements.accept.disabled = on;
  elements.fileInput.disabled = on;
  elements.form.setAttribute('aria-busy', String(on));
}

/**
 * A progress callback for an upload: the share of the file sent, then what the server does with it (phase: reading
 * or validating); called with null, it hides the bar.
 */
function progress(phase) {
  return (step) => {
    elements.progress.hidden = !step;
    if (!step) {
      return;
    }
    if (step.sent) {
      elements.progressBar.removeAttribute('value');
      elements.progressText.textContent = t(`gridsImport.progress.${phase}`);
    } else {
      const percent = step.total ? Math.round((100 * step.loaded) / step.total) : 0;
      elements.progressBar.value = percent;
      elements.progressText.textContent = t('gridsImport.progress.uploading', { percent });
    }
  };
}

/** Whether the server refused for the problem of this code, as a whole or for one of its entries. */
function refusedFor(error, code) {
  return error?.problem?.code === code || (error?.fieldErrors ?? []).some((entry) => entry.code === code);
}

function nameOf(code) {
  const feature = state.grids?.feature(code);
  return feature?.properties?.name ?? null;
}
