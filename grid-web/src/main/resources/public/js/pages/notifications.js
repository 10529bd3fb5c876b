// The notifications page (administrators): the outbox, newest first, filtered by state — what was sent, what waits
// for its next attempt, what failed after the last one and what is held because no sender is configured —, with a
// retry for the failed and held ones. Everything from the server goes in with textContent.

import { fetchNotifications, retryNotification } from '../components/api.js';
import { cell, element, emptyRow } from '../components/dom.js';
import { formatInstant } from '../components/format.js';
import { startPage } from '../components/page.js';
import { onLanguageChange, t } from '../i18n/index.js';

/** States an administrator may send back to the queue. */
const RETRIABLE = ['failed', 'held'];

const elements = {
  status: document.getElementById('notification-status'),
  state: document.getElementById('notification-state'),
  refresh: document.getElementById('notification-refresh'),
  table: document.getElementById('notification-table'),
  rows: document.querySelector('#notification-table tbody'),
  count: document.getElementById('notification-count'),
};

const page = startPage({ status: elements.status });
const { say, fail } = page;
let shown = null;

if (page.signedIn) {
  elements.state.addEventListener('change', load);
  elements.refresh.addEventListener('click', load);
  onLanguageChange(render);
  load();
}

async function load() {
  say('notifications.status.loading');
  try {
    shown = await fetchNotifications({ state: elements.state.value || undefined });
    render();
    say('notifications.status.loaded', { count: shown.length });
  } catch (error) {
    shown = null;
    elements.rows.replaceChildren(emptyRow(elements.table, t('notifications.unavailable')));
    fail('notifications.status.error', error);
  }
}

function render() {
  if (!shown) {
    return;
  }
  elements.count.textContent = t('notifications.count', { count: shown.length });
  elements.rows.replaceChildren(...(shown.length
    ? shown.map(row)
    : [emptyRow(elements.table, t('notifications.none'))]));
}

function row(n) {
  const to = element('div', {},
    element('div', { text: n.recipient_name ?? t('notifications.complainant') }),
    element('div', { className: 'muted', text: `${t(`notificationChannel.${n.channel}`)} ${n.address}` }));
  const subject = element('details', {}, element('summary', { text: n.subject }),
    element('pre', { className: 'notification-body', text: n.body }));
  const tr = element('tr', {},
    cell('', formatInstant(n.created_at)),
    cell('', t(`notificationKind.${n.kind}`)),
    cell('', to),
    cell('', subject),
    cell('', t(`notificationState.${n.state}`)),
    cell('muted', detail(n)),
    cell('', RETRIABLE.includes(n.state) ? retryButton(n) : ''));
  tr.dataset.state = n.state;
  tr.dataset.id = n.id;
  return tr;
}

function detail(n) {
  const parts = [t('notifications.attempts', { count: n.attempts })];
  if (n.state === 'sent') {
    parts.push(t('notifications.sentAt', { time: formatInstant(n.sent_at) }));
  }
  if (n.state === 'pending' && n.next_attempt_at) {
    parts.push(t('notifications.nextAt', { time: formatInstant(n.next_attempt_at) }));
  }
  if (n.last_error) {
    parts.push(n.last_error);
  }
  return parts.join(' · ');
}

function retryButton(n) {
  const button = element('button', { className: 'button notification-retry', text: t('notifications.retry') });
  button.type = 'button';
  button.addEventListener('click', async () => {
    button.disabled = true;
    try {
      await retryNotification(n.id);
      await load();
      say('notifications.status.retried', { id: n.id }, 'success');
    } catch (error) {
      button.disabled = false;
      fail('notifications.status.retryFailed', error);
    }
  });
  return button;
}
