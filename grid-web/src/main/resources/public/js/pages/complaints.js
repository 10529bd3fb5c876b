// The staff's complaint queue (信访): the complaints the signed-in person sees — routed to their
// grids, or shown to them because the location is near a boundary — newest first, with state and
// deadlines (overdue ones marked), the complainant's contact only when the server sends it, and a
// button for each action the server says the person may take now. Replying, reopening and opening
// a problem case ask for text first (a case also for its category and severity); replying and closing
// also offer a public reply, which the complainant sees on the status page — the text of the action
// stays with the staff. The server still decides. The district desk's commands (transfer, send back,
// duplicate, decline) have forms of their own (complaint-desk.js); the filter bar (list-filters.js) asks
// the server for the filtered queue. Everything from the server goes in with textContent.

import { runAction } from '../components/actions.js';
import { actOnComplaint, fetchComplaints } from '../components/api.js';
import { actionForm, escalationBadge, namedGrid, toggledForm } from '../components/card-parts.js';
import { blankDeskForm, deskFields, deskTitle, isDeskAction, sendDeskCommand } from '../components/complaint-desk.js';
import { element, fieldList, labelledField } from '../components/dom.js';
import { photoStrip, pinMap } from '../components/evidence.js';
import { findingSelects } from '../components/findings.js';
import { describeProblem, formatInstant, vocabularyName } from '../components/format.js';
import { listLoader } from '../components/latest.js';
import { listFilters } from '../components/list-filters.js';
import { startPage } from '../components/page.js';
import { isLeaving } from '../components/session.js';
import { onLanguageChange, t } from '../i18n/index.js';
import { vocabularyKeys } from '../i18n/vocabulary.js';

/** Actions that need text (the reply, the reason to reopen, the problem found) and those that move a complaint on. */
const NEEDS_TEXT = ['reply', 'reopen', 'open_case'];
/** Actions that may publish a reply to the complainant. */
const PUBLISHES = ['reply', 'close'];
const FORWARD = ['accept', 'investigate', 'reply', 'close'];
/** Who enters hotline, letter and walk-in complaints. */
const ENTERING_ROLES = ['admin', 'chief', 'supervisor'];

const state = {
  complaints: null, // GET /api/complaints, null until loaded
  open: null, // { id, action, text, error } — the inline form being filled
  busy: new Set(),
  highlight: null,
};

const elements = {
  status: document.getElementById('complaint-list-status'),
  list: document.getElementById('complaint-list'),
  count: document.getElementById('complaint-count'),
  refresh: document.getElementById('complaint-refresh'),
  filters: document.getElementById('complaint-filters'),
  enter: document.getElementById('complaint-enter'),
};
const loadList = listLoader(elements.list);

const page = startPage({ status: elements.status });
const { status, say, fail } = page;

const filters = page.signedIn ? listFilters(elements.filters, {
  prefix: 'complaint',
  states: vocabularyKeys('complaint_state').map((key) => [key, `complaintState.${key}`]),
  categories: vocabularyKeys('complaint_category').map((key) => [key, `complaintCategory.${key}`]),
  onChange: () => load(),
}) : null;

if (page.signedIn) {
  elements.refresh.addEventListener('click', () => load());
  onLanguageChange(() => render());
  start();
}

async function start() {
  say('complaints.status.loading');
  const me = await page.me;
  if (!me) {
    fail('complaints.status.error', null);
    return;
  }
  elements.enter.hidden = !ENTERING_ROLES.includes(me.role);
  // a case card's link to the complaint it came from
  const asked = Number(new URLSearchParams(window.location.search).get('complaint'));
  state.highlight = Number.isInteger(asked) && asked > 0 ? asked : null;
  await load();
  elements.list.querySelector(`[data-complaint-id="${state.highlight}"]`)?.scrollIntoView({ block: 'center' });
}

async function load() {
  const latest = await loadList(() => fetchComplaints(filters.params()), {
    loaded: (complaints) => {
      state.complaints = Array.isArray(complaints) ? complaints : [];
      if (status.current()?.kind !== 'success') {
        say('complaints.status.loaded', { count: state.complaints.length });
      }
    },
    failed: (error) => {
      if (!isLeaving()) {
        state.complaints = state.complaints ?? [];
        fail('complaints.status.error', error);
      }
    },
  });
  if (latest) {
    render();
  }
}

/** Newest first: by the time received, then by number. */
function sorted(complaints) {
  return [...complaints].sort((a, b) => String(b.received_at ?? '').localeCompare(String(a.received_at ?? ''))
    || Number(b.id) - Number(a.id));
}

function render() {
  if (state.complaints === null) {
    return;
  }
  const cards = sorted(state.complaints).map(card);
  if (cards.length === 0) {
    cards.push(element('li', { className: 'case-empty muted', text: t('complaints.none') }));
  }
  elements.list.replaceChildren(...cards);
  elements.count.textContent = t('complaints.count', { count: state.complaints.length });
  elements.list.dataset.loaded = String(state.complaints.length);
}

