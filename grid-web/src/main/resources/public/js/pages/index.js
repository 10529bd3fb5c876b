// The grid map page: loads the grids of the chosen tier, the district outline, the coverage
// findings and the directory (sources, rivers, protection zones), and wires the level switcher,
// the details panels, the layer toggles, the legend and the language switch.
// The server sends only the grids the signed-in person may read: a supervisor may have no
// first-level grid at all, so the page starts at the first tier that has any and offers only
// tiers that have grids.

import { fetchFindings, fetchGrids, fetchRivers, fetchSources, fetchZones } from '../components/api.js';
import { describeError } from '../components/format.js';
import { wireGisDownloads } from '../components/gis-download.js';
import { renderLegend, renderSourceLegend, renderZoneLegend, riverSwatch } from '../components/legend.js';
import { latestOnly } from '../components/latest.js';
import { createMap, fitToLayers } from '../components/map.js';
import { startPage } from '../components/page.js';
import { isLeaving } from '../components/session.js';
import { simplifyMetres } from '../config.js';
import { onLanguageChange, t } from '../i18n/index.js';
import { createFindingsLayer } from '../layers/findings.js';
import { createGridLayer, districtOutline, parentOutline } from '../layers/grids.js';
import { createRiverLayer } from '../layers/rivers.js';
import { createSourceLayer } from '../layers/sources.js';
import { createZoneLayer } from '../layers/zones.js';
import { createGridStaffPanel, createSourceHistory } from '../components/grid-staff.js';
import { createDetailsPanel } from './index/details.js';
import { createSourcePanel } from './index/source-details.js';

const TIERS = [1, 2, 3];
/** The directory's layers, each fetched once and drawn while its toggle is on. */
const DIRECTORY = ['sources', 'rivers', 'zones'];

const state = {
  tier: 1,
  collections: new Map(), // tier → FeatureCollection, fetched once
  requests: new Map(), // tier → Promise of its FeatureCollection, so that a tier is fetched once
  district: null, // FeatureCollection of the district itself, for the outline and names
  gridLayer: null,
  parentLayer: null,
  districtLayer: null,
  findings: null,
  findingsForbidden: false, // the signed-in person may not see the coverage findings
  showFindings: true,
  loading: false,
  gridError: null,
  findingsError: null,
  directory: {}, // layer name → the drawn layer's summary ({ layer, count, … })
  directoryErrors: new Map(), // layer name → why it could not be loaded
  zoneNames: new Map(), // protection zone code → name, for the source panel
};

const elements = {
  map: document.getElementById('map'),
  status: document.getElementById('status'),
  switcher: document.getElementById('level-switcher'),
  legend: document.getElementById('legend-items'),
  showFindings: document.getElementById('show-findings'),
  details: document.getElementById('grid-details'),
  sourceDetails: document.getElementById('source-details'),
  layers: document.getElementById('layers'),
  toggles: Object.fromEntries(DIRECTORY.map((name) => [name, document.getElementById(`toggle-${name}`)])),
  sourcesLegend: document.getElementById('sources-legend'),
  zonesLegend: document.getElementById('zones-legend'),
};

const page = startPage();
/** Loads the tier on show: a tier chosen again supersedes the load under way. */
const loadTierShown = latestOnly();
const map = createMap(elements.map);
const panel = createDetailsPanel(elements.details, {
  canSelect: (code) => tierOf(code) !== null,
  onSelectParent: (code) => selectAcrossTiers(code),
  onClose: () => select(null),
});
const sourcePanel = createSourcePanel(elements.sourceDetails, {
  describeGrid: nameOf,
  describeZone: (code) => state.zoneNames.get(code) ?? null,
  onClose: () => selectSource(null),
});
const gridStaff = createGridStaffPanel(document.getElementById('grid-staff'));
const sourceHistory = createSourceHistory(elements.sourceDetails.querySelector('.source-history'));

