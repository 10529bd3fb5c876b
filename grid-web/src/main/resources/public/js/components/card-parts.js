// What the cards of the case and complaint queues share: the badge saying how far an overdue item has escalated,
// a grid named with its code, and the inline form of an action that needs more than a click (an assignee, a
// reason, a reply, the problem found). The pages keep what differs: which actions need a form and what it asks.

import { t } from '../i18n/index.js';
import { element } from './dom.js';
import { vocabularyName } from './format.js';

/** 升级至网格长: the badge of an item escalated above its supervisor, else null. */
export function escalationBadge(level) {
  if (!level || level === 'supervisor') {
    return null;
  }
  const badge = element('span', { className: 'escalation-badge', text: t('escalation.badge', { level: vocabularyName('escalationLevel', level) }) });
  badge.dataset.level = level;
  return badge;
}

/** 城东街道（330102001）: a grid's name with its code, or whichever of the two is known. */
export function namedGrid(name, code) {
  return name && code && name !== code ? t('common.named', { name, code }) : name || code || '—';
}

/**
 * The form open on an item, or null once the same action is chosen again: the button of an action toggles its
 * form, and opening another action's form closes the first.
 */
export function toggledForm(open, id, action, blank) {
  return open?.id === id && open.action === action ? null : { id, action, error: null, ...blank };
}

/**
 * An inline action form: an optional title, the fields, the error of the last try (its control marked invalid),
 * then confirm (disabled while the item is busy) and cancel. submit() is called with the page's checks still to
 * make; cancel() closes the form.
 */
export function actionForm({ action, title = null, fields, control, error, confirmText, busy, cancel, submit }) {
  const form = element('form', { className: 'case-form' });
  form.noValidate = true;
  form.dataset.action = action;
  if (title) {
    form.append(element('p', { className: 'case-form-title', text: title }));
  }
  form.append(...fields);
  if (error) {
    control.setAttribute('aria-invalid', 'true');
    form.append(element('p', { className: 'field-error case-form-error', text: error }));
  }
  const confirm = element('button', { className: 'button button-primary button-small action-confirm', text: confirmText });
  confirm.type = 'submit';
  confirm.disabled = busy;
  const cancelButton = element('button', { className: 'button button-small action-cancel', text: t('cases.form.cancel') });
  cancelButton.type = 'button';
  cancelButton.addEventListener('click', cancel);
  form.append(element('div', { className: 'action-buttons' }, confirm, cancelButton));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    submit();
  });
  return form;
}