function card(item) {
  const node = element('li', { className: 'case-card complaint-card' });
  node.dataset.complaintId = String(item.id);
  node.dataset.state = item.state ?? '';
  node.dataset.overdue = String(item.overdue === true);
  if (item.id === state.highlight) {
    node.classList.add('case-highlight');
  }
  const badge = element('span', { className: 'case-state-badge', text: vocabularyName('complaintState', item.state) });
  badge.dataset.state = item.state ?? '';
  const head = element('div', { className: 'case-head' },
    element('span', { className: 'case-number', text: `#${item.id}` }),
    element('strong', { className: 'case-category', text: vocabularyName('complaintCategory', item.category) }),
    badge,
    element('span', { className: 'channel-badge muted', text: vocabularyName('complaintChannel', item.channel) }));
  if (item.near_boundary) {
    const near = element('span', { className: 'boundary-badge', text: t('complaints.nearBoundary') });
    const others = (item.also_shown_to ?? []).map(String).join(t('common.listSeparator'));
    if (others) {
      near.title = t('complaints.alsoShownTo', { grids: others });
    }
    head.append(near);
  }
  if (item.overdue) {
    head.append(element('span', { className: 'overdue-text', text: t('complaints.overdue') }));
  }
  const escalation = escalationBadge(item.escalated_to);
  if (escalation) {
    head.append(escalation);
  }
  node.dataset.escalatedTo = item.escalated_to ?? '';
  node.append(head);
  if (item.description) {
    node.append(element('p', { className: 'case-description', text: item.description }));
  }
  const contact = [item.complainant_name, item.complainant_contact].filter(Boolean).join(' · ');
  node.append(fieldList('case-fields', [
    [t('cases.field.grid'), namedGrid(item.grid_name, item.grid_code), 'grid'],
    [t('complaints.field.address'), item.address || null, 'address'],
    [t('complaints.field.received'), formatInstant(item.received_at), 'received_at'],
    [t('complaints.field.acceptBy'), deadline(item.accept_by, item.overdue && item.state === 'received'), 'accept_by'],
    [t('complaints.field.closeBy'), deadline(item.close_by, item.overdue && item.state !== 'received'), 'close_by'],
    [t('complaints.field.complainant'), contact || null, 'complainant'],
    [t('publicity.field.volunteer'), item.reporter_volunteer?.name ?? null, 'reporter_volunteer'],
    [t('complaints.field.reply'), item.reply || null, 'reply'],
    [t('complaints.field.publicReply'), item.public_reply || null, 'public_reply'],
    [t('complaints.field.case'), item.problem_case_id ? caseLink(item.problem_case_id) : null, 'problem_case'],
    [t('complaints.field.satisfaction'), item.satisfaction ? vocabularyName('satisfaction', item.satisfaction) : null, 'satisfaction'],
    [t('desk.field.duplicateOf'), item.duplicate_of ? `#${item.duplicate_of}` : null, 'duplicate_of'],
    [t('desk.field.declineReason'), item.decline_reason || null, 'decline_reason'],
  ]));
  if (item.photos?.length > 0) {
    node.append(photoStrip(item.photos, 'complaints.photo'));
  }
  const pin = pinMap(item.lon, item.lat);
  if (pin) {
    node.append(pin);
  }
  const actions = item.actions ?? [];
  if (actions.length > 0) {
    node.append(element('div', { className: 'action-buttons case-actions' }, ...actions.map((action) => actionButton(item, action))));
  }
  if (state.open?.id === item.id) {
    node.append(isDeskAction(state.open.action) ? deskForm(item) : textForm(item));
  }
  return node;
}

function caseLink(id) {
  const link = element('a', { text: `#${id}` });
  link.href = `cases.html?case=${encodeURIComponent(id)}`;
  return link;
}

function deadline(text, overdue) {
  const shown = typeof text === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(text) ? text : formatInstant(text);
  const node = element('span', { className: 'case-due', text: shown });
  if (overdue) {
    node.classList.add('overdue');
    node.append(element('span', { className: 'overdue-text', text: t('complaints.overdue') }));
  }
  return node;
}

function actionButton(item, action) {
  const primary = FORWARD.includes(action) ? ' button-primary' : '';
  const button = element('button', { className: `button button-small${primary}`, text: vocabularyName('complaintAction', action) });
  button.type = 'button';
  button.dataset.action = action;
  button.disabled = state.busy.has(item.id);
  button.addEventListener('click', () => {
    if (NEEDS_TEXT.includes(action) || PUBLISHES.includes(action) || isDeskAction(action)) {
      state.open = toggledForm(state.open, item.id, action, isDeskAction(action) ? blankDeskForm() : { text: '', publicReply: '' });
      render();
      if (isDeskAction(action)) {
        cardOf(item)?.querySelector('.case-form select, .case-form input, .case-form textarea')?.focus();
      } else {
        document.getElementById(`complaint-${item.id}-${NEEDS_TEXT.includes(action) ? 'text' : 'public-reply'}`)?.focus();
      }
      return;
    }
    act(item, action, {});
  });
  return button;
}

