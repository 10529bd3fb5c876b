// The cases page (问题整改): the problem cases in the caller's grids — a grid chief's first-level
// grid, the whole district for an administrator, a supervisor's own grids — by state and by
// deadline, overdue ones marked with how far they have escalated. Each case offers exactly the
// actions the server says the caller may take now; assigning asks for a supervisor, rejecting and
// sending back ask for a reason, and the server still decides. Expanding a case shows its history.
// Everything that comes from the server goes into the page with textContent.

import { runAction } from '../components/actions.js';
import { actOnCase, fetchCase, fetchCases, fetchPeople } from '../components/api.js';
import { districtToday } from '../components/district-time.js';
import { actionForm, escalationBadge, namedGrid, toggledForm } from '../components/card-parts.js';
import { confirmingButton, element, fieldList, labelledField, option } from '../components/dom.js';
import { caseEvidenceSection } from '../components/evidence.js';
import { describeProblem, formatInstant, vocabularyName } from '../components/format.js';
import { listLoader } from '../components/latest.js';
import { listFilters } from '../components/list-filters.js';
import { startPage } from '../components/page.js';
import { onLanguageChange, t } from '../i18n/index.js';
import { vocabularyKeys } from '../i18n/vocabulary.js';

const STATES = ['open', 'assigned', 'rectifying', 'awaiting_verification', 'closed', 'rejected'];
const ACTIVE = ['open', 'assigned', 'rectifying', 'awaiting_verification'];
/** Actions that name a supervisor, that need a reason, and that ask "really?" first. */
const NEEDS_ASSIGNEE = ['assign', 'reassign'];
const NEEDS_REASON = ['reject', 'send_back'];
const CONFIRMED = ['verify', 'report_done'];
/** The action that moves a case forward, shown as the primary button. */
const FORWARD = ['assign', 'start_rectification', 'report_done', 'verify'];
const DAY_MS = 24 * 60 * 60 * 1000;

const state = {
  me: null,
  cases: null, // as sent by GET /api/cases, null until loaded
  people: null, // GET /api/people, for choosing an assignee; loaded when first needed
  peopleError: null,
  filter: 'active', // a state, 'active' or '' for all
  overdueOnly: false,
  open: null, // { id, action, assignee, reason, error } — the inline form being filled
  expanded: new Set(), // case ids whose history is shown
  details: new Map(), // case id → the case with its history (GET /api/cases/{id})
  busy: new Set(), // case ids with an action under way
  highlight: null, // the case changed last, or asked for in ?case=
};

const elements = {
  status: document.getElementById('case-status'),
  filter: document.getElementById('case-state'),
  overdue: document.getElementById('case-overdue'),
  refresh: document.getElementById('case-refresh'),
  summary: document.getElementById('case-summary'),
  list: document.getElementById('case-list'),
  count: document.getElementById('case-count'),
  hint: document.getElementById('cases-hint'),
};
const loadList = listLoader(elements.list);
/** The server-side filters (category, grid, days opened); state and overdue are the page's own controls above. */
const serverFilters = listFilters(document.getElementById('case-filters'), {
  prefix: 'case',
  categories: vocabularyKeys('finding_category').map((key) => [key, `category.${key}`]),
  withOverdue: false,
  onChange: () => loadCases(),
});

const page = startPage({ status: elements.status });
const { status, say, fail } = page;

if (page.signedIn) {
  const query = new URLSearchParams(window.location.search);
  const asked = Number(query.get('case'));
  if (Number.isInteger(asked) && asked > 0) {
    state.highlight = asked;
    state.expanded.add(asked);
  }
  const stateParam = query.get('state');
  if (stateParam !== null && (stateParam === '' || stateParam === 'active' || STATES.includes(stateParam))) {
    state.filter = stateParam;
  }
  elements.filter.value = state.filter;
  elements.filter.addEventListener('change', () => chooseFilter(elements.filter.value));
  elements.overdue.addEventListener('change', () => {
    state.overdueOnly = elements.overdue.checked;
    renderCases();
  });
  elements.refresh.addEventListener('click', () => loadCases());
  onLanguageChange(() => {
    renderHint();
    renderCases();
  });
  start();
}

