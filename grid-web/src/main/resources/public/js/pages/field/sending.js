// Submitting a record and the outbox panel: a record is first kept in the outbox (outbox.js) with the
// UUID made for it and its photos' bytes, and only then sent; what each send came to goes to the result
// panel and the status line. Refused records wait in the outbox to be changed, sent again or discarded.

import { newUuid } from '../../components/digest.js';
import { confirmingButton, element } from '../../components/dom.js';
import { formatInstant, vocabularyName } from '../../components/format.js';
import { t } from '../../i18n/index.js';
import { deliver, discard, entries, keep, requeue, sendWaiting } from './outbox.js';
import { closeForm, openForm, readRecord, showFormProblems } from './record.js';
import { entryProblem, outcomeDetail, showOutcome } from './result.js';
import { elements, emit, fail, say, state } from './state.js';

export async function submitRecord() {
  const form = state.form;
  if (!form || form.hashing > 0 || elements.submit.disabled) {
    return;
  }
  const { record, problems } = readRecord();
  if (problems.length > 0) {
    showFormProblems(problems);
    return;
  }
  elements.formError.hidden = true;
  elements.submit.disabled = true;
  const item = {
    id: newUuid(), // made once: every send of this record goes to this address
    owner: state.me.id,
    created_at: new Date().toISOString(),
    label: { target: { ...form.target } },
    record,
    photos: form.photos.map(({ sha256, name, type, size, blob }) => ({ sha256, name, type, size, blob })),
  };

  let kept = false;
  if (state.outboxReady) {
    try {
      await keep(item);
      kept = true;
    } catch (error) {
      console.warn('The outbox could not keep the record', error);
    }
  }
  if (!kept) {
    // Nothing on this device holds it: send it now, and keep the form filled until the server has it.
    say('field.status.sendingUnkept', {}, 'warning');
    const outcome = await deliver({ ...item, photos: item.photos.map((photo) => ({ ...photo })) });
    if (state.form !== form) {
      return;
    }
    elements.submit.disabled = false;
    if (outcome.outcome === 'stored') {
      closeForm();
      showOutcome(outcome);
      emit('stored');
    } else {
      showFormProblems([{ text: t('record.error.notKept', { detail: outcomeDetail(outcome) }) }]);
    }
    return;
  }
  if (form.replaces) {
    await discard(form.replaces).catch((error) => console.warn('The changed record stays in the outbox', error));
  }
  // The record is safe on this device: the form is done with, whatever the network does now.
  closeForm();
  showOutcome({ id: item.id, entry: item, outcome: 'kept' });
  say('field.status.sending');
  const outcomes = await sendWaiting(state.me.id);
  handleOutcomes(outcomes, item.id);
}

/**
 * Shows what a run of the outbox came to: the answer for the record just submitted (focusId),
 * else the last record the server stored; refusals and waiting ones on the status line.
 */
export function handleOutcomes(outcomes, focusId) {
  if (!Array.isArray(outcomes) || outcomes.length === 0) {
    if (focusId) {
      // sent by another tab or a run already going: the outbox says where it stands
      refreshOutbox();
    }
    return;
  }
  const stored = outcomes.filter((outcome) => outcome.outcome === 'stored');
  const refused = outcomes.filter((outcome) => outcome.outcome === 'refused');
  const focus = outcomes.find((outcome) => outcome.id === focusId);
  const unauthorized = outcomes.find((outcome) => outcome.outcome === 'unauthorized');
  if (focus) {
    showOutcome(focus);
  } else if (stored.length > 0) {
    showOutcome(stored[stored.length - 1]);
  } else if (refused.length > 0) {
    showOutcome(refused[refused.length - 1]);
  } else if (unauthorized) {
    showOutcome(unauthorized);
  }
  if (unauthorized) {
    say('field.status.unauthorized', {}, 'warning');
  } else if (refused.length > 0) {
    say('field.status.refused', { count: refused.length }, 'error');
  } else if (stored.length > 0) {
    const waiting = outcomes.filter((outcome) => outcome.outcome === 'waiting').length;
    say(waiting > 0 ? 'field.status.sentSome' : 'field.status.sent', { count: stored.length, waiting },
      waiting > 0 ? 'warning' : 'success');
  } else {
    const last = outcomes[outcomes.length - 1];
    say('field.status.waiting', { detail: outcomeDetail(last) }, 'warning');
  }
  if (stored.length > 0) {
    emit('stored');
  }
  refreshOutbox();
}