/**
 * The inline form of an action that needs text — what was done, why it is reopened, or the problem the
 * investigation found, with its category and severity, to open a case for — or that may publish a reply.
 */
function textForm(item) {
  const open = state.open;
  const needsText = NEEDS_TEXT.includes(open.action);
  const control = textArea(`complaint-${item.id}-text`, open, 'text');
  // closing takes a reason while its problem case is still open: the box is offered, the server asks for it
  const fields = needsText || open.action === 'close' ? [labelledField(control, `complaints.text.${open.action}`)] : [];
  const publicReply = PUBLISHES.includes(open.action) ? textArea(`complaint-${item.id}-public-reply`, open, 'publicReply') : null;
  if (publicReply) {
    fields.push(labelledField(publicReply, 'complaints.publicReply'),
      element('p', { className: 'form-note', text: t('complaints.publicReply.hint') }));
  }
  const finding = open.action === 'open_case' ? findingSelects(`complaint-${item.id}-case`, open) : null;
  if (finding) {
    finding.category.addEventListener('change', () => { open.category = finding.category.value; });
    finding.severity.addEventListener('change', () => { open.severity = finding.severity.value; });
    // the source the complaint is about, if it is one: its credit code, so that it is inspected more often
    finding.source = element('input', { className: 'case-source' });
    finding.source.id = `complaint-${item.id}-case-source`;
    finding.source.maxLength = 18;
    finding.source.value = open.sourceCode ?? '';
    finding.source.addEventListener('input', () => { open.sourceCode = finding.source.value; });
    fields.push(element('div', { className: 'finding-head' }, labelledField(finding.category, 'record.findings.category'),
      labelledField(finding.severity, 'record.findings.severity')), labelledField(finding.source, 'complaints.case.source'));
  }
  const submit = () => {
    const text = open.text.trim();
    if ((needsText && !text) || (finding && !finding.category.value)) {
      open.error = t(text ? 'complaints.case.categoryRequired' : 'complaints.text.required');
      render();
      return;
    }
    const source = finding?.source.value.trim();
    const published = open.publicReply.trim();
    act(item, open.action, {
      ...(text ? { text } : {}),
      ...(finding ? { category: finding.category.value, severity: finding.severity.value } : {}),
      ...(source ? { source_code: source } : {}),
      ...(published ? { public_reply: published } : {}),
    });
  };
  return actionForm({
    action: open.action,
    fields,
    control: needsText ? control : publicReply,
    error: open.error,
    confirmText: vocabularyName('complaintAction', open.action),
    busy: state.busy.has(item.id),
    cancel: () => {
      state.open = null;
      render();
    },
    submit,
  });
}

/** A text box of the inline form, kept in the open form's state under `key` while the list redraws. */
function textArea(id, open, key) {
  const control = element('textarea', { className: 'reason-input' });
  control.id = id;
  control.rows = 3;
  control.maxLength = 2000;
  control.value = open[key] ?? '';
  control.addEventListener('input', () => {
    open[key] = control.value;
    control.removeAttribute('aria-invalid');
  });
  return control;
}

function cardOf(item) {
  return elements.list.querySelector(`[data-complaint-id="${item.id}"]`);
}

/** The form of a desk command: what it does, what it needs, and the reason. */
function deskForm(item) {
  const open = state.open;
  const { fields, control, check } = deskFields(item, open);
  return actionForm({
    action: open.action,
    title: deskTitle(open.action),
    fields,
    control,
    error: open.error,
    confirmText: vocabularyName('complaintAction', open.action),
    busy: state.busy.has(item.id),
    cancel: () => {
      state.open = null;
      render();
    },
    submit: () => {
      const missing = check();
      if (missing) {
        open.error = t(missing);
        render();
        return;
      }
      act(item, open.action, null, () => sendDeskCommand(item.id, open));
    },
  });
}

async function act(item, action, extras, send = () => actOnComplaint(item.id, { action, ...extras })) {
  const named = vocabularyName('complaintAction', action);
  await runAction(item.id, {
    busy: state.busy,
    render,
    // it moved on meanwhile (or another grid accepted it): show the queue as it is now
    reload: load,
    request: () => {
      say('complaints.status.working', { id: item.id, action: named });
      return send();
    },
    succeeded: (updated) => {
      state.complaints = state.complaints.map((other) => (other.id === updated.id ? updated : other));
      state.open = null;
      state.highlight = updated.id;
      say('complaints.status.done', {
        id: updated.id,
        action: named,
        state: vocabularyName('complaintState', updated.state),
      }, 'success');
    },
    failed: (error) => {
      if (action === 'close' && error.status === 422 && state.open?.id !== item.id) {
        // its problem case is still open: closing takes a reason, asked for here
        state.open = { id: item.id, action, text: '', publicReply: '', error: null };
      }
      if (state.open?.id === item.id && state.open.action === action) {
        state.open.error = describeProblem(error);
      }
      fail('complaints.status.failed', error, { id: item.id, action: named });
    },
  });
}