async function start() {
  say('cases.status.loading');
  state.me = await page.me;
  if (!state.me) {
    fail('cases.status.error', null);
    return;
  }
  renderHint();
  await loadCases();
  if (state.highlight !== null) {
    if (state.expanded.has(state.highlight)) {
      loadDetails(state.highlight);
    }
    elements.list.querySelector(`[data-case-id="${state.highlight}"]`)?.scrollIntoView({ block: 'center' });
  }
}

function renderHint() {
  const role = state.me?.role;
  elements.hint.textContent = role ? t(`cases.hint.${role}`) : '';
}

function chooseFilter(value) {
  state.filter = value;
  elements.filter.value = value;
  const url = new URL(window.location.href);
  url.searchParams.set('state', value);
  window.history.replaceState(null, '', url);
  renderCases();
}

async function loadCases() {
  const latest = await loadList(() => fetchCases(serverFilters.params()), {
    loaded: (cases) => {
      state.cases = Array.isArray(cases) ? cases : [];
      const asked = state.cases.find((item) => item.id === state.highlight);
      if (asked && !visible(asked)) {
        // the case a link asked for is shown whatever the filter was
        state.filter = '';
        elements.filter.value = '';
      }
      if (status.current()?.kind !== 'success') {
        say('cases.status.loaded', { count: state.cases.length });
      }
    },
    failed: (error) => {
      state.cases = state.cases ?? [];
      fail('cases.status.error', error);
    },
  });
  if (latest) {
    renderCases();
  }
}

async function loadPeople() {
  if (state.people !== null) {
    return;
  }
  try {
    const people = await fetchPeople();
    state.people = Array.isArray(people) ? people : [];
    state.peopleError = null;
  } catch (error) {
    state.people = [];
    state.peopleError = error;
  }
  renderCases();
}

async function loadDetails(id) {
  try {
    const details = await fetchCase(id);
    state.details.set(id, details);
  } catch (error) {
    state.details.set(id, { error });
  }
  renderCases();
}

// The list

function visible(item) {
  if (state.filter === 'active' && !ACTIVE.includes(item.state)) {
    return false;
  }
  if (state.filter && state.filter !== 'active' && item.state !== state.filter) {
    return false;
  }
  return !state.overdueOnly || item.overdue === true;
}

/** Cases still being worked on first, each group by deadline; then by number. */
function sorted(cases) {
  const rank = (item) => (ACTIVE.includes(item.state) ? 0 : 1);
  return [...cases].sort((a, b) => rank(a) - rank(b)
    || String(a.due_by).localeCompare(String(b.due_by))
    || Number(a.id) - Number(b.id));
}

function renderCases() {
  if (state.cases === null) {
    return;
  }
  renderSummary();
  const shown = sorted(state.cases.filter(visible));
  const cards = shown.map(caseCard);
  if (cards.length === 0) {
    cards.push(element('li', {
      className: 'case-empty muted',
      text: t(state.cases.length === 0 ? 'cases.none' : 'cases.noneFiltered'),
    }));
  }
  elements.list.replaceChildren(...cards);
  elements.count.textContent = t('cases.count', { count: shown.length });
  elements.list.dataset.loaded = String(shown.length);
  elements.list.dataset.filter = state.filter;
}

function renderSummary() {
  const counts = Object.fromEntries(STATES.map((value) => [value, 0]));
  let overdue = 0;
  for (const item of state.cases) {
    if (item.state in counts) {
      counts[item.state] += 1;
    }
    if (item.overdue) {
      overdue += 1;
    }
  }
  const chips = [chip('', t('cases.summary.all', { count: state.cases.length }))];
  STATES.forEach((value) => chips.push(chip(value, t('cases.summary.state', {
    state: vocabularyName('caseState', value),
    count: counts[value],
  }))));
  if (overdue > 0) {
    // the overdue chip switches the "overdue only" filter
    const button = element('button', { className: 'chip-button', text: t('cases.summary.overdue', { count: overdue }) });
    button.type = 'button';
    button.setAttribute('aria-pressed', String(state.overdueOnly));
    button.addEventListener('click', () => {
      state.overdueOnly = !state.overdueOnly;
      elements.overdue.checked = state.overdueOnly;
      renderCases();
    });
    const item = element('li', { className: 'summary-chip' }, button);
    item.dataset.kind = 'overdue';
    chips.push(item);
  }
  elements.summary.replaceChildren(...chips);
}

