// The people page: who works in which grid. Everyone the signed-in person may see is listed with
// their current duties; an administrator adds and deactivates people and assigns grid chiefs and
// supervisors, a grid chief assigns the supervisors in their grid. The server decides what is
// allowed and says why when it is not; the page only leaves out controls that could never work.
// Everything that comes from the server goes into the page with textContent.

import {
  assignPerson,
  createPerson,
  deactivatePerson,
  fetchPeople,
  fetchUnstaffedGrids,
  releaseAssignment,
  unlockPerson,
} from '../components/api.js';
import { districtToday } from '../components/district-time.js';
import { confirmingButton, element, option } from '../components/dom.js';
import { describeError, describeFieldError, dutyName, levelName, roleName } from '../components/format.js';
import { fetchGridChoices } from '../components/grid-choices.js';
import { startPage } from '../components/page.js';
import { onLanguageChange, t } from '../i18n/index.js';

/** Tiers a supervisor may be assigned in (any grid below the district); a chief only the first. */
const ASSIGNABLE_TIERS = [1, 2, 3];
const DUTY_TIERS = { chief: [1], supervisor: [1, 2, 3] };
/** The unstaffed list names at most this many grids and counts the rest. */
const UNSTAFFED_SHOWN = 300;
const FIELDS = ['name', 'username', 'password', 'phone', 'email', 'role'];

const state = {
  me: null,
  people: null, // as sent by GET /api/people, null until loaded
  grids: null, // [{ code, name, level, tier, staffed }] of tiers 1–3, null until loaded
  gridsError: null,
  unstaffed: null,
  unstaffedError: null,
  assigning: null, // id of the person whose assignment form is open
  highlight: null, // id of the person changed last
};

const elements = {
  status: document.getElementById('people-status'),
  table: document.getElementById('people-table'),
  rows: document.querySelector('#people-table tbody'),
  count: document.getElementById('people-count'),
  formPanel: document.getElementById('person-form-panel'),
  form: document.getElementById('person-form'),
  submit: document.getElementById('person-submit'),
  unstaffedTitle: document.getElementById('unstaffed-title'),
  unstaffed: document.getElementById('unstaffed-list'),
};

const page = startPage({ status: elements.status });
const { status, say, fail } = page;

if (page.signedIn) {
  elements.form.addEventListener('submit', (event) => {
    event.preventDefault();
    submitPerson();
  });
  elements.form.addEventListener('input', (event) => clearFieldError(event.target.name));
  onLanguageChange(() => {
    renderPeople();
    renderUnstaffed();
  });
  start();
}

async function start() {
  say('people.status.loading');
  const people = loadPeople();
  const unstaffed = loadUnstaffed();
  state.me = await page.me;
  elements.formPanel.hidden = state.me?.role !== 'admin';
  if (mayAssignAnyone()) {
    loadGrids();
  }
  await people;
  renderPeople();
  await unstaffed;
}

// Loading

async function loadPeople() {
  try {
    state.people = await fetchPeople();
    if (['people.status.loading', 'people.status.error'].includes(status.current()?.key)) {
      say('people.status.loaded', { count: state.people.length });
    }
  } catch (error) {
    state.people = state.people ?? [];
    fail('people.status.error', error);
  }
  renderPeople();
}

async function loadUnstaffed() {
  try {
    state.unstaffed = await fetchUnstaffedGrids();
    state.unstaffedError = null;
  } catch (error) {
    state.unstaffedError = error;
  }
  renderUnstaffed();
}

/** The grids one may assign people to: tiers 1–3 as the server lets the caller read them. */
async function loadGrids() {
  try {
    state.grids = await fetchGridChoices(ASSIGNABLE_TIERS);
    state.gridsError = null;
  } catch (error) {
    state.gridsError = error;
  }
  refreshGridChoice();
}

/** After an assignment changes, who is unstaffed changes too. */
function reloadAfterChange() {
  const reloads = [loadPeople(), loadUnstaffed()];
  if (mayAssignAnyone()) {
    reloads.push(loadGrids());
  }
  return Promise.allSettled(reloads);
}

// What the signed-in person may do (the server checks again and has the last word)

function mayAssignAnyone() {
  return ['admin', 'chief'].includes(state.me?.role);
}

