// Siting checks (选址核查, #18): an administrator uploads a project's site and gets the verdict of the protection
// zones it lies in; the year's checks are listed, exported as Excel, and siting.html?id=N shows one report with a
// small map of the site and the zones, laid out to print on A4.

import { checkSite, fetchFile, fetchSitingCheck, fetchSitingChecks, fetchZones } from '../components/api.js';
import { element, emptyRow, fieldList, saveFile } from '../components/dom.js';
import { startPage } from '../components/page.js';
import { createMap, fitToLayers } from '../components/map.js';
import { districtToday } from '../components/district-time.js';
import { L } from '../components/leaflet.js';
import { t } from '../i18n/index.js';

const $ = (id) => document.getElementById(id);
const page = startPage({ status: $('siting-status') });
const ZONE_COLOURS = { first: '#b91c1c', second: '#ea580c', quasi: '#ca8a04' };
let map = null;

if (page.signedIn) {
  start();
}

async function start() {
  const me = await page.me;
  const id = new URLSearchParams(window.location.search).get('id');
  $('siting-form-panel').hidden = me?.role !== 'admin';
  $('siting-list-panel').hidden = false;
  $('siting-year').value = districtToday().slice(0, 4);
  $('siting-year').addEventListener('change', () => list());
  $('siting-export').addEventListener('click', () => exportYear());
  $('siting-print').addEventListener('click', () => window.print());
  $('siting-form').addEventListener('submit', (event) => submit(event));
  await list();
  if (id) {
    try {
      show(await fetchSitingCheck(id));
    } catch (error) {
      page.fail('siting.loadFailed', error);
    }
  }
}

async function list() {
  const body = $('siting-table').tBodies[0];
  body.replaceChildren();
  try {
    const checks = await fetchSitingChecks($('siting-year').value);
    if (checks.length === 0) {
      body.append(emptyRow($('siting-table'), t('siting.none')));
    }
    for (const check of checks) {
      const link = element('a', { text: check.project });
      link.href = `siting.html?id=${check.id}`;
      body.append(element('tr', {}, element('td', { text: check.checked_on }), element('td', {}, link),
        element('td', { text: check.applicant ?? '' }), element('td', { text: verdictName(check.findings) })));
    }
  } catch (error) {
    page.fail('siting.loadFailed', error);
  }
}

async function submit(event) {
  event.preventDefault();
  const dryRun = event.submitter?.dataset.dryRun === 'true';
  const file = $('siting-file').files[0];
  if (!file) {
    return;
  }
  page.say('siting.checking');
  try {
    const report = await checkSite(file, {
      project: $('siting-project').value, applicant: $('siting-applicant').value || undefined, dryRun,
      requestId: dryRun ? undefined : crypto.randomUUID(),
    });
    show(report);
    page.say(dryRun ? 'siting.checked' : 'siting.saved');
    if (!dryRun) {
      window.history.replaceState(null, '', `siting.html?id=${report.id}`);
      await list();
    }
  } catch (error) {
    page.fail('siting.failed', error);
  }
}

async function exportYear() {
  try {
    const year = $('siting-year').value;
    const { blob, filename } = await fetchFile('api/siting-checks.xlsx', {
      params: { year }, fallbackName: `siting-checks-${year}.xlsx`,
    });
    saveFile(blob, filename);
  } catch (error) {
    page.fail('siting.loadFailed', error);
  }
}

function verdictName(findings) {
  return t(`siting.verdict.${findings.verdict}`);
}

const metres = (m) => t('siting.metres', { m });

function show(report) {
  const f = report.findings;
  $('siting-report').hidden = false;
  const verdict = $('siting-verdict');
  verdict.textContent = verdictName(f);
  verdict.dataset.verdict = f.verdict;
  // a point site overlaps nothing: its zone is named without an area
  const zones = f.zones.map((z) => (z.overlap_m2 > 0
    ? `${z.name}（${z.level_name}，${t('siting.overlap', { m2: z.overlap_m2 })}）` : `${z.name}（${z.level_name}）`));
  $('siting-facts').replaceChildren(fieldList('details-fields siting-fields', [
    [t('siting.project'), report.project, 'project'],
    [t('siting.applicant'), report.applicant, 'applicant'],
    [t('siting.checkedOn'), `${report.checked_on} · ${report.checked_by}`, 'checked'],
    [t('siting.zones'), zones.length ? zones.join('；') : null, 'zones'],
    [t('siting.nearestZone'), f.nearest_zone
      ? `${f.nearest_zone.name}（${f.nearest_zone.level_name}）${metres(f.nearest_zone.distance_m)}` : null, 'nearest-zone'],
    [t('siting.nearestRiver'), f.nearest_river
      ? `${f.nearest_river.river_name} ${metres(f.nearest_river.distance_m)}` : null, 'nearest-river'],
    [t('siting.grids'), f.grids.join('、'), 'grids'],
    [t('siting.distances'), t('siting.distancesHow'), 'distances'],
  ]));
  $('siting-rules').replaceChildren(...f.rules.map((rule) => element('li', { text: rule })));
  draw(report.site);
}

async function draw(site) {
  if (!L) {
    return;
  }
  map ??= createMap($('siting-map'));
  map.eachLayer((layer) => { if (layer.feature) map.removeLayer(layer); });
  const siteLayer = L.geoJSON(site, {
    style: { color: '#1d4ed8', weight: 3, fillOpacity: 0.2 },
    pointToLayer: (feature, latlng) => L.circleMarker(latlng, { radius: 7, color: '#1d4ed8', fillOpacity: 0.8 }),
  }).addTo(map);
  const zones = await fetchZones().catch(() => null);
  const zoneLayer = zones ? L.geoJSON(zones, {
    style: (feature) => ({ color: ZONE_COLOURS[feature.properties.level] ?? '#666', weight: 2, fillOpacity: 0.15 }),
  }).addTo(map) : null;
  zoneLayer?.bringToBack();
  fitToLayers(map, [siteLayer], { padding: [60, 60], maxZoom: 16 });
}
