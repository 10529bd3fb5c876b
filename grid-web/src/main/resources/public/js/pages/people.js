// The people page: who works in which grid. Everyone the signed-in person may see is listed with
// their current duties and, on demand, their assignment history; per grid its chief and supervisors
// today, unstaffed grids marked. An administrator adds and deactivates people, resets a password,
// imports a roster (dry run, then all or nothing, the new accounts' passwords sheet downloaded once)
// and assigns grid chiefs and supervisors, a grid chief assigns the supervisors in their grid. The
// server decides what is allowed and says why when it is not; the page only leaves out controls that
// could never work. An administrator also sees and revokes a person's API keys. Everything that comes from the
// server goes into the page with textContent.

import {
  assignPerson,
  createPerson,
  deactivatePerson,
  fetchPeople,
  fetchUnstaffedGrids,
  importRoster,
  releaseAssignment,
  resetPassword,
  fetchApiKeysOf,
  revokeApiKeyOf,
  unlockPerson,
} from '../components/api.js';
import { districtToday } from '../components/district-time.js';
import { apiKeyColumns, apiKeyRows } from '../components/api-keys.js';
import {
  confirmingButton, element, emptyRow, option, saveFile, translatedOption,
} from '../components/dom.js';
import {
  describeError, describeFieldError, describeProblem, dutyName, levelName, roleName, scopedRoleName,
} from '../components/format.js';
import { fetchGridChoices } from '../components/grid-choices.js';
import { startPage } from '../components/page.js';
import { onLanguageChange, t } from '../i18n/index.js';

/** Tiers a supervisor may be assigned in (any grid below the district); a chief only the first. */
const ASSIGNABLE_TIERS = [1, 2, 3];
const DUTY_TIERS = { chief: [1], supervisor: [1, 2, 3] };
/** The unstaffed list names at most this many grids and counts the rest. */
const UNSTAFFED_SHOWN = 300;
const FIELDS = ['name', 'username', 'password', 'phone', 'email', 'role', 'district'];

const state = {
  me: null,
  people: null, // as sent by GET /api/people, null until loaded
  grids: null, // [{ code, name, level, tier, staffed }] of tiers 1–3, null until loaded
  gridsError: null,
  unstaffed: null,
  unstaffedError: null,
  assigning: null, // id of the person whose assignment form is open
  history: null, // id of the person whose assignment history is open
  reset: null, // { personId, password } just reset: shown once, until closed
  apiKeys: null, // { personId, keys, error } of the person whose API keys an administrator opened
  highlight: null, // id of the person changed last
  // the roster import: the file picked, the last report (dry run or written) or refusal, the passwords sheet
  // until it is downloaded
  roster: { file: null, report: null, error: null, busy: false, sheet: null, downloaded: false },
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
  staffingRows: document.querySelector('#staffing-table tbody'),
  staffingTable: document.getElementById('staffing-table'),
  staffingCount: document.getElementById('staffing-count'),
  rosterPanel: document.getElementById('roster-panel'),
  rosterForm: document.getElementById('roster-form'),
  rosterFile: document.getElementById('roster-file'),
  rosterAccept: document.getElementById('roster-accept'),
  rosterSummary: document.getElementById('roster-summary'),
  rosterTable: document.getElementById('roster-table'),
  rosterRows: document.querySelector('#roster-table tbody'),
  rosterPasswords: document.getElementById('roster-passwords'),
  rosterDownload: document.getElementById('roster-passwords-download'),
};

const page = startPage({ status: elements.status });
const { status, say, fail } = page;

if (page.signedIn) {
  elements.form.addEventListener('submit', (event) => {
    event.preventDefault();
    submitPerson();
  });
  elements.form.addEventListener('input', (event) => clearFieldError(event.target.name));
  elements.rosterFile.addEventListener('change', () => {
    state.roster = { ...state.roster, file: elements.rosterFile.files[0] ?? null, report: null, error: null };
    renderRoster();
  });
  elements.rosterForm.addEventListener('submit', (event) => {
    event.preventDefault();
    sendRoster(true);
  });
  elements.rosterAccept.addEventListener('click', () => sendRoster(false));
  elements.rosterDownload.addEventListener('click', downloadPasswords);
  onLanguageChange(() => {
    renderPeople();
    renderUnstaffed();
    renderStaffing();
    renderRoster();
  });
  start();
}

