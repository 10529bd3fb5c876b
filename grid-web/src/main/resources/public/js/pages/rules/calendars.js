// The holiday calendars section of the rules page: each year's schedule and where it comes from (shipped with the
// platform, configured, or added by an administrator), a warning naming the years that complaint deadlines
// counted from today reach without a schedule, and — for administrators — a form to add or correct a year.
// Everything from the server goes into the page with textContent.

import { fetchCalendars, saveCalendar } from '../../components/api.js';
import { element } from '../../components/dom.js';
import { createStatusLine } from '../../components/status.js';
import { onLanguageChange, t } from '../../i18n/index.js';

const $ = (id) => document.getElementById(id);
const elements = {
  warning: $('calendar-warning'),
  rows: $('calendar-rows'),
  form: $('calendar-form'),
  year: $('calendar-year'),
  holidays: $('calendar-holidays'),
  makeUps: $('calendar-make-ups'),
  save: $('calendar-save'),
};
const { say, fail } = createStatusLine($('calendar-status'));
let calendars = null;

async function load() {
  try {
    calendars = await fetchCalendars();
    render();
    $('calendars').dataset.loaded = 'true';
  } catch (error) {
    fail('calendars.status.error', error);
  }
}

function render() {
  const missing = calendars?.missing_years ?? [];
  elements.warning.hidden = missing.length === 0;
  elements.warning.textContent = missing.length === 0 ? '' : t('calendars.missing', { years: missing.join('、') });
  elements.warning.dataset.years = missing.join(',');
  elements.rows.replaceChildren(...(calendars?.years ?? []).map((year) => {
    const row = element('tr', {},
      element('td', { text: String(year.year) }),
      element('td', { text: t(`calendars.source.${year.source}`) }),
      element('td', { text: ranges(year.holidays).join('、') }),
      element('td', { text: ranges(year.make_up_workdays).join('、') }));
    row.dataset.year = String(year.year);
    row.dataset.source = year.source;
    return row;
  }));
}

/** Consecutive dates written as one range: 2026-10-01..2026-10-07. */
function ranges(dates) {
  const out = [];
  for (const date of [...(dates ?? [])].sort()) {
    const last = out[out.length - 1];
    if (last && nextDay(last.to) === date) {
      last.to = date;
    } else {
      out.push({ from: date, to: date });
    }
  }
  return out.map(({ from, to }) => (from === to ? from : `${from}..${to}`));
}

function nextDay(iso) {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

function entries(text) {
  return text.split(/[\s,，、;；]+/).map((entry) => entry.trim()).filter(Boolean);
}

async function save(event) {
  event.preventDefault();
  const year = elements.year.value.trim();
  elements.save.disabled = true;
  say('calendars.status.saving');
  try {
    await saveCalendar(year, { holidays: entries(elements.holidays.value), make_up_workdays: entries(elements.makeUps.value) });
    say('calendars.status.saved', { year }, 'success');
    await load();
  } catch (error) {
    fail('calendars.status.failed', error);
  } finally {
    elements.save.disabled = false;
  }
}

/**
 * Loads the calendars into the rules page's section; me, the page's signed-in person (a promise), says whether the
 * form is offered.
 */
export async function startCalendars(me) {
  elements.form.addEventListener('submit', save);
  onLanguageChange(render);
  const [person] = await Promise.all([me, load()]);
  elements.form.hidden = person?.role !== 'admin';
  const missing = calendars?.missing_years ?? [];
  if (missing.length > 0) {
    elements.year.value = String(missing[0]);
  }
}
