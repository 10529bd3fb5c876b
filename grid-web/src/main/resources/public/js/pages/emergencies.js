// Environmental emergencies (突发环境事件): the year's list with a form to report one, and one emergency's page
// (emergencies.html?id=<uuid>) — its facts, a small map of the point with the protection zones, the rivers downstream
// and the sources near it, the nearby lists as tables, the team on duty who were told, the timeline of actions and the
// closure report — and the emergency team roster with its on-duty dates, kept by administrators.

import {
  addEmergencyAction, closeEmergency, deleteEmergencyTeamMember, fetchEmergencies, fetchEmergency,
  fetchEmergencyTeam, fetchFile, fetchRivers, fetchZones, reportEmergency, saveEmergencyTeamMember,
} from '../components/api.js';
import { districtToday } from '../components/district-time.js';
import { cell, element, emptyRow, fieldList, saveFile } from '../components/dom.js';
import { describeProblem, formatInstant } from '../components/format.js';
import { L } from '../components/leaflet.js';
import { createMap, fitToLayers, PANES } from '../components/map.js';
import { startPage } from '../components/page.js';
import { t } from '../i18n/index.js';

const $ = (selector) => document.querySelector(selector);
const page = startPage({ status: $('#emergency-status') });
/** Who reports and records actions (in their own grids; the server says no elsewhere). */
const STAFF_ROLES = ['admin', 'chief', 'supervisor'];
const id = new URLSearchParams(window.location.search).get('id');

if (page.signedIn) {
  start();
}

async function start() {
  const me = await page.me;
  $('#emergency-year').value = String(districtToday().slice(0, 4));
  $('#emergency-filter').addEventListener('submit', (event) => {
    event.preventDefault();
    showList();
  });
  $('#emergency-export').addEventListener('click', exportList);
  $('#emergency-report-form').addEventListener('submit', report);
  $('#emergency-report').hidden = !STAFF_ROLES.includes(me?.role);
  $('#emergency-team-add').hidden = me?.role !== 'admin';
  $('#team-district').value = me?.district ?? '';
  $('#emergency-team-form').addEventListener('submit', addMember);
  await Promise.all([showList(), showTeam(me)]);
  if (id) {
    await showOne(id, me);
  }
}

function filters() {
  return { year: $('#emergency-year').value || undefined, state: $('#emergency-state').value };
}

async function showList() {
  const body = $('.emergency-table tbody');
  try {
    const emergencies = await fetchEmergencies(filters());
    body.replaceChildren();
    for (const e of emergencies) {
      const link = element('a', { text: formatInstant(e.occurredAt) });
      link.href = `emergencies.html?id=${encodeURIComponent(e.id)}`;
      body.append(element('tr', {}, cell('', link), cell('', t(`emergency.type.${e.type}`)),
        cell(`emergency-level level-${e.level}`, t(`emergency.level.${e.level}`)), cell('', e.gridName),
        cell('', t(e.closure ? 'emergency.state.closed' : 'emergency.state.open'))));
    }
    if (!emergencies.length) {
      body.append(emptyRow($('.emergency-table'), t('emergency.none')));
    }
  } catch (error) {
    page.say('emergency.failed', { detail: describeProblem(error) }, 'error');
  }
}

async function exportList() {
  try {
    const { blob, filename } = await fetchFile('api/emergencies.xlsx',
      { params: filters(), fallbackName: 'emergencies.xlsx' });
    saveFile(blob, filename);
  } catch (error) {
    page.say('emergency.failed', { detail: describeProblem(error) }, 'error');
  }
}

async function report(event) {
  event.preventDefault();
  const form = new FormData(event.target);
  const body = {
    id: crypto.randomUUID(),
    type: form.get('type'),
    level: form.get('level'),
    lon: Number(form.get('lon')),
    lat: Number(form.get('lat')),
    occurredAt: new Date(form.get('occurredAt')).toISOString(),
    description: form.get('description'),
    complaintId: form.get('complaintId') ? Number(form.get('complaintId')) : null,
  };
  try {
    const opened = await reportEmergency(body);
    window.location.href = `emergencies.html?id=${encodeURIComponent(opened.id)}`;
  } catch (error) {
    page.say('emergency.failed', { detail: describeProblem(error) }, 'error');
  }
}