elements.switcher.addEventListener('click', (event) => {
  const button = event.target.closest('button[value]');
  if (button) {
    showTier(Number(button.value));
  }
});
elements.showFindings.addEventListener('change', () => {
  state.showFindings = elements.showFindings.checked;
  updateFindingsVisibility();
});
DIRECTORY.forEach((name) => elements.toggles[name].addEventListener('change', () => updateDirectoryVisibility(name)));
map.on('click', () => {
  select(null);
  selectSource(null);
});
wireGisDownloads(document.getElementById('grids-gis-download'), () => ({ collection: `grids-tier-${state.tier}` }));
onLanguageChange(() => {
  renderDownloadNote();
  // An open popup was built in the old language.
  map.closePopup();
  panel.refresh();
  sourcePanel.refresh();
  renderStatus();
  refreshLegend();
  refreshLayerPanel();
});

if (page.signedIn) {
  start();
}

async function start() {
  refreshLegend();
  refreshLayerPanel();
  renderStatus();
  // The directory is drawn over whatever grids are on show; the view is fitted to the grids.
  DIRECTORY.forEach((name) => loadDirectoryLayer(name));
  pointNewAdministratorToOnboarding();
  const context = [loadDistrict(), loadFindings()];
  TIERS.forEach((tier) => loadTier(tier).then((collection) => offerTier(tier, collection), () => {}));
  const first = await firstTierWithGrids();
  await Promise.allSettled([showTier(first), ...context]);
  fitToLayers(map, [state.districtLayer, state.gridLayer?.layer, state.findings?.layer]);
}

/** An administrator whose district has no grid yet is pointed at the onboarding checklist. */
async function pointNewAdministratorToOnboarding() {
  const [me, tiers] = await Promise.all([page.me, Promise.allSettled(TIERS.map(loadTier))]);
  const noGrids = tiers.every((tier) => tier.status === 'fulfilled' && !tier.value.features?.length);
  document.getElementById('onboarding-hint').hidden = !(me?.role === 'admin' && noGrids);
}

/** The first tier with any grid the signed-in person may read; the first tier that fails, to show why. */
async function firstTierWithGrids() {
  for (const tier of TIERS) {
    try {
      if ((await loadTier(tier)).features?.length > 0) {
        return tier;
      }
    } catch {
      return tier;
    }
  }
  return TIERS[0];
}

/** Draws the grids of one tier, fetching them the first time. */
async function showTier(tier) {
  if (!TIERS.includes(tier)) {
    return;
  }
  state.tier = tier;
  state.loading = true;
  state.gridError = null;
  delete document.body.dataset.gridsLoaded;
  delete document.body.dataset.gridsError;
  document.body.dataset.gridsTier = String(tier);
  markSwitcher(tier);
  renderDownloadNote();
  renderStatus();
  refreshLegend();
  // Lower tiers are drawn inside their parents' boundaries, and the details panel names the
  // parent: the tier above is needed too.
  const needed = tier > 1 ? [tier, tier - 1] : [1];
  await loadTierShown(() => Promise.all(needed.map(loadTier)), {
    loaded: ([collection, parents]) => {
      drawTier(collection, tier > 1 ? parents : null);
      refreshLegend();
      document.body.dataset.gridsLoaded = String(state.gridLayer.count);
    },
    failed: (error) => {
      state.gridError = error;
      document.body.dataset.gridsError = describeError(error);
    },
    settled: () => {
      state.loading = false;
      renderStatus();
    },
  });
}

/**
 * A tier's button shows only when the tier has grids (cells inside communities form a third tier
 * only in some districts; a supervisor may read no first-level grid). The switcher goes when no
 * tier has any.
 */
function offerTier(tier, collection) {
  const button = elements.switcher.querySelector(`button[value="${tier}"]`);
  button.hidden = !(collection.features?.length > 0);
  const buttons = [...elements.switcher.querySelectorAll('button[value]')];
  elements.switcher.hidden = buttons.every((candidate) => candidate.hidden);
}

function loadTier(tier) {
  if (!state.requests.has(tier)) {
    const request = fetchGrids({ tier, simplify: simplifyMetres[tier] }).then((collection) => {
      state.collections.set(tier, collection);
      return collection;
    });
    // A failed fetch is tried again the next time the tier is asked for.
    request.catch(() => state.requests.delete(tier));
    state.requests.set(tier, request);
  }
  return state.requests.get(tier);
}