async function start() {
  say('people.status.loading');
  const people = loadPeople();
  const unstaffed = loadUnstaffed();
  const grids = loadGrids();
  state.me = await page.me;
  elements.formPanel.hidden = state.me?.role !== 'admin';
  elements.rosterPanel.hidden = state.me?.role !== 'admin';
  renderRoster();
  loadDistricts();
  await Promise.all([people, grids]);
  renderPeople();
  await unstaffed;
}

// Loading

/**
 * The districts a new person may be bound to, in the form's district choice: the city's administrators may leave a
 * person to the whole city or bind them to any district, a district's administrators bind to theirs (the server
 * enforces it; the page only offers what can work).
 */
async function loadDistricts() {
  const select = elements.form.elements.district;
  try {
    const districts = await fetchGridChoices([0]);
    const own = state.me?.district;
    select.replaceChildren(...(own ? [] : [translatedOption('', 'form.district.city')]),
      ...districts.filter((d) => !own || d.code === own).map((d) => option(d.code, `${d.name} (${d.code})`)));
  } catch (error) {
    console.warn('Districts not available', error);
  }
}

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
  renderStaffing();
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

/** The grids of tiers 1–3 the server lets the caller read: to assign people to, and to show who is where. */
async function loadGrids() {
  try {
    state.grids = await fetchGridChoices(ASSIGNABLE_TIERS);
    state.gridsError = null;
  } catch (error) {
    state.gridsError = error;
  }
  refreshGridChoice();
  renderStaffing();
}

/** After an assignment changes, who is unstaffed changes too. */
function reloadAfterChange() {
  return Promise.allSettled([loadPeople(), loadUnstaffed(), loadGrids()]);
}

// What the signed-in person may do (the server checks again and has the last word)

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
    if (state.reset?.personId === person.id) {
      rows.push(resetRow(person));
    }
    if (state.history === person.id) {
      rows.push(historyRow(person));
    }
    if (state.apiKeys?.personId === person.id) {
      rows.push(apiKeysRow(person));
    }
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
  const role = element('span', { className: 'role-badge role-badge-light', text: scopedRoleName(person) });
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
  if ((person.assignments ?? []).length > 0) {
    const open = state.history === person.id;
    const historyButton = element('button', { className: 'button button-small history-toggle', text: t('people.history') });
    historyButton.type = 'button';
    historyButton.setAttribute('aria-expanded', String(open));
    historyButton.addEventListener('click', () => {
      state.history = open ? null : person.id;
      renderPeople();
    });
    buttons.push(historyButton);
  }
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
  if (state.me?.role === 'admin' && person.active !== false && person.id !== state.me.id) {
    const resetButton = confirmingButton('people.resetPassword', 'people.resetPassword.confirm', (button) => reset(person, button));
    resetButton.classList.add('button-small', 'reset-password');
    buttons.push(resetButton);
  }
  if (state.me?.role === 'admin') {
    const open = state.apiKeys?.personId === person.id;
    const keysButton = element('button', { className: 'button button-small api-keys-toggle', text: t('people.apiKeys') });
    keysButton.type = 'button';
    keysButton.setAttribute('aria-expanded', String(open));
    keysButton.addEventListener('click', () => (open ? closeApiKeys() : openApiKeys(person)));
    buttons.push(keysButton);
  }
  if (mayDeactivate(person)) {
    const deactivateButton = confirmingButton('people.deactivate', 'people.deactivate.confirm', (button) => deactivate(person, button));
    deactivateButton.classList.add('button-small', 'button-danger', 'deactivate');
    buttons.push(deactivateButton);
  }
  return buttons;
}

