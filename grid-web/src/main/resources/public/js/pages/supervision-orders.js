// Supervision orders (督办单): the orders in the caller's grids (and of the campaigns whose team they are on), with
// filters and the marks of an overdue or escalated order; one order with its findings, its timeline and exactly
// the actions the server says the caller may take now (sending back asks for a reason, and the server still
// decides); and, for those who may issue orders, a form that sends a campaign's findings not yet ordered to a grid
// or a department. Everything that comes from the server goes into the page with textContent.

import {
  actOnSupervisionOrder, fetchFile, fetchOrderCampaigns, fetchOrderCandidates, fetchSupervisionOrder,
  fetchSupervisionOrders, issueSupervisionOrder,
} from '../components/api.js';
import { escalationBadge, namedGrid } from '../components/card-parts.js';
import { districtToday } from '../components/district-time.js';
import { cell, element, emptyRow, fieldList, option, saveFile } from '../components/dom.js';
import { describeProblem, formatInstant } from '../components/format.js';
import { startPage } from '../components/page.js';
import { onLanguageChange, t } from '../i18n/index.js';

const $ = (selector) => document.querySelector(selector);
const page = startPage({ status: $('#order-status') });
/** Actions that need a reason, and the one that moves an order forward (the primary button). */
const NEEDS_REASON = ['send_back'];
const state = {
  orders: [],
  selected: null, // the order shown, with its findings and timeline
  campaigns: [],
  candidates: [],
  pendingId: null, // the id of the order being issued, kept until it is stored so that a retry issues it once
  busy: false,
};

if (page.signedIn) {
  start();
}

async function start() {
  $('#order-filter').addEventListener('submit', (event) => {
    event.preventDefault();
    loadOrders();
  });
  $('#order-export').addEventListener('click', exportOrders);
  $('#order-campaign').addEventListener('change', () => loadCandidates());
  $('#order-form').addEventListener('submit', issue);
  $('#order-due').min = districtToday();
  onLanguageChange(() => {
    drawOrders();
    drawOrder();
  });
  const asked = new URLSearchParams(window.location.search).get('order');
  await Promise.all([loadOrders(), loadCampaigns()]);
  if (asked) {
    await showOrder(asked);
  }
}

function filters() {
  return {
    state: $('#order-state').value || undefined,
    campaign: $('#order-campaign-filter').value || undefined,
    year: $('#order-year').value || undefined,
    overdue: $('#order-overdue').checked ? 'true' : undefined,
  };
}

async function loadOrders() {
  try {
    state.orders = await fetchSupervisionOrders(filters());
  } catch (error) {
    page.say('order.failed', { detail: describeProblem(error) }, 'error');
    return;
  }
  drawOrders();
}

function drawOrders() {
  const body = $('.order-table tbody');
  body.replaceChildren(...state.orders.map((o) => {
    const number = element('button', { className: 'link-button order-open', text: o.number });
    number.type = 'button';
    number.addEventListener('click', () => showOrder(o.id));
    const marks = element('span', { className: 'order-marks' },
      element('span', { className: `order-state order-state-${o.state}`, text: t(`orderState.${o.state}`) }));
    if (o.overdue) {
      marks.append(element('span', { className: 'overdue-badge', text: t('order.overdue') }));
    }
    const badge = escalationBadge(o.escalated_to);
    if (badge) {
      marks.append(badge);
    }
    const row = element('tr', {}, cell('', number), cell('', addressee(o)), cell('order-requirement', o.requirement),
      cell('', o.due_by), cell('', marks));
    row.dataset.id = o.id;
    row.classList.toggle('selected', state.selected?.id === o.id);
    return row;
  }));
  if (!state.orders.length) {
    body.append(emptyRow($('.order-table'), t('order.none')));
  }
}

/** 城东街道（A1） or 住建 · 城东街道（A1）: to whom the order goes. */
function addressee(o) {
  const grid = namedGrid(o.grid_name, o.grid_code);
  return o.department_name ? `${o.department_name} · ${grid}` : grid;
}

async function showOrder(id) {
  try {
    state.selected = await fetchSupervisionOrder(id);
  } catch (error) {
    page.say('order.failed', { detail: describeProblem(error) }, 'error');
    return;
  }
  drawOrder();
  drawOrders();
}

function drawOrder() {
  const o = state.selected;
  $('#order-detail').hidden = !o;
  if (!o) {
    return;
  }
  $('#order-detail-title').textContent = o.number;
  const facts = [
    [t('order.campaign'), o.campaign_title, 'campaign'],
    [t('order.addressee'), addressee(o), 'addressee'],
    [t('order.requirement'), o.requirement, 'requirement'],
    [t('order.dueBy'), o.due_by + (o.overdue ? ` · ${t('order.overdue')}` : ''), 'due'],
    [t('order.state'), t(`orderState.${o.state}`), 'state'],
    [t('order.issuedBy'), `${o.issued_by_name ?? '—'} · ${formatInstant(o.issued_at)}`, 'issued'],
    [t('order.escalation'), escalationBadge(o.escalated_to), 'escalation'],
  ];
  $('.order-facts').replaceWith(fieldList('order-facts', facts));
  drawActions(o);
  const findings = $('.order-findings tbody');
  findings.replaceChildren(...o.findings.map((f) => element('tr', {}, cell('', namedGrid(f.grid_name, f.grid_code)),
    cell('', f.department_name), cell('', f.description), cell('', f.found_on))));
  $('.order-timeline').replaceChildren(...o.events.map((e) => {
    const item = element('li', {}, element('time', { text: formatInstant(e.at) }),
      element('span', { className: 'order-event-action', text: t(`orderAction.${e.action}`) }),
      element('span', { className: 'order-event-who', text: e.actor_name ?? '—' }));
    if (e.reason) {
      item.append(element('q', { className: 'order-event-reason', text: e.reason }));
    }
    return item;
  }));
}