async function showOne(emergencyId, me) {
  try {
    const e = await fetchEmergency(emergencyId);
    const view = $('#emergency-view');
    view.hidden = false;
    $('#emergency-title').textContent = `${t(`emergency.level.${e.level}`)} · ${t(`emergency.type.${e.type}`)}`
      + ` · ${e.gridName}`;
    $('.emergency-facts').replaceWith(fieldList('details-fields emergency-facts', [
      [t('emergency.occurredAt'), formatInstant(e.occurredAt), 'occurred'],
      [t('emergency.grid'), e.gridName, 'grid'],
      [t('emergency.position'), `${e.lon.toFixed(6)}, ${e.lat.toFixed(6)}`, 'position'],
      [t('emergency.reporter'), `${e.reporterName ?? e.reportedBy} · ${formatInstant(e.reportedAt)}`, 'reporter'],
      [t('emergency.complaint'), e.complaintId ?? null, 'complaint'],
      [t('emergency.description'), e.description, 'description'],
    ]));
    nearbyTables(e.nearby);
    rows('.emergency-team-told', e.teamTold, (m) => [m.name, m.phone ?? '', m.unit,
      t(`emergencyTeam.speciality.${m.speciality}`)]);
    timeline(e);
    wireForms(e, me);
    await drawMap(e);
    view.scrollIntoView();
  } catch (error) {
    page.say('emergency.failed', { detail: describeProblem(error) }, 'error');
  }
}

function rows(selector, items, toCells) {
  const body = $(`${selector} tbody`);
  body.replaceChildren(...items.map((item) => element('tr', {}, ...toCells(item).map((c) => cell('', c)))));
  if (!items.length) {
    body.append(emptyRow($(selector), t('emergency.nothingNear')));
  }
}

function nearbyTables(near) {
  const metres = (m) => t('emergency.metres', { m });
  rows('.emergency-zones', near.zones, (z) => [z.name, t(`emergency.zoneLevel.${z.level}`), metres(z.metres)]);
  rows('.emergency-downstream', near.downstream, (r) => [r.name, r.code,
    r.step === 0 ? t('emergency.nearest') : t('emergency.step', { n: r.step }), metres(r.metres)]);
  rows('.emergency-sources', near.sources, (s) => [s.name, s.keyDischarger ? t('emergency.keyDischarger') : '',
    s.gridCode ?? '', metres(s.metres)]);
  const people = (list) => list.map((p) => (p.phone ? `${p.name} ${p.phone}` : p.name)).join('、') || '—';
  rows('.emergency-grids', near.grids, (g) => [g.gridName, `${t('emergency.chiefs')}：${people(g.chiefs)}`,
    `${t('emergency.supervisors')}：${people(g.supervisors)}`]);
}

function timeline(e) {
  $('.emergency-timeline').replaceChildren(...e.actions.map((a) => element('li', {},
    element('time', { text: formatInstant(a.at) }), ' ', element('strong', { text: a.actorName ?? a.actorId }),
    element('p', { text: a.text }))));
  const closure = $('.emergency-closure');
  closure.replaceChildren();
  if (e.closure) {
    closure.append(element('h3', { text: t('emergency.closure') }), fieldList('details-fields', [
      [t('emergency.closedAt'), `${formatInstant(e.closure.closedAt)} · ${e.closure.closerName ?? ''}`, 'closed'],
      [t('emergency.summary'), e.closure.summary, 'summary'],
      [t('emergency.consequences'), e.closure.consequences, 'consequences'],
    ]));
  }
}