/** Every assignment the person held or holds, newest first: from, to, grid, post. */
function historyRow(person) {
  const assignments = [...(person.assignments ?? [])].sort((a, b) => String(b.starts_on).localeCompare(String(a.starts_on))
    || (b.id ?? 0) - (a.id ?? 0));
  const head = element('tr', {}, ...['people.history.from', 'people.history.to', 'people.history.grid', 'people.history.post']
    .map((key) => element('th', { text: t(key) })));
  const body = assignments.map((assignment) => {
    const row = element('tr', {},
      element('td', { text: String(assignment.starts_on ?? '—') }),
      element('td', { text: assignment.ends_on ? String(assignment.ends_on) : t('people.history.now') }),
      element('td', { text: `${assignment.grid_name || ''} ${assignment.grid_code ?? ''}`.trim() }),
      element('td', { text: dutyName(assignment.duty) }));
    row.dataset.gridCode = String(assignment.grid_code ?? '');
    row.dataset.current = String(isCurrent(assignment));
    return row;
  });
  const table = element('table', { className: 'history-table' },
    element('caption', { text: t('people.history.caption', { name: person.name ?? person.username }) }),
    element('thead', {}, head), element('tbody', {}, ...body));
  const cell = element('td', {}, table);
  cell.colSpan = columnCount();
  const row = element('tr', { className: 'history-row' }, cell);
  row.dataset.historyFor = String(person.id);
  return row;
}

/** A person's API keys, for an administrator to see and revoke. */
function apiKeysRow(person) {
  const table = element('table', { className: 'data-table api-key-table' },
    element('caption', { text: t('people.apiKeys.caption', { name: person.name ?? person.username }) }),
    element('thead', {}, apiKeyColumns()), element('tbody'));
  if (state.apiKeys.error) {
    table.tBodies[0].append(emptyRow(table, t('people.apiKeys.error', { detail: describeProblem(state.apiKeys.error) })));
  } else if (state.apiKeys.keys) {
    table.tBodies[0].append(...apiKeyRows(table, state.apiKeys.keys, (key, button) => revokeApiKey(person, key, button)));
  }
  const cell = element('td', {}, element('div', { className: 'table-scroll' }, table));
  cell.colSpan = columnCount();
  const row = element('tr', { className: 'api-keys-row' }, cell);
  row.dataset.apiKeysFor = String(person.id);
  return row;
}

async function openApiKeys(person) {
  state.apiKeys = { personId: person.id, keys: null, error: null };
  renderPeople();
  try {
    state.apiKeys = { ...state.apiKeys, keys: await fetchApiKeysOf(person.id) };
  } catch (error) {
    state.apiKeys = { ...state.apiKeys, error };
  }
  renderPeople();
}

function closeApiKeys() {
  state.apiKeys = null;
  renderPeople();
}

async function revokeApiKey(person, key, button) {
  button.disabled = true;
  try {
    await revokeApiKeyOf(person.id, key.id);
    say('apiKeys.status.revoked', { label: key.label }, 'success');
    await openApiKeys(person);
  } catch (error) {
    button.disabled = false;
    fail('apiKeys.status.revokeFailed', error);
  }
}