/** A summary chip that filters the list to its state when pressed. */
function chip(value, text) {
  const button = element('button', { className: 'chip-button', text });
  button.type = 'button';
  button.setAttribute('aria-pressed', String(state.filter === value));
  button.addEventListener('click', () => chooseFilter(value));
  const item = element('li', { className: 'summary-chip' }, button);
  item.dataset.kind = value || 'total';
  return item;
}

function caseCard(item) {
  const card = element('li', { className: 'case-card' });
  card.dataset.caseId = String(item.id);
  card.dataset.state = item.state ?? '';
  card.dataset.overdue = String(item.overdue === true);
  card.dataset.escalatedTo = item.escalated_to ?? '';
  if (item.id === state.highlight) {
    card.classList.add('case-highlight');
  }

  const stateBadge = element('span', { className: 'case-state-badge', text: vocabularyName('caseState', item.state) });
  stateBadge.dataset.state = item.state ?? '';
  const severity = element('span', { className: 'severity-badge', text: vocabularyName('severity', item.severity) });
  severity.dataset.severity = item.severity ?? '';
  const head = element('div', { className: 'case-head' },
    element('span', { className: 'case-number', text: `#${item.id}` }),
    element('strong', { className: 'case-category', text: vocabularyName('category', item.category) }),
    severity, stateBadge);
  const escalation = escalationBadge(item.escalated_to);
  if (escalation) {
    head.append(escalation);
  }
  card.append(head);
  if (item.description) {
    card.append(element('p', { className: 'case-description', text: item.description }));
  }

  const due = element('span', { className: 'case-due', text: item.due_by ?? '—' });
  if (item.overdue) {
    // the server says whether it is overdue; the count of days is this device's reckoning
    const days = daysOverdue(item.due_by);
    due.append(element('span', { className: 'overdue-text', text: days > 0 ? t('cases.overdueBy', { days }) : t('cases.overdue') }));
  }
  const rows = [
    [t('cases.field.grid'), namedGrid(item.grid_name, item.grid_code), 'grid'],
    [t('cases.field.target'), `${vocabularyName('targetKind', item.target_kind)} · ${item.target_code ?? '—'}`, 'target'],
    [t('cases.field.assignee'), item.assignee_name ?? (item.assignee_id != null ? `#${item.assignee_id}` : t('cases.unassigned')), 'assignee'],
    [t('cases.field.due'), due, 'due'],
    [t('cases.field.opened'), formatInstant(item.opened_at), 'opened'],
  ];
  if (item.closed_at) {
    rows.push([t('cases.field.closed'), formatInstant(item.closed_at), 'closed']);
  }
  if (item.complaint_id != null) {
    const link = element('a', { text: `#${item.complaint_id}` });
    link.href = 'complaints.html';
    rows.push([t('cases.field.complaint'), link, 'complaint']);
  }
  if (item.reinspection_duty_id != null) {
    rows.push([t('cases.field.reinspection'), `#${item.reinspection_duty_id}`, 'reinspection']);
  }
  card.append(fieldList('case-fields', rows));
  card.append(caseEvidenceSection(item.id));

  const actions = item.actions ?? [];
  if (actions.length > 0) {
    card.append(element('div', { className: 'action-buttons case-actions' }, ...actions.map((action) => actionButton(item, action))));
  }
  if (state.open?.id === item.id) {
    card.append(caseForm(item));
  }

  const expanded = state.expanded.has(item.id);
  const toggle = element('button', { className: 'case-history-toggle', text: t(expanded ? 'cases.history.hide' : 'cases.history.show') });
  toggle.type = 'button';
  toggle.setAttribute('aria-expanded', String(expanded));
  toggle.addEventListener('click', () => {
    if (state.expanded.has(item.id)) {
      state.expanded.delete(item.id);
    } else {
      state.expanded.add(item.id);
      loadDetails(item.id);
    }
    renderCases();
  });
  card.append(toggle);
  if (expanded) {
    card.append(history(item.id));
  }
  return card;
}

