// The rules page: how often each kind of target falls due — by credit rating, for key dischargers,
// for grid and river patrols — and the two switches that make a target one step stricter. An
// administrator changes and saves them (PUT /api/rules); the server checks them and says what is
// wrong, which the page shows beside the field it names. Others see the rules read-only. The rules
// shown are the city's or a chosen district's, saying whether they are the district's own or
// inherited; the district's administrators change their own district's and reset it to inherit.

import { fetchRuleSettings, fetchRules, resetRuleSetting, saveRules } from '../components/api.js';
import { describeError, describeFieldError } from '../components/format.js';
import { element, option } from '../components/dom.js';
import { startPage } from '../components/page.js';
import { onLanguageChange, t } from '../i18n/index.js';
import { startCalendars } from './rules/calendars.js';
import { createDistrictChoice, originText, startRuleItems } from './rules/district-rules.js';

/** The frequencies, in the order of the form. */
const FREQUENCIES = ['ratingA', 'ratingB', 'ratingC', 'ratingD', 'keyDischarger', 'gridPatrol', 'riverPatrol'];
const SWITCHES = ['stricterInProtectionZone', 'stricterAfterComplaint'];
/** Month cycles the server accepts (their windows fit the calendar year), least often first. */
const MONTH_CYCLES = [12, 6, 4, 3, 2, 1];
const TIMES = 'times';
const DEFAULT_TIMES = 2;

const state = {
  me: null,
  rules: null, // as last loaded or saved
  origin: null, // the inspection rules' item: where they come from
};

const elements = {
  form: document.getElementById('rules-form'),
  fields: document.getElementById('rules-fields'),
  save: document.getElementById('rules-save'),
  reset: document.getElementById('rules-reset'),
  readonly: document.getElementById('rules-readonly'),
  status: document.getElementById('rules-status'),
  origin: document.getElementById('rules-origin'),
  inherit: document.getElementById('rules-inherit'),
};
const choice = createDistrictChoice();

FREQUENCIES.forEach((name) => mountRow(name));
const page = startPage({ status: elements.status });
const { say, fail } = page;

if (page.signedIn) {
  FREQUENCIES.forEach((name) => fillChoice(name));
  elements.form.addEventListener('submit', (event) => {
    event.preventDefault();
    save();
  });
  elements.form.addEventListener('change', (event) => {
    const name = ruleOf(event.target);
    if (name) {
      clearFieldError(name);
      if (event.target === select(name)) {
        chose(name);
      }
      renderPerYear(name);
    }
  });
  elements.form.addEventListener('input', (event) => {
    const name = ruleOf(event.target);
    if (name) {
      clearFieldError(name);
      renderPerYear(name);
    }
  });
  elements.reset.addEventListener('click', () => {
    if (state.rules) {
      clearFieldErrors();
      fillForm(state.rules);
      say('rules.status.reset');
    }
  });
  onLanguageChange(() => {
    FREQUENCIES.forEach((name) => {
      const value = select(name).value;
      fillChoice(name);
      select(name).value = value;
      renderPerYear(name);
    });
  });
  elements.inherit.addEventListener('click', inherit);
  choice.onChange(start);
  page.me.then(async (me) => {
    await choice.start(me);
    start();
    startRuleItems(choice);
    startCalendars(choice);
  });
}

async function start() {
  say('rules.status.loading');
  elements.fields.disabled = true;
  elements.save.disabled = true;
  const [me] = await Promise.all([page.me, load()]);
  state.me = me;
  const mayChange = choice.mayChange;
  elements.readonly.hidden = mayChange || !me;
  elements.save.hidden = !mayChange;
  elements.reset.hidden = !mayChange;
  elements.fields.disabled = !mayChange || !state.rules;
  elements.save.disabled = !state.rules;
  elements.inherit.hidden = !mayChange || !state.origin?.own;
}

async function load() {
  try {
    const [rules, settings] = await Promise.all([fetchRules(choice.district), fetchRuleSettings(choice.district)]);
    state.rules = rules;
    state.origin = settings.items.find((item) => item.item === 'inspection_rules');
    elements.origin.textContent = originText(state.origin, choice.district);
    elements.origin.dataset.source = state.origin?.source ?? '';
    elements.origin.dataset.own = String(Boolean(state.origin?.own));
    fillForm(state.rules);
    elements.form.dataset.loaded = 'true';
    say('rules.status.loaded');
  } catch (error) {
    fail('rules.status.error', error);
  }
}