export async function refreshOutbox() {
  if (!state.outboxReady || !state.me) {
    renderOutbox();
    return;
  }
  try {
    const all = await entries(null);
    state.outbox = all.filter((item) => item.owner === state.me.id);
    state.others = all.length - state.outbox.length;
  } catch (error) {
    console.warn('Outbox not readable', error);
  }
  renderOutbox();
  emit('outbox');
}

export function renderOutbox() {
  const count = state.outbox.length;
  const refused = state.outbox.filter((item) => item.state === 'refused').length;
  const queued = count - refused;
  elements.outboxCount.textContent = String(count);
  elements.outbox.dataset.count = String(count);
  elements.outbox.dataset.state = count === 0 ? 'empty' : refused > 0 ? 'refused' : 'waiting';
  const parts = [];
  if (!state.outboxReady) {
    parts.push(t('outbox.unavailable'));
  } else if (count === 0) {
    parts.push(t('outbox.empty'));
  } else {
    if (queued > 0) {
      parts.push(t('outbox.waiting', { count: queued }));
    }
    if (refused > 0) {
      parts.push(t('outbox.refused', { count: refused }));
    }
  }
  if (navigator.onLine === false) {
    parts.push(t('outbox.offline'));
  }
  elements.outboxState.textContent = parts.join(t('common.sentenceSeparator'));
  elements.outboxSend.disabled = state.sending || queued === 0;
  elements.outboxSend.textContent = t(state.sending ? 'outbox.sending' : 'outbox.send');
  elements.outboxList.replaceChildren(...state.outbox.map(outboxItem));
  elements.outboxOthers.hidden = state.others === 0;
  elements.outboxOthers.textContent = t('outbox.others', { count: state.others });
}

function outboxItem(item) {
  const target = item.label?.target ?? {};
  const row = element('li', { className: 'outbox-item' });
  row.dataset.id = item.id;
  row.dataset.state = item.state;
  row.dataset.attempts = String(item.attempts ?? 0);
  row.append(element('div', { className: 'outbox-item-head' },
    element('strong', { text: target.name || target.code || '—' }),
    element('span', { className: 'kind-tag', text: vocabularyName('targetKind', target.kind) }),
    element('span', { className: 'muted outbox-time', text: formatInstant(item.created_at) })));
  let line;
  if (item.state === 'refused') {
    line = t('outbox.item.refused', { detail: entryProblem(item) });
  } else if (item.attempts > 0) {
    line = t('outbox.item.retrying', { count: item.attempts, detail: entryProblem(item) });
  } else {
    line = t('outbox.item.waiting');
  }
  row.append(element('p', { className: item.state === 'refused' ? 'outbox-line field-error' : 'outbox-line muted', text: line }));
  if (item.state === 'refused') {
    const edit = element('button', { className: 'button button-small', text: t('outbox.edit') });
    edit.type = 'button';
    edit.dataset.action = 'edit';
    edit.addEventListener('click', () => openForm(item.label?.target ?? {}, item));
    const retry = element('button', { className: 'button button-small', text: t('outbox.retry') });
    retry.type = 'button';
    retry.dataset.action = 'retry';
    retry.addEventListener('click', async () => {
      await requeue(item.id);
      sendNow();
    });
    const drop = confirmingButton('outbox.discard', 'outbox.discard.confirm', () => discard(item.id));
    drop.classList.add('button-small', 'button-danger');
    drop.dataset.action = 'discard';
    row.append(element('div', { className: 'action-buttons' }, edit, retry, drop));
  }
  return row;
}

export async function sendNow() {
  if (state.sending || !state.me) {
    return;
  }
  state.sending = true;
  renderOutbox();
  say('field.status.sending');
  try {
    const outcomes = await sendWaiting(state.me.id);
    if (outcomes.length === 0) {
      say(state.outbox.length > 0 ? 'field.status.nothingToSend' : 'outbox.empty', {}, 'info');
    }
    handleOutcomes(outcomes, null);
  } catch (error) {
    fail('field.status.error', error);
  } finally {
    state.sending = false;
    renderOutbox();
  }
}