function daysOverdue(dueBy) {
  return Math.round((Date.parse(`${districtToday()}T00:00:00Z`) - Date.parse(`${dueBy}T00:00:00Z`)) / DAY_MS);
}

function actionButton(item, action) {
  const busy = state.busy.has(item.id);
  const primary = FORWARD.includes(action) ? ' button-primary' : '';
  const danger = action === 'reject' ? ' button-danger' : '';
  let button;
  if (CONFIRMED.includes(action)) {
    button = confirmingButton(`caseAction.${action}`, 'cases.confirm', () => act(item, action, {}));
    button.className = `button button-small${primary}`;
  } else {
    button = element('button', { className: `button button-small${primary}${danger}`, text: vocabularyName('caseAction', action) });
    button.type = 'button';
    button.addEventListener('click', () => {
      if (NEEDS_ASSIGNEE.includes(action) || NEEDS_REASON.includes(action)) {
        state.open = toggledForm(state.open, item.id, action, { assignee: '', reason: '' });
        if (NEEDS_ASSIGNEE.includes(action)) {
          loadPeople();
        }
        renderCases();
        focusOpenForm();
        return;
      }
      act(item, action, {});
    });
  }
  button.dataset.action = action;
  button.disabled = busy;
  if (state.open?.id === item.id && state.open.action === action) {
    button.setAttribute('aria-expanded', 'true');
  }
  return button;
}

/** The inline form of an action that needs an assignee or a reason. */
function caseForm(item) {
  const open = state.open;
  const fields = [];
  let control;
  if (NEEDS_ASSIGNEE.includes(open.action)) {
    control = element('select', { className: 'assignee-select' });
    control.id = `case-${item.id}-assignee`;
    control.name = 'assignee';
    fillAssignees(control, item);
    control.value = open.assignee;
    control.addEventListener('change', () => {
      open.assignee = control.value;
      open.error = null;
    });
    fields.push(labelledField(control, 'cases.assignee'));
    if (state.people === null) {
      fields.push(element('p', { className: 'muted panel-hint', text: t('cases.assignee.loading') }));
    } else if (state.peopleError) {
      fields.push(element('p', { className: 'field-error', text: t('cases.assignee.error', { detail: describeProblem(state.peopleError) }) }));
    }
  } else {
    control = element('textarea', { className: 'reason-input' });
    control.id = `case-${item.id}-reason`;
    control.name = 'reason';
    control.rows = 2;
    control.maxLength = 2000;
    control.value = open.reason;
    control.placeholder = t(`cases.reason.${open.action}`);
    control.addEventListener('input', () => {
      open.reason = control.value;
      open.error = null;
      control.removeAttribute('aria-invalid');
    });
    fields.push(labelledField(control, 'cases.reason'));
  }
  const named = vocabularyName('caseAction', open.action);
  return actionForm({
    action: open.action,
    title: named,
    fields,
    control,
    error: open.error,
    confirmText: t('cases.form.confirm', { action: named }),
    busy: state.busy.has(item.id),
    cancel: () => {
      state.open = null;
      renderCases();
    },
    submit: () => submitForm(item),
  });
}

/**
 * Supervisors to choose from: first those on the case's grid (or, failing that, on the nearest
 * grid above it), then every other active supervisor — the server refuses anyone who does not
 * supervise the case's grid, and says so.
 */