function wireForms(e, me) {
  const actionForm = $('#emergency-action-form');
  const closureForm = $('#emergency-closure-form');
  const staff = STAFF_ROLES.includes(me?.role);
  actionForm.hidden = Boolean(e.closure) || !staff;
  closureForm.hidden = Boolean(e.closure) || me?.role !== 'admin';
  actionForm.onsubmit = async (event) => {
    event.preventDefault();
    await change(() => addEmergencyAction(e.id, { id: crypto.randomUUID(), text: $('#action-text').value }));
    $('#action-text').value = '';
  };
  closureForm.onsubmit = async (event) => {
    event.preventDefault();
    await change(() => closeEmergency(e.id, {
      summary: $('#closure-summary').value, consequences: $('#closure-consequences').value,
    }));
  };

  async function change(send) {
    try {
      const updated = await send();
      timeline(updated);
      wireForms(updated, me);
      page.say('emergency.saved', {}, 'success');
    } catch (error) {
      page.say('emergency.failed', { detail: describeProblem(error) }, 'error');
    }
  }
}

/** The point, the nearby zones and downstream segments (from the directory's layers), and the nearby sources. */
async function drawMap(e) {
  if (!L) {
    return;
  }
  const map = createMap($('#emergency-map'));
  const point = L.circleMarker([e.lat, e.lon], { radius: 9, className: 'emergency-point' })
    .bindTooltip(t('emergency.point')).addTo(map);
  const zoneCodes = new Set(e.nearby.zones.map((z) => z.code));
  const riverCodes = new Set(e.nearby.downstream.map((r) => r.code));
  const [zones, rivers] = await Promise.all([fetchZones().catch(() => null), fetchRivers().catch(() => null)]);
  const zoneLayer = L.geoJSON(zones?.features?.filter((f) => zoneCodes.has(f.properties?.code)) ?? [],
    { pane: PANES.zones.name, className: 'emergency-zone' }).addTo(map);
  const riverLayer = L.geoJSON(rivers?.features?.filter((f) => riverCodes.has(f.properties?.code)) ?? [],
    { pane: PANES.rivers.name, className: 'emergency-river' }).addTo(map);
  const sourceLayer = L.featureGroup(e.nearby.sources.map((s) => L.circleMarker([s.lat, s.lon],
    { radius: 6, pane: PANES.sources.name, className: 'emergency-source' }).bindTooltip(s.name))).addTo(map);
  // a point alone has no extent: never closer than a street's view
  fitToLayers(map, [L.featureGroup([point]), zoneLayer, riverLayer, sourceLayer], { padding: [24, 24], maxZoom: 16 });
}

async function showTeam(me) {
  const body = $('.emergency-team-table tbody');
  try {
    const members = await fetchEmergencyTeam();
    body.replaceChildren(...members.map((m) => {
      const remove = element('button', { text: t('emergencyTeam.remove') });
      remove.type = 'button';
      remove.hidden = me?.role !== 'admin';
      remove.addEventListener('click', () => change(() => deleteEmergencyTeamMember(m.id), me));
      return element('tr', {}, cell('', m.name), cell('', m.phone ?? ''), cell('', m.unit),
        cell('', t(`emergencyTeam.speciality.${m.speciality}`)),
        cell('', m.duties.map((d) => `${d.from} ~ ${d.to}`).join('；')), cell('', remove));
    }));
    if (!members.length) {
      body.append(emptyRow($('.emergency-team-table'), t('emergencyTeam.none')));
    }
  } catch (error) {
    page.say('emergency.failed', { detail: describeProblem(error) }, 'error');
  }
}

async function addMember(event) {
  event.preventDefault();
  const form = new FormData(event.target);
  const member = {
    district: form.get('district'),
    personId: form.get('personId') ? Number(form.get('personId')) : null,
    name: form.get('name'),
    phone: form.get('phone') || null,
    unit: form.get('unit'),
    speciality: form.get('speciality'),
    duties: [{ from: form.get('from'), to: form.get('to') }],
  };
  const me = await page.me;
  if (await change(() => saveEmergencyTeamMember(crypto.randomUUID(), member), me)) {
    event.target.reset();
    $('#team-district').value = me?.district ?? '';
  }
}

/** Sends a change of the roster and shows the roster again; whether it was saved. */
async function change(send, me) {
  try {
    await send();
    page.say('emergency.saved', {}, 'success');
    await showTeam(me);
    return true;
  } catch (error) {
    page.say('emergency.failed', { detail: describeProblem(error) }, 'error');
    return false;
  }
}