async function save() {
  clearFieldErrors();
  const { rules, invalid } = readForm();
  if (invalid.length > 0) {
    invalid.forEach((name) => showFieldError(name, t('rules.timesInvalid')));
    say('rules.status.invalid', {}, 'error');
    timesInput(invalid[0]).focus();
    return;
  }
  elements.save.disabled = true;
  document.body.dataset.busy = 'true';
  say('rules.status.saving');
  try {
    const saved = await saveRules(rules, choice.district);
    state.rules = saved ?? rules;
    fillForm(state.rules);
    await start(); // the rules are the district's own now
    say('rules.status.saved', {}, 'success');
  } catch (error) {
    fail('rules.status.failed', error);
    markFieldErrors(error);
  } finally {
    elements.save.disabled = false;
    delete document.body.dataset.busy;
  }
}

/** The district's own rules removed: it inherits the city's again. */
async function inherit() {
  say('rules.status.saving');
  try {
    await resetRuleSetting('inspection_rules', choice.district);
    await start();
    say('rules.status.inherited', {}, 'success');
  } catch (error) {
    fail('rules.status.failed', error);
  }
}

// Between the rules and the form

/** { everyMonths: n } or { timesPerMonth: n } into the select and the times box. */
function fillForm(rules) {
  for (const name of FREQUENCIES) {
    const frequency = rules?.[name] ?? {};
    const choice = select(name);
    if (Number.isInteger(frequency.timesPerMonth)) {
      choice.value = TIMES;
      timesInput(name).value = String(frequency.timesPerMonth);
    } else if (Number.isInteger(frequency.everyMonths)) {
      const value = `every-${frequency.everyMonths}`;
      if (![...choice.options].some((candidate) => candidate.value === value)) {
        // A cycle this page does not offer, kept as the server has it.
        choice.insertBefore(option(value, everyMonthsName(frequency.everyMonths)), choice.querySelector(`option[value="${TIMES}"]`));
      }
      choice.value = value;
      timesInput(name).value = '';
    }
    showTimes(name);
    renderPerYear(name);
  }
  for (const name of SWITCHES) {
    elements.form.elements[name].checked = rules?.[name] === true;
  }
}

/**
 * The rules as the form has them. The times box is only checked for being a whole number: how
 * many times a month are allowed is the server's rule, and it says so when one is refused.
 */
function readForm() {
  const rules = {};
  const invalid = [];
  for (const name of FREQUENCIES) {
    const value = select(name).value;
    if (value === TIMES) {
      const text = timesInput(name).value.trim();
      const times = Number(text);
      if (!text || !Number.isInteger(times)) {
        invalid.push(name);
      }
      rules[name] = { timesPerMonth: times };
    } else {
      rules[name] = { everyMonths: Number(value.replace('every-', '')) };
    }
  }
  for (const name of SWITCHES) {
    rules[name] = elements.form.elements[name].checked;
  }
  return { rules, invalid };
}

/**
 * Fills a frequency's .rule-row, left empty in the markup because the rows differ only by name:
 * the label, the choice of cycle, the times a month (shown for that choice only), the times a year
 * and the note for the server's objection.
 */
function mountRow(name) {
  const label = element('label', { className: 'rule-label' });
  label.htmlFor = `rule-${name}`;
  label.dataset.i18n = `rules.${name}`;
  const choice = element('select');
  choice.id = `rule-${name}`;
  choice.name = name;
  const times = element('input');
  Object.assign(times, { type: 'number', id: `rule-${name}-times`, name: `${name}-times`, min: '1', step: '1' });
  times.inputMode = 'numeric';
  times.dataset.i18nAriaLabel = 'rules.timesLabel';
  const unit = element('span');
  unit.dataset.i18n = 'rules.timesUnit';
  const timesBox = element('span', { className: 'rule-times' }, times, unit);
  timesBox.hidden = true;
  const error = element('p', { className: 'field-error' });
  error.id = `rule-${name}-error`;
  error.hidden = true;
  row(name).append(
    label,
    element('div', { className: 'rule-control' }, choice, timesBox, element('span', { className: 'rule-per-year muted' })),
    error,
  );
}