function drawTier(collection, parents) {
  state.gridLayer?.remove();
  state.parentLayer?.remove();
  state.parentLayer = null;
  panel.clear();
  gridStaff.show(null);
  state.gridLayer = createGridLayer(map, collection, { onSelect: (code) => select(code) });
  if (parents) {
    state.parentLayer = parentOutline(parents).addTo(map);
  }
}

async function loadDistrict() {
  try {
    state.district = await fetchGrids({ level: 'district', simplify: simplifyMetres[1] });
    // A person who may not read the district's outline gets an empty collection: nothing to draw.
    if (state.district.features?.length > 0) {
      state.districtLayer = districtOutline(state.district).addTo(map);
    }
    refreshLegend();
  } catch (error) {
    // The outline is context only; the grids and findings carry the page.
    console.warn('District outline not available', error);
  }
}

async function loadFindings() {
  try {
    const collection = await fetchFindings();
    state.findings = createFindingsLayer(map, collection, { describeGrid: nameOf });
    state.findingsError = null;
    document.body.dataset.findingsLoaded = String(state.findings.count);
    updateFindingsVisibility();
  } catch (error) {
    // Findings are the district's business: a role that may not read them gets the map without them.
    state.findingsForbidden = error?.status === 403;
    state.findingsError = state.findingsForbidden ? null : error;
    elements.showFindings.closest('label').hidden = state.findingsForbidden;
  }
  renderStatus();
  refreshLegend();
}

function updateFindingsVisibility() {
  if (!state.findings) {
    return;
  }
  if (state.showFindings) {
    state.findings.layer.addTo(map);
  } else {
    state.findings.layer.remove();
  }
}

// The directory: sources, rivers and protection zones

async function loadDirectoryLayer(name) {
  const data = document.body.dataset;
  try {
    if (name === 'sources') {
      state.directory.sources = createSourceLayer(await fetchSources(), { onSelect: (code) => selectSource(code) });
    } else if (name === 'rivers') {
      state.directory.rivers = createRiverLayer(await fetchRivers(), { describeGrid: nameOf });
    } else {
      const collection = await fetchZones();
      (collection.features ?? []).forEach((feature) => {
        state.zoneNames.set(String(feature.properties?.code ?? feature.id ?? ''), feature.properties?.name ?? null);
      });
      state.directory.zones = createZoneLayer(collection);
    }
    state.directoryErrors.delete(name);
    updateDirectoryVisibility(name);
    // After drawing, so that a test reading the count finds the markers on the map.
    data[`${name}Loaded`] = String(state.directory[name].count);
  } catch (error) {
    state.directoryErrors.set(name, error);
    data[`${name}Error`] = describeError(error);
  }
  refreshLayerPanel();
  renderStatus();
}

function updateDirectoryVisibility(name) {
  const drawn = state.directory[name];
  if (!drawn) {
    return;
  }
  if (elements.toggles[name].checked) {
    drawn.layer.addTo(map);
  } else {
    drawn.layer.remove();
    if (name === 'sources') {
      selectSource(null);
    }
  }
}

function selectSource(code) {
  const feature = state.directory.sources?.select(code) ?? null;
  if (feature) {
    sourcePanel.show(feature.properties);
  } else {
    sourcePanel.clear();
  }
  sourceHistory.show(feature ? feature.properties.code : null);
  return feature;
}

/** Counts beside the toggles, the legends under them; a layer the role may not read goes. */
function refreshLayerPanel() {
  for (const name of DIRECTORY) {
    const group = elements.layers.querySelector(`.layer-group[data-layer="${name}"]`);
    const error = state.directoryErrors.get(name);
    group.hidden = error?.status === 403;
    group.dataset.state = error ? 'error' : state.directory[name] ? 'loaded' : 'loading';
    const count = group.querySelector(`[data-count-for="${name}"]`);
    count.textContent = error ? t('layers.failed')
      : state.directory[name] ? t('layers.count', { count: state.directory[name].count }) : t('layers.loading');
    elements.toggles[name].disabled = Boolean(error);
  }
  renderSourceLegend(elements.sourcesLegend, state.directory.sources ?? null);
  renderZoneLegend(elements.zonesLegend, state.directory.zones ?? null);
  const swatch = elements.layers.querySelector('[data-swatch-for="rivers"]');
  if (!swatch.hasChildNodes()) {
    swatch.append(riverSwatch());
  }
}

