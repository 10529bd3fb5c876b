// The holiday calendars section of the rules page, for the city or the district chosen: each year's schedule and
// where it comes from (shipped with the platform, configured, added for the city, or added by the district for
// itself), a warning naming the years that complaint deadlines counted from today reach without a schedule, and —
// for administrators of what is shown — a form to add or correct a year and a button removing a year they added,
// which inherits again. Everything from the server goes into the page with textContent.

import { fetchCalendars, removeCalendar, saveCalendar } from '../../components/api.js';
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
let choice = null;

async function load() {
  try {
    calendars = await fetchCalendars(choice.district);
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
      element('td', { text: ranges(year.make_up_workdays).join('、') }),
      element('td', {}, removable(year) ? removeButton(year.year) : null));
    row.dataset.year = String(year.year);
    row.dataset.source = year.source;
    return row;
  }));
}

/** A year the city (shown as the city) or the district (shown as the district) added itself. */
function removable(year) {
  return choice.mayChange && year.source === (choice.district ? 'district' : 'stored');
}

function removeButton(year) {
  const button = element('button', { className: 'button', text: t('calendars.remove') });
  button.type = 'button';
  button.addEventListener('click', async () => {
    say('calendars.status.saving');
    try {
      await removeCalendar(year, choice.district);
      say('calendars.status.removed', { year }, 'success');
      await load();
    } catch (error) {
      fail('calendars.status.failed', error);
    }
  });
  return button;
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
    await saveCalendar(year, { holidays: entries(elements.holidays.value), make_up_workdays: entries(elements.makeUps.value) },
      choice.district);
    say('calendars.status.saved', { year }, 'success');
    await load();
  } catch (error) {
    fail('calendars.status.failed', error);
  } finally {
    elements.save.disabled = false;
  }
}

/**
 * Loads the calendars of the district chosen (see district-rules.js) into the rules page's section, again when the
 * choice changes; whether the signed-in person may change them says whether the form is offered.
 */
export async function startCalendars(districtChoice) {
  choice = districtChoice;
  elements.form.addEventListener('submit', save);
  onLanguageChange(render);
  choice.onChange(show);
  await show();
}

async function show() {
  await load();
  elements.form.hidden = !choice.mayChange;
  const missing = calendars?.missing_years ?? [];
  if (missing.length > 0) {
    elements.year.value = String(missing[0]);
  }
}