/** The duties this person may be given by the signed-in person: a person's role must match the duty. */
function dutiesFor(person) {
  if (person.active === false || !['chief', 'supervisor'].includes(person.role)) {
    return [];
  }
  if (state.me?.role === 'admin') {
    return [person.role];
  }
  if (state.me?.role === 'chief' && person.role === 'supervisor') {
    return ['supervisor'];
  }
  return [];
}

function mayRelease(assignment) {
  return state.me?.role === 'admin' || (state.me?.role === 'chief' && assignment.duty === 'supervisor');
}

function mayDeactivate(person) {
  return state.me?.role === 'admin' && person.active !== false && person.id !== state.me.id;
}

// The table

function renderPeople() {
  if (state.people === null) {
    return;
  }
  const kept = openFormValues();
  const rows = [];
  for (const person of state.people) {
    rows.push(personRow(person));
    if (state.assigning === person.id && dutiesFor(person).length > 0) {
      rows.push(assignRow(person));
    }
  }
  if (rows.length === 0) {
    const cell = element('td', { className: 'table-empty muted', text: t('people.none') });
    cell.colSpan = columnCount();
    rows.push(element('tr', {}, cell));
  }
  elements.rows.replaceChildren(...rows);
  elements.count.textContent = t('people.count', { count: state.people.length });
  elements.table.dataset.loaded = String(state.people.length);
  restoreFormValues(kept);
  refreshGridChoice();
}

function personRow(person) {
  const row = element('tr');
  row.dataset.personId = String(person.id);
  row.dataset.username = person.username ?? '';
  row.dataset.active = String(person.active !== false);
  if (person.id === state.highlight) {
    row.classList.add('row-highlight');
  }

  const name = element('td', { className: 'person-name' }, element('span', { text: person.name ?? '—' }));
  if (person.id === state.me?.id) {
    name.append(' ', element('span', { className: 'self-badge', text: t('people.self') }));
  }
  const role = element('span', { className: 'role-badge role-badge-light', text: roleName(person.role) });
  role.dataset.role = person.role ?? '';
  const active = person.active !== false;
  const stateBadge = element('span', {
    className: `state-badge ${active ? 'state-active' : 'state-inactive'}`,
    text: t(active ? 'people.active' : 'people.inactive'),
  });

  row.append(
    name,
    element('td', { className: 'person-username code-text', text: person.username ?? '—' }),
    element('td', { className: 'person-role' }, role),
    // Personal data: the server sends a phone and an e-mail only to those who may see them.
    element('td', { className: 'person-phone' },
      element('div', { text: person.phone ? String(person.phone) : '—' }),
      ...(person.email ? [element('div', { className: 'person-email muted', text: String(person.email) })] : [])),
    element('td', { className: 'person-state' }, stateBadge, ...lockBadge(person)),
    element('td', { className: 'person-assignments' }, assignmentList(person)),
    element('td', { className: 'person-actions' }, element('div', { className: 'action-buttons' }, ...actions(person))),
  );
  return row;
}

/** Administrators are told (only they are) when some client must wait before trying the person's password again. */
function lockBadge(person) {
  return person.locked ? [' ', element('span', { className: 'state-badge state-inactive locked-badge', text: t('people.locked') })] : [];
}

function assignmentList(person) {
  const current = (person.assignments ?? []).filter(isCurrent)
    .sort((a, b) => String(a.grid_code).localeCompare(String(b.grid_code)));
  if (current.length === 0) {
    return element('span', { className: 'muted', text: t('people.noAssignments') });
  }
  const list = element('ul', { className: 'assignment-list' });
  for (const assignment of current) {
    const item = element('li', { className: 'assignment' });
    item.dataset.assignmentId = String(assignment.id);
    item.dataset.gridCode = String(assignment.grid_code ?? '');
    item.dataset.duty = assignment.duty ?? '';
    const duty = element('span', { className: 'duty-badge', text: dutyName(assignment.duty) });
    duty.dataset.duty = assignment.duty ?? '';
    const grid = element('span', { className: 'assignment-grid', text: assignment.grid_name || String(assignment.grid_code ?? '—') });
    const code = element('span', { className: 'code-text muted', text: String(assignment.grid_code ?? '') });
    const where = element('span', { className: 'assignment-where' }, grid, code);
    if (assignment.starts_on && assignment.starts_on > districtToday()) {
      where.append(element('span', { className: 'muted', text: t('people.since', { date: assignment.starts_on }) }));
    }
    if (assignment.ends_on) {
      where.append(element('span', { className: 'muted', text: t('people.until', { date: assignment.ends_on }) }));
    }
    item.append(duty, where);
    if (mayRelease(assignment)) {
      const releaseButton = confirmingButton('people.release', 'people.release.confirm', (button) => release(person, assignment, button));
      releaseButton.classList.add('button-small', 'release');
      releaseButton.title = t('people.release.label', { grid: grid.textContent, duty: dutyName(assignment.duty) });
      item.append(releaseButton);
    }
    list.append(item);
  }
  return list;
}

