// Publicity and participation (宣传教育): the events of a grid and period with their totals rolled up to the grids
// above (each event counted once in each), a form to record one; the grid's volunteers with a form to register one,
// and a switch to mark one inactive. A volunteer's phone is shown only to those the server shows it to.

import {
  addPublicityEvent, changeVolunteer, deletePublicityEvent, fetchFile, fetchPublicityEvents, fetchVolunteers,
  registerVolunteer,
} from '../components/api.js';
import { districtToday } from '../components/district-time.js';
import { cell, element, emptyRow, saveFile } from '../components/dom.js';
import { describeProblem } from '../components/format.js';
import { startPage } from '../components/page.js';
import { t } from '../i18n/index.js';

const $ = (selector) => document.querySelector(selector);
const page = startPage({ status: $('#publicity-status') });
/** Who records events and volunteers (in their own grids; the server says no elsewhere). */
const STAFF_ROLES = ['admin', 'chief', 'supervisor'];

if (page.signedIn) {
  start();
}

async function start() {
  const me = await page.me;
  const staff = STAFF_ROLES.includes(me?.role);
  $('#publicity-period').value = districtToday().slice(0, 7);
  $('#event-held').value = districtToday();
  $('#volunteer-registered').value = districtToday();
  $('#publicity-event-entry').hidden = !staff;
  $('#volunteer-entry').hidden = !staff;
  $('#publicity-filter').addEventListener('submit', (event) => {
    event.preventDefault();
    showAll(staff);
  });
  $('#publicity-export').addEventListener('click', exportEvents);
  $('#publicity-event-form').addEventListener('submit', (event) => recordEvent(event, staff));
  $('#volunteer-form').addEventListener('submit', (event) => register(event, staff));
  await showAll(staff);
}

function filters() {
  return { grid: $('#publicity-grid').value.trim(), period: $('#publicity-period').value.trim() };
}

async function showAll(staff) {
  await Promise.all([showEvents(staff), showVolunteers(staff)]);
}

async function showEvents(staff) {
  const totals = $('.publicity-totals tbody');
  const body = $('.publicity-table tbody');
  try {
    const list = await fetchPublicityEvents(filters());
    totals.replaceChildren(...list.totals.map((g) => element('tr', {}, cell('', `${g.gridName}（${g.grid}）`),
      cell('numeric', String(g.events)), cell('numeric', String(g.attendance)))));
    if (!list.totals.length) {
      totals.append(emptyRow($('.publicity-totals'), t('publicity.none')));
    }
    body.replaceChildren(...list.events.map((e) => element('tr', {}, cell('', e.heldOn), cell('', e.gridName),
      cell('', e.title), cell('', t(`publicity.kind.${e.kind}`)), cell('', e.place),
      cell('numeric', String(e.attendance)), cell('', e.organiser),
      cell('', staff ? removeButton(e) : ''))));
    if (!list.events.length) {
      body.append(emptyRow($('.publicity-table'), t('publicity.none')));
    }
  } catch (error) {
    page.say('publicity.failed', { detail: describeProblem(error) }, 'error');
  }
}

function removeButton(event) {
  const button = element('button', { className: 'link-button', text: t('publicity.delete') });
  button.type = 'button';
  button.addEventListener('click', async () => {
    if (!window.confirm(t('publicity.confirmDelete', { title: event.title }))) {
      return;
    }
    try {
      await deletePublicityEvent(event.id);
      await showEvents(true);
    } catch (error) {
      page.say('publicity.failed', { detail: describeProblem(error) }, 'error');
    }
  });
  return button;
}

async function showVolunteers(staff) {
  const body = $('.volunteer-table tbody');
  try {
    const volunteers = await fetchVolunteers(filters().grid);
    body.replaceChildren(...volunteers.map((v) => element('tr', {}, cell('', v.name), cell('', v.gridName),
      cell('', v.phone ?? t('publicity.phoneHidden')), cell('', v.registeredOn),
      cell('numeric', String(v.complaints)),
      cell('', t(v.active ? 'publicity.activeYes' : 'publicity.activeNo')),
      cell('', staff ? activeSwitch(v) : ''))));
    if (!volunteers.length) {
      body.append(emptyRow($('.volunteer-table'), t('publicity.noVolunteers')));
    }
  } catch (error) {
    page.say('publicity.failed', { detail: describeProblem(error) }, 'error');
  }
}

/** Marks a volunteer inactive (or active again); their other details are sent back as they are. */
function activeSwitch(v) {
  const button = element('button', {
    className: 'link-button', text: t(v.active ? 'publicity.deactivate' : 'publicity.activate'),
  });
  button.type = 'button';
  button.addEventListener('click', async () => {
    try {
      await changeVolunteer(v.id, {
        grid: v.grid, name: v.name, phone: v.phone, registeredOn: v.registeredOn, active: !v.active,
      });
      await showVolunteers(true);
    } catch (error) {
      page.say('publicity.failed', { detail: describeProblem(error) }, 'error');
    }
  });
  return button;
}

async function recordEvent(event, staff) {
  event.preventDefault();
  const form = new FormData(event.target);
  try {
    await addPublicityEvent({
      id: crypto.randomUUID(),
      grid: form.get('grid').trim(),
      title: form.get('title'),
      heldOn: form.get('heldOn'),
      kind: form.get('kind'),
      place: form.get('place'),
      attendance: Number(form.get('attendance')),
      organiser: form.get('organiser'),
      notes: form.get('notes') || null,
    });
    page.say('publicity.saved', {}, 'success');
    await showEvents(staff);
  } catch (error) {
    page.say('publicity.failed', { detail: describeProblem(error) }, 'error');
  }
}

async function register(event, staff) {
  event.preventDefault();
  const form = new FormData(event.target);
  try {
    await registerVolunteer({
      id: crypto.randomUUID(),
      grid: form.get('grid').trim(),
      name: form.get('name'),
      phone: form.get('phone') || null,
      registeredOn: form.get('registeredOn'),
      active: true,
    });
    page.say('publicity.saved', {}, 'success');
    event.target.reset();
    $('#volunteer-registered').value = districtToday();
    await showVolunteers(staff);
  } catch (error) {
    page.say('publicity.failed', { detail: describeProblem(error) }, 'error');
  }
}

async function exportEvents() {
  try {
    const { grid, period } = filters();
    const { blob, filename } = await fetchFile('api/publicity/events.xlsx',
      { params: { grid: grid || undefined, period: period || undefined }, fallbackName: 'publicity-events.xlsx' });
    saveFile(blob, filename);
  } catch (error) {
    page.say('publicity.failed', { detail: describeProblem(error) }, 'error');
  }
}