/** The password just reset, shown this once: the server keeps no copy it could show again. */
function resetRow(person) {
  const close = element('button', { className: 'button button-small', text: t('people.resetPassword.close') });
  close.type = 'button';
  close.addEventListener('click', () => {
    state.reset = null;
    renderPeople();
  });
  const cell = element('td', {},
    element('span', { text: t('people.resetPassword.shown', { name: person.name ?? person.username }) }), ' ',
    element('span', { className: 'new-password', text: state.reset.password }), ' ', close);
  cell.colSpan = columnCount();
  const row = element('tr', { className: 'reset-row' }, cell);
  row.dataset.resetFor = String(person.id);
  return row;
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
  if (values.district) {
    person.district = values.district;
  }
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

async function reset(person, button) {
  await change(button, async () => {
    const answer = await resetPassword(person.id);
    state.reset = { personId: person.id, password: String(answer?.password ?? '') };
    state.highlight = person.id;
    say('people.status.reset', { name: person.name }, 'success');
    renderPeople();
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

// Who is where: per grid, its chief and supervisors today

function renderStaffing() {
  if (state.grids === null || state.people === null) {
    return;
  }
  const today = districtToday();
  const holders = new Map(); // grid code → { chief: [names], supervisor: [names] }
  for (const person of state.people.filter((candidate) => candidate.active !== false)) {
    for (const assignment of person.assignments ?? []) {
      if (assignment.starts_on > today || !isCurrent(assignment)) {
        continue;
      }
      const posts = holders.get(assignment.grid_code) ?? { chief: [], supervisor: [] };
      posts[assignment.duty]?.push(person.name ?? person.username);
      holders.set(assignment.grid_code, posts);
    }
  }
  const rows = inLayerOrder(state.grids).map((grid) => {
    const posts = holders.get(grid.code) ?? { chief: [], supervisor: [] };
    const name = element('td', { className: 'staffing-grid-name' },
      element('span', { text: grid.name || grid.code }), ' ',
      element('span', { className: 'code-text muted', text: grid.code }));
    if (grid.staffed === false) {
      name.append(' ', element('span', { className: 'staffing-unstaffed', text: t('staffing.unstaffed') }));
    }
    const row = element('tr', { className: 'staffing-grid' }, name,
      element('td', { className: 'staffing-chief', text: posts.chief.join('、') || '—' }),
      element('td', { className: 'staffing-supervisors', text: posts.supervisor.join('、') || '—' }));
    row.dataset.code = grid.code;
    row.dataset.tier = String(grid.tier);
    row.dataset.staffed = String(grid.staffed !== false);
    return row;
  });
  elements.staffingRows.replaceChildren(...rows);
  elements.staffingCount.textContent = t('staffing.count', {
    count: state.grids.length, unstaffed: state.grids.filter((grid) => grid.staffed === false).length,
  });
  elements.staffingTable.dataset.loaded = String(rows.length);
}

/** Grids each followed by those inside it, siblings by code. */
function inLayerOrder(grids) {
  const codes = new Set(grids.map((grid) => grid.code));
  const children = new Map();
  grids.forEach((grid) => {
    const parent = codes.has(grid.parent) ? grid.parent : null;
    children.set(parent, [...(children.get(parent) ?? []), grid]);
  });
  const ordered = [];
  const visit = (parent) => (children.get(parent) ?? [])
    .sort((a, b) => a.code.localeCompare(b.code))
    .forEach((grid) => {
      ordered.push(grid);
      visit(grid.code);
    });
  visit(null);
  return ordered;
}

// The roster import

async function sendRoster(dryRun) {
  const { file } = state.roster;
  if (!file || state.roster.busy) {
    say('roster.status.noFile', {}, 'error');
    return;
  }
  state.roster = { ...state.roster, busy: true, error: null };
  renderRoster();
  say(dryRun ? 'roster.status.checking' : 'roster.status.importing');
  try {
    const report = await importRoster(file, { dryRun });
    state.roster = { ...state.roster, report, busy: false };
    if (!dryRun) {
      state.roster.sheet = report?.passwords_sheet ?? null;
      state.roster.downloaded = false;
      say('roster.status.imported', { created: report.created, updated: report.updated }, 'success');
      await reloadAfterChange();
    } else {
      say(report.bad > 0 || report.problems?.length ? 'roster.status.bad' : 'roster.status.checked',
        { bad: report.bad }, report.bad > 0 || report.problems?.length ? 'error' : 'success');
    }
  } catch (error) {
    // A rejected roster carries its report: the rows are shown with what is wrong at each cell.
    state.roster = { ...state.roster, busy: false, error, report: error?.problem?.report ?? null };
    fail('people.status.failed', error);
  }
  renderRoster();
}

function renderRoster() {
  const { report, error, busy, file } = state.roster;
  const clean = report && report.dry_run && report.bad === 0 && (report.problems ?? []).length === 0;
  elements.rosterAccept.disabled = busy || !file || !clean || report.created + report.updated === 0;
  elements.rosterForm.setAttribute('aria-busy', String(busy));
  let summary = '';
  if (report) {
    summary = t(report.written ? 'roster.summary.written' : 'roster.summary.planned', {
      rows: report.rows, created: report.created, updated: report.updated, unchanged: report.unchanged, bad: report.bad,
    });
  } else if (error) {
    summary = describeProblem(error);
  }
  elements.rosterSummary.textContent = summary;
  elements.rosterSummary.dataset.state = report?.written ? 'written' : report ? 'planned' : error ? 'error' : '';
  renderRosterTable(report);
  elements.rosterPasswords.hidden = !state.roster.sheet && !state.roster.downloaded;
  elements.rosterDownload.disabled = !state.roster.sheet;
  elements.rosterDownload.textContent = t(state.roster.downloaded ? 'roster.passwords.downloaded' : 'roster.passwords.download');
}

function renderRosterTable(report) {
  if (!report) {
    elements.rosterTable.hidden = true;
    elements.rosterRows.replaceChildren();
    return;
  }
  const problemsByRow = new Map();
  (report.problems ?? []).forEach((problem) => problemsByRow.set(problem.row, [...(problemsByRow.get(problem.row) ?? []), problem]));
  const entryRows = new Set((report.entries ?? []).map((entry) => entry.row));
  // Problems of the file as a whole (a missing column) sit on the header's row, which is no person's.
  const fileRows = [...problemsByRow.keys()].filter((row) => !entryRows.has(row)).map((row) => {
    const cell = element('td', { className: 'roster-problem' }, problemList(problemsByRow.get(row)));
    cell.colSpan = 5;
    return element('tr', { className: 'roster-row roster-file-problem' }, element('td', { text: String(row) }), cell);
  });
  const rows = (report.entries ?? []).map((entry) => {
    const problems = problemsByRow.get(entry.row) ?? [];
    const result = problems.length > 0
      ? element('td', { className: 'roster-problem' }, problemList(problems))
      : element('td', { text: t(`roster.action.${entry.action}`) });
    const row = element('tr', { className: 'roster-row' },
      element('td', { text: String(entry.row) }),
      element('td', { text: entry.name || '—' }),
      element('td', { className: 'code-text', text: entry.username || '—' }),
      element('td', { text: entry.role ? roleName(entry.role) : '—' }),
      element('td', { text: (entry.grids ?? []).join('、') || '—' }),
      result);
    row.dataset.row = String(entry.row);
    row.dataset.action = entry.action ?? '';
    return row;
  });
  elements.rosterRows.replaceChildren(...fileRows, ...rows);
  elements.rosterTable.hidden = false;
  elements.rosterTable.dataset.loaded = String(rows.length);
}

/** A row's problems, each at its cell as Excel shows it (D5) and said from its code. */
function problemList(problems) {
  const list = element('ul', { className: 'roster-problems' });
  problems.forEach((problem) => {
    const item = element('li', {
      text: problem.cell ? t('roster.problemAt', { cell: problem.cell, message: describeFieldError(problem) })
        : describeFieldError(problem),
    });
    item.dataset.cell = problem.cell ?? '';
    item.dataset.code = problem.code ?? '';
    list.append(item);
  });
  return list;
}

/** Hands the passwords sheet to the browser once, then forgets it: nothing can give it again. */
function downloadPasswords() {
  const { sheet } = state.roster;
  if (!sheet) {
    return;
  }
  const bytes = Uint8Array.from(atob(sheet.base64), (c) => c.charCodeAt(0));
  saveFile(new Blob([bytes], { type: sheet.media_type }), sheet.filename);
  state.roster = { ...state.roster, sheet: null, downloaded: true };
  renderRoster();
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