function actions(person) {
  const buttons = [];
  if (dutiesFor(person).length > 0) {
    const open = state.assigning === person.id;
    const assignButton = element('button', { className: 'button button-small assign-toggle', text: t('people.assign') });
    assignButton.type = 'button';
    assignButton.setAttribute('aria-expanded', String(open));
    assignButton.addEventListener('click', () => {
      state.assigning = open ? null : person.id;
      renderPeople();
      if (!open) {
        elements.rows.querySelector('.assign-form select[name="grid_code"]')?.focus();
      }
    });
    buttons.push(assignButton);
  }
  if (state.me?.role === 'admin' && person.locked) {
    const unlockButton = element('button', { className: 'button button-small unlock', text: t('people.unlock') });
    unlockButton.type = 'button';
    unlockButton.addEventListener('click', () => unlock(person, unlockButton));
    buttons.push(unlockButton);
  }
  if (mayDeactivate(person)) {
    const deactivateButton = confirmingButton('people.deactivate', 'people.deactivate.confirm', (button) => deactivate(person, button));
    deactivateButton.classList.add('button-small', 'button-danger', 'deactivate');
    buttons.push(deactivateButton);
  }
  return buttons;
}

/** The form under a person's row that assigns them to a grid. */
function assignRow(person) {
  const duties = dutiesFor(person);
  const form = element('form', { className: 'assign-form inline-form' });
  form.noValidate = true;
  form.dataset.personId = String(person.id);

  const gridSelect = element('select', { className: 'grid-choice' });
  gridSelect.name = 'grid_code';
  gridSelect.required = true;
  const dutySelect = element('select');
  dutySelect.name = 'duty';
  duties.forEach((duty) => dutySelect.append(option(duty, dutyName(duty))));
  dutySelect.addEventListener('change', () => fillGridChoice(gridSelect, dutySelect.value));
  const startsOn = element('input');
  startsOn.type = 'date';
  startsOn.name = 'starts_on';
  startsOn.title = t('assign.startsOn.hint');

  const submit = element('button', { className: 'button button-primary button-small assign-submit', text: t('assign.submit') });
  submit.type = 'submit';
  const cancel = element('button', { className: 'button button-small', text: t('assign.cancel') });
  cancel.type = 'button';
  cancel.addEventListener('click', () => {
    state.assigning = null;
    renderPeople();
  });

  form.append(
    element('strong', { className: 'assign-title', text: t('assign.title', { name: person.name ?? person.username }) }),
    labelled(t('assign.grid'), gridSelect),
    labelled(t('assign.duty'), dutySelect),
    labelled(t('assign.startsOn'), startsOn),
    submit,
    cancel,
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    assign(person, form);
  });
  fillGridChoice(gridSelect, dutySelect.value);

  const cell = element('td', {}, form);
  cell.colSpan = columnCount();
  const row = element('tr', { className: 'assign-row' }, cell);
  row.dataset.assignFor = String(person.id);
  return row;
}