function drawActions(o) {
  const box = $('.order-actions');
  box.replaceChildren();
  if (!o.actions.length) {
    return;
  }
  const reason = element('input', { className: 'order-reason' });
  reason.id = 'order-reason';
  reason.placeholder = t('order.reasonPlaceholder');
  reason.setAttribute('aria-label', t('order.reason'));
  o.actions.forEach((action) => {
    const button = element('button', {
      className: `button button-small ${NEEDS_REASON.includes(action) ? '' : 'button-primary'}`,
      text: t(`orderAction.${action}`),
    });
    button.type = 'button';
    button.dataset.action = action;
    button.disabled = state.busy;
    button.addEventListener('click', () => act(o, action, reason));
    box.append(button);
  });
  if (o.actions.some((a) => NEEDS_REASON.includes(a))) {
    box.append(reason);
  }
}

async function act(o, action, reasonInput) {
  const reason = reasonInput.value.trim();
  if (NEEDS_REASON.includes(action) && !reason) {
    reasonInput.setAttribute('aria-invalid', 'true');
    page.say('order.reasonNeeded', {}, 'error');
    return;
  }
  state.busy = true;
  try {
    state.selected = await actOnSupervisionOrder(o.id, { action, reason: reason || undefined });
    page.say('order.done', { number: o.number, state: t(`orderState.${state.selected.state}`) }, 'success');
  } catch (error) {
    page.say('order.failed', { detail: describeProblem(error) }, 'error');
    if (error.status === 409) {
      state.selected = await fetchSupervisionOrder(o.id).catch(() => null);
    }
  } finally {
    state.busy = false;
  }
  drawOrder();
  await loadOrders();
}

async function loadCampaigns() {
  try {
    state.campaigns = await fetchOrderCampaigns();
  } catch (error) {
    page.say('order.failed', { detail: describeProblem(error) }, 'error');
    return;
  }
  // the filter lists every campaign one may issue from; the form only those with findings waiting
  const filter = $('#order-campaign-filter');
  filter.replaceChildren(filter.options[0], ...state.campaigns.map((c) => option(c.id, c.title)));
  $('#order-new').hidden = !state.campaigns.length;
  $('#order-campaign').replaceChildren(...state.campaigns.map((c) => option(c.id,
    `${c.title}（${t('order.waiting', { count: c.candidates })}）`)));
  await loadCandidates();
}

async function loadCandidates() {
  const campaign = $('#order-campaign').value;
  state.candidates = [];
  if (campaign) {
    try {
      state.candidates = await fetchOrderCandidates(campaign);
    } catch (error) {
      page.say('order.failed', { detail: describeProblem(error) }, 'error');
    }
  }
  $('#order-candidate-list').replaceChildren(...state.candidates.map((f) => {
    const box = element('input');
    box.type = 'checkbox';
    box.value = f.id;
    box.name = 'finding';
    return element('li', {}, element('label', {}, box, element('span', {
      text: `${namedGrid(f.grid_name, f.grid_code)} · ${f.department_name} · ${f.description}（${f.found_on}）`,
    })));
  }));
  if (!state.candidates.length) {
    $('#order-candidate-list').append(element('li', { className: 'muted', text: t('order.noCandidates') }));
  }
  const departments = new Map(state.candidates.map((f) => [f.department_code, f.department_name]));
  const addressee = $('#order-addressee');
  addressee.replaceChildren(addressee.options[0], ...[...departments].map(([code, name]) => option(code, name)));
}

async function issue(event) {
  event.preventDefault();
  const error = $('#order-form-error');
  const findings = [...document.querySelectorAll('#order-candidate-list input:checked')].map((box) => box.value);
  if (!findings.length) {
    error.textContent = t('order.chooseFindings');
    error.hidden = false;
    return;
  }
  error.hidden = true;
  state.pendingId ??= crypto.randomUUID();
  const body = {
    id: state.pendingId,
    campaign_id: $('#order-campaign').value,
    finding_ids: findings,
    department_code: $('#order-addressee').value || undefined,
    grid_code: $('#order-grid').value.trim() || undefined,
    requirement: $('#order-requirement').value.trim(),
    due_by: $('#order-due').value,
  };
  try {
    const order = await issueSupervisionOrder(body);
    state.pendingId = null;
    $('#order-form').reset();
    page.say('order.issued', { number: order.number }, 'success');
    state.selected = order;
    drawOrder();
    await Promise.all([loadOrders(), loadCampaigns()]);
  } catch (problem) {
    // a refusal of this content: the next try, with other content, is another order
    if (problem.status >= 400 && problem.status < 500) {
      state.pendingId = null;
    }
    error.textContent = describeProblem(problem);
    error.hidden = false;
  }
}

async function exportOrders() {
  try {
    const { blob, filename } = await fetchFile('api/supervision-orders.xlsx', {
      params: filters(), fallbackName: 'supervision-orders.xlsx',
    });
    saveFile(blob, filename);
  } catch (error) {
    page.say('order.failed', { detail: describeProblem(error) }, 'error');
  }
}