function fillAssignees(select, item) {
  const today = districtToday();
  const current = (assignment) => assignment.duty === 'supervisor'
    && (!assignment.starts_on || assignment.starts_on <= today)
    && (!assignment.ends_on || assignment.ends_on >= today);
  const supervisors = (state.people ?? []).filter((person) => person.active !== false && person.role === 'supervisor');
  const grid = String(item.grid_code ?? '');
  const reach = (person) => Math.max(-1, ...(person.assignments ?? [])
    .filter((assignment) => current(assignment) && grid.startsWith(String(assignment.grid_code)))
    .map((assignment) => String(assignment.grid_code).length));
  const best = Math.max(-1, ...supervisors.map(reach));
  const ofGrid = best < 0 ? [] : supervisors.filter((person) => reach(person) === best);
  const others = supervisors.filter((person) => !ofGrid.includes(person));
  select.replaceChildren(option('', t('cases.assignee.choose')));
  const add = (label, people) => {
    if (people.length === 0) {
      return;
    }
    const group = document.createElement('optgroup');
    group.label = label;
    people.forEach((person) => {
      const name = person.id === item.assignee_id ? t('cases.assignee.current', { name: person.name }) : person.name;
      group.append(option(String(person.id), name));
    });
    select.append(group);
  };
  add(t('cases.assignee.ofGrid', { grid: item.grid_name || item.grid_code }), ofGrid);
  add(t('cases.assignee.others'), others);
}

function focusOpenForm() {
  elements.list.querySelector('.case-form select, .case-form textarea')?.focus();
}

function submitForm(item) {
  const open = state.open;
  if (NEEDS_ASSIGNEE.includes(open.action)) {
    if (!open.assignee) {
      open.error = t('cases.assignee.missing');
      renderCases();
      focusOpenForm();
      return;
    }
    act(item, open.action, { assignee_id: Number(open.assignee) });
  } else {
    if (!open.reason.trim()) {
      open.error = t('cases.reason.missing');
      renderCases();
      focusOpenForm();
      return;
    }
    act(item, open.action, { reason: open.reason.trim() });
  }
}

async function act(item, action, extras) {
  const named = vocabularyName('caseAction', action);
  await runAction(item.id, {
    busy: state.busy,
    render: renderCases,
    reload: loadCases,
    request: () => {
      say('cases.status.working', { id: item.id, action: named });
      return actOnCase(item.id, { action, ...extras });
    },
    succeeded: (updated) => {
      state.cases = state.cases.map((other) => (other.id === updated.id ? updated : other));
      if (Array.isArray(updated.history)) {
        state.details.set(updated.id, updated);
      }
      state.open = null;
      state.highlight = updated.id;
      say(updated.assignee_name && NEEDS_ASSIGNEE.includes(action) ? 'cases.status.assigned' : 'cases.status.done', {
        id: updated.id,
        action: named,
        state: vocabularyName('caseState', updated.state),
        name: updated.assignee_name ?? '',
      }, 'success');
    },
    failed: (error) => {
      if (state.open?.id === item.id && state.open.action === action) {
        state.open.error = describeProblem(error);
      }
      fail('cases.status.failed', error, { id: item.id, action: named });
    },
  });
}

function history(id) {
  const details = state.details.get(id);
  const list = element('ol', { className: 'case-history' });
  if (!details) {
    list.append(element('li', { className: 'muted', text: t('cases.history.loading') }));
    return list;
  }
  if (details.error) {
    list.append(element('li', { className: 'field-error', text: t('cases.history.error', { detail: describeProblem(details.error) }) }));
    return list;
  }
  const events = details.history ?? [];
  if (events.length === 0) {
    list.append(element('li', { className: 'muted', text: t('cases.history.none') }));
  }
  for (const event of events) {
    const entry = element('li', { className: 'history-item' },
      element('span', { className: 'history-time muted', text: formatInstant(event.at) }),
      element('span', { className: 'history-actor', text: event.actor_name ?? t('cases.history.system') }),
      element('span', { className: 'history-action', text: vocabularyName('caseAction', event.action) }));
    const change = event.from_state
      ? t('cases.history.change', { from: vocabularyName('caseState', event.from_state), to: vocabularyName('caseState', event.to_state) })
      : vocabularyName('caseState', event.to_state);
    entry.append(element('span', { className: 'history-change muted', text: change }));
    if (event.reason) {
      entry.append(element('span', { className: 'history-reason', text: t('cases.history.reason', { reason: event.reason }) }));
    }
    entry.dataset.action = event.action ?? '';
    list.append(entry);
  }
  return list;
}