/** Options of the grid choice for a duty: grouped by tier, unstaffed grids marked for a supervisor duty. */
function fillGridChoice(select, duty) {
  const previous = select.value;
  const tiers = DUTY_TIERS[duty] ?? [];
  if (state.gridsError) {
    select.replaceChildren(option('', t('people.status.error', { detail: describeError(state.gridsError) })));
    select.disabled = true;
    return;
  }
  if (state.grids === null) {
    select.replaceChildren(option('', t('assign.grid.loading')));
    select.disabled = true;
    return;
  }
  const grids = state.grids.filter((grid) => tiers.includes(grid.tier));
  select.disabled = grids.length === 0;
  const placeholder = option('', t(grids.length ? 'assign.grid.choose' : 'assign.noGrids'));
  placeholder.disabled = grids.length > 0;
  const groups = tiers.map((tier) => {
    const group = element('optgroup');
    group.label = t(`tier.${tier}`);
    for (const grid of grids.filter((candidate) => candidate.tier === tier)) {
      let label = `${grid.name}（${levelName(grid.level)} ${grid.code}）`;
      if (duty === 'supervisor' && grid.staffed === false) {
        label = t('assign.grid.unstaffed', { label });
      }
      group.append(option(grid.code, label));
    }
    return group;
  }).filter((group) => group.children.length > 0);
  select.replaceChildren(placeholder, ...groups);
  select.value = grids.some((grid) => grid.code === previous) ? previous : '';
}

function refreshGridChoice() {
  const form = elements.rows.querySelector('.assign-form');
  if (form) {
    fillGridChoice(form.elements.grid_code, form.elements.duty.value);
  }
}

function openFormValues() {
  const form = elements.rows.querySelector('.assign-form');
  if (!form) {
    return null;
  }
  return {
    person: form.dataset.personId,
    grid: form.elements.grid_code.value,
    duty: form.elements.duty.value,
    startsOn: form.elements.starts_on.value,
  };
}

function restoreFormValues(kept) {
  const form = elements.rows.querySelector('.assign-form');
  if (!kept || !form || form.dataset.personId !== kept.person) {
    return;
  }
  form.elements.duty.value = kept.duty;
  fillGridChoice(form.elements.grid_code, form.elements.duty.value);
  form.elements.grid_code.value = kept.grid;
  form.elements.starts_on.value = kept.startsOn;
}

// Changes