function select(code) {
  const feature = state.gridLayer?.select(code) ?? null;
  if (feature) {
    panel.show(feature.properties);
  } else {
    panel.clear();
  }
  gridStaff.show(feature ? feature.properties.code : null);
  return feature;
}

/** Selects a grid that may be on another tier (a parent), switching tier and view to it. */
async function selectAcrossTiers(code) {
  const tier = tierOf(code);
  if (tier === null) {
    return;
  }
  if (tier !== state.tier) {
    await showTier(tier);
  }
  if (select(code)) {
    const bounds = state.gridLayer.bounds(code);
    if (bounds?.isValid()) {
      map.fitBounds(bounds, { padding: [24, 24] });
    }
  }
}

function tierOf(code) {
  for (const [tier, collection] of state.collections) {
    if (collection.features?.some((feature) => codeOf(feature) === code)) {
      return tier;
    }
  }
  return null;
}

function nameOf(code) {
  const collections = [...state.collections.values(), state.district].filter(Boolean);
  for (const collection of collections) {
    const feature = collection.features?.find((candidate) => codeOf(candidate) === code);
    if (feature) {
      return feature.properties?.name ?? null;
    }
  }
  return null;
}

function codeOf(feature) {
  return String(feature.properties?.code ?? feature.id ?? '');
}

/** The downloads hold the tier on show, every grid of it the person may read. */
function renderDownloadNote() {
  document.getElementById('grids-download-what').textContent = t('gisDownload.gridsWhat', { tier: t(`tier.${state.tier}`) });
}

function markSwitcher(tier) {
  elements.switcher.querySelectorAll('button[value]').forEach((button) => {
    button.setAttribute('aria-pressed', String(Number(button.value) === tier));
  });
}

function refreshLegend() {
  renderLegend(elements.legend, {
    tier: state.tier,
    hasDistrict: Boolean(state.districtLayer),
    hasParents: state.parentLayer?.getLayers().length > 0,
    showsFindings: !state.findingsForbidden,
    gaps: state.findings ? state.findings.countOf('GAP') : null,
    slivers: state.findings ? state.findings.countOf('SLIVER') : null,
  });
}

/** The status line says the worst thing that is true now: a grid error, a findings error, or what is shown. */
function renderStatus() {
  const tierName = t(`tier.${state.tier}.noun`);
  let text;
  let kind = 'info';
  if (isLeaving()) {
    text = t('login.signedOut');
  } else if (state.gridError) {
    text = t('status.error', { detail: describeError(state.gridError) });
    kind = 'error';
  } else if (state.loading) {
    text = t('status.loading', { tier: tierName });
  } else if (state.findingsError) {
    text = t('status.findingsError', { detail: describeError(state.findingsError) });
    kind = 'error';
  } else if (directoryError()) {
    const [name, error] = directoryError();
    text = t('status.layerError', { layer: t(`layers.${name}`), detail: describeError(error) });
    kind = 'error';
  } else if (!state.gridLayer?.count) {
    text = t('status.empty', { tier: tierName });
    kind = 'warning';
  } else if (state.findings) {
    text = t('status.loadedWithFindings', { count: state.gridLayer.count, tier: tierName, gaps: state.findings.count });
  } else {
    text = t('status.loaded', { count: state.gridLayer.count, tier: tierName });
  }
  elements.status.textContent = text;
  elements.status.dataset.kind = kind;
}

/** The first directory layer that failed for another reason than being none of the role's business. */
function directoryError() {
  return [...state.directoryErrors].find(([, error]) => error?.status !== 403) ?? null;
}