function fillChoice(name) {
  const choice = select(name);
  choice.replaceChildren(
    ...MONTH_CYCLES.map((months) => option(`every-${months}`, everyMonthsName(months))),
    option(TIMES, t('rules.choice.times')),
  );
}

function everyMonthsName(months) {
  const key = `rules.every.${months}`;
  const name = t(key);
  return name === key ? t('rules.every.n', { months }) : name;
}

/** Switching to "times a month" opens the times box, with a sensible number in it. */
function chose(name) {
  const input = timesInput(name);
  if (select(name).value === TIMES && !input.value) {
    input.value = String(DEFAULT_TIMES);
  }
  showTimes(name);
  if (select(name).value === TIMES) {
    input.focus();
    input.select();
  }
}

function showTimes(name) {
  timesInput(name).closest('.rule-times').hidden = select(name).value !== TIMES;
}

/** "全年 4 次" beside each frequency, so that cycles and counts compare at a glance. */
function renderPerYear(name) {
  const value = select(name).value;
  const note = row(name).querySelector('.rule-per-year');
  let perYear = null;
  if (value === TIMES) {
    const times = Number(timesInput(name).value);
    perYear = Number.isInteger(times) && times > 0 ? times * 12 : null;
  } else if (value) {
    perYear = 12 / Number(value.replace('every-', ''));
  }
  note.textContent = perYear ? t('rules.perYear', { count: perYear }) : '';
}

// Errors beside the fields

/** The server's problem names fields by JSON pointer (/ratingD/timesPerMonth): mark those rows. */
function markFieldErrors(error) {
  const errors = error?.fieldErrors ?? [];
  const messages = errors.length > 0 ? errors.map((entry) => ({ pointer: entry.pointer, message: describeFieldError(entry) }))
    : [{ pointer: '', message: describeError(error) }];
  for (const { pointer, message } of messages) {
    if (!message) {
      continue;
    }
    const name = String(pointer ?? '').replace(/^\//, '').split('/')[0];
    const field = row(name) ? name : firstNamed(String(message));
    if (field) {
      showFieldError(field, String(message));
    }
  }
}

/**
 * The frequency a message names first ("ratingB (every 3 month(s)) is less often than ratingA …"
 * is about ratingB), for problems that point at the whole document rather than at a field.
 */
function firstNamed(message) {
  let first = null;
  let at = Infinity;
  for (const name of FREQUENCIES) {
    const index = message.search(new RegExp(`\\b${name}\\b`));
    if (index >= 0 && index < at) {
      first = name;
      at = index;
    }
  }
  return first;
}

function showFieldError(name, message) {
  const note = document.getElementById(`rule-${name}-error`);
  if (!note) {
    return;
  }
  note.textContent = message;
  note.hidden = false;
  row(name).dataset.invalid = 'true';
  const control = select(name).value === TIMES ? timesInput(name) : select(name);
  control.setAttribute('aria-invalid', 'true');
  control.setAttribute('aria-describedby', note.id);
}

function clearFieldError(name) {
  const note = document.getElementById(`rule-${name}-error`);
  if (!note) {
    return;
  }
  note.textContent = '';
  note.hidden = true;
  delete row(name).dataset.invalid;
  for (const control of [select(name), timesInput(name)]) {
    control.removeAttribute('aria-invalid');
    control.removeAttribute('aria-describedby');
  }
}

function clearFieldErrors() {
  FREQUENCIES.forEach(clearFieldError);
}

// Small helpers

function row(name) {
  return elements.form.querySelector(`.rule-row[data-rule="${name}"]`);
}

function select(name) {
  return elements.form.elements[name];
}

function timesInput(name) {
  return elements.form.elements[`${name}-times`];
}

/** The rule a form control belongs to, or null for the switches. */
function ruleOf(control) {
  const name = control?.closest?.('.rule-row')?.dataset.rule;
  return FREQUENCIES.includes(name) ? name : null;
}