async function submitPerson() {
  clearFieldErrors();
  const values = Object.fromEntries(FIELDS.map((name) => [name, elements.form.elements[name].value.trim()]));
  values.password = elements.form.elements.password.value;
  const missing = ['name', 'username', 'password', 'role'].filter((name) => !values[name]);
  if (missing.length > 0) {
    missing.forEach((name) => showFieldError(name, t('form.required', { field: fieldLabel(name) })));
    elements.form.elements[missing[0]].focus();
    return;
  }
  const person = { name: values.name, username: values.username, password: values.password, role: values.role };
  if (values.phone) {
    person.phone = values.phone;
  }
  if (values.email) {
    person.email = values.email;
  }
  await change(elements.submit, async () => {
    const created = await createPerson(person);
    elements.form.reset();
    state.highlight = created?.id ?? null;
    say('people.status.created', { name: created?.name ?? person.name, username: created?.username ?? person.username }, 'success');
    await loadPeople();
    scrollToHighlight();
  }, (error) => {
    error.fieldErrors.forEach((entry) => {
      const { pointer } = entry;
      const message = describeFieldError(entry);
      const name = String(pointer ?? '').replace(/^\//, '').split('/')[0];
      if (FIELDS.includes(name) && message) {
        showFieldError(name, String(message));
      }
    });
  });
}

async function assign(person, form) {
  const gridCode = form.elements.grid_code.value;
  const duty = form.elements.duty.value;
  if (!gridCode) {
    form.elements.grid_code.setAttribute('aria-invalid', 'true');
    form.elements.grid_code.focus();
    return;
  }
  const body = { grid_code: gridCode, duty };
  if (form.elements.starts_on.value) {
    body.starts_on = form.elements.starts_on.value;
  }
  await change(form.querySelector('.assign-submit'), async () => {
    const assignment = await assignPerson(person.id, body);
    state.assigning = null;
    state.highlight = person.id;
    say('people.status.assigned', {
      name: person.name,
      grid: assignment?.grid_name || gridName(gridCode),
      duty: dutyName(assignment?.duty ?? duty),
    }, 'success');
    await reloadAfterChange();
    scrollToHighlight();
  });
}

async function release(person, assignment, button) {
  await change(button, async () => {
    await releaseAssignment(assignment.id);
    state.highlight = person.id;
    say('people.status.released', {
      name: person.name,
      grid: assignment.grid_name || gridName(assignment.grid_code),
      duty: dutyName(assignment.duty),
    }, 'success');
    await reloadAfterChange();
  });
}

async function deactivate(person, button) {
  await change(button, async () => {
    await deactivatePerson(person.id);
    state.highlight = person.id;
    if (state.assigning === person.id) {
      state.assigning = null;
    }
    say('people.status.deactivated', { name: person.name }, 'success');
    await reloadAfterChange();
  });
}

async function unlock(person, button) {
  await change(button, async () => {
    await unlockPerson(person.id);
    state.highlight = person.id;
    say('people.status.unlocked', { name: person.name }, 'success');
    await reloadAfterChange();
  });
}

/**
 * Runs one change against the server with its button disabled; a refusal goes to the status line
 * (and to onError, e.g. to mark the fields it names) and leaves what was typed in place.
 */
async function change(button, action, onError = () => {}) {
  if (button) {
    button.disabled = true;
  }
  document.body.dataset.busy = 'true';
  say('people.status.working');
  try {
    await action();
  } catch (error) {
    fail('people.status.failed', error);
    if (error?.fieldErrors) {
      onError(error);
    }
  } finally {
    delete document.body.dataset.busy;
    if (button?.isConnected) {
      button.disabled = false;
    }
  }
}

// Unstaffed grids

function renderUnstaffed() {
  if (state.unstaffedError) {
    elements.unstaffedTitle.textContent = t('unstaffed.title');
    const item = element('li', {
      className: 'grid-list-error',
      text: t('people.status.error', { detail: describeError(state.unstaffedError) }),
    });
    elements.unstaffed.replaceChildren(item);
    delete elements.unstaffed.dataset.loaded;
    return;
  }
  if (state.unstaffed === null) {
    elements.unstaffed.replaceChildren(element('li', { className: 'muted', text: t('unstaffed.loading') }));
    return;
  }
  const grids = [...state.unstaffed].sort((a, b) => (a.tier ?? 0) - (b.tier ?? 0)
    || String(a.code).localeCompare(String(b.code)));
  elements.unstaffedTitle.textContent = t('unstaffed.count', { count: grids.length });
  const items = grids.slice(0, UNSTAFFED_SHOWN).map((grid) => {
    const item = element('li');
    item.dataset.code = String(grid.code ?? '');
    item.dataset.tier = String(grid.tier ?? '');
    const level = element('span', { className: 'level-tag', text: levelName(grid.level) });
    level.dataset.level = grid.level ?? '';
    item.append(
      element('span', { className: 'grid-list-name', text: grid.name || String(grid.code ?? '—') }),
      level,
      element('span', { className: 'code-text muted', text: String(grid.code ?? '') }),
    );
    return item;
  });
  if (grids.length === 0) {
    items.push(element('li', { className: 'muted', text: t('unstaffed.none') }));
  } else if (grids.length > UNSTAFFED_SHOWN) {
    items.push(element('li', { className: 'muted', text: t('unstaffed.more', { count: grids.length - UNSTAFFED_SHOWN }) }));
  }
  elements.unstaffed.replaceChildren(...items);
  elements.unstaffed.dataset.loaded = String(grids.length);
}

// Form errors

function showFieldError(name, message) {
  const input = elements.form.elements[name];
  if (!input) {
    return;
  }
  const id = `${input.id}-error`;
  let note = document.getElementById(id);
  if (!note) {
    note = element('p', { className: 'field-error' });
    note.id = id;
    input.after(note);
  }
  note.textContent = message;
  input.setAttribute('aria-invalid', 'true');
  input.setAttribute('aria-describedby', id);
}

function clearFieldError(name) {
  const input = name ? elements.form.elements[name] : null;
  if (!input || !input.id) {
    return;
  }
  document.getElementById(`${input.id}-error`)?.remove();
  input.removeAttribute('aria-invalid');
  input.removeAttribute('aria-describedby');
}

function clearFieldErrors() {
  FIELDS.forEach(clearFieldError);
}

function fieldLabel(name) {
  return t(`form.${name}`);
}

// Small helpers

function labelled(text, control) {
  return element('label', { className: 'inline-field' }, element('span', { text }), control);
}

function isCurrent(assignment) {
  return !assignment.ends_on || assignment.ends_on > districtToday();
}

function gridName(code) {
  return state.grids?.find((grid) => grid.code === code)?.name ?? code;
}

function columnCount() {
  return elements.table.querySelectorAll('thead th').length;
}

function scrollToHighlight() {
  elements.rows.querySelector('tr.row-highlight')?.scrollIntoView({ block: 'nearest' });
}
