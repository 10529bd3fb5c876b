// A table of personal API keys — the signed-in person's on the API keys page, a person's on the people page for
// administrators —: name, prefix, what it may do, when it was made, last used and expires, its state, and a revoke
// button on each key still active. The keys themselves are never in it: the server shows a key only once.

import { cell, confirmingButton, element, emptyRow } from './dom.js';
import { formatInstant } from './format.js';
import { t } from '../i18n/index.js';

/** The rows of the keys for a table whose head has the columns of apiKeyColumns(); onRevoke(key, button). */
export function apiKeyRows(table, keys, onRevoke) {
  if (keys.length === 0) {
    return [emptyRow(table, t('apiKeys.none'))];
  }
  return keys.map((key) => {
    const actions = key.state === 'active'
      ? confirmingButton('apiKeys.revoke', 'apiKeys.revoke.confirm', (button) => onRevoke(key, button))
      : '';
    if (actions) {
      actions.classList.add('button-small', 'button-danger', 'api-key-revoke');
    }
    const stateBadge = element('span', {
      className: `state-badge ${key.state === 'active' ? 'state-active' : 'state-inactive'}`,
      text: t(`apiKeys.state.${key.state}`),
    });
    const row = element('tr', {},
      cell('api-key-label', key.label),
      cell('api-key-prefix code-text', `${key.prefix}…`),
      cell('', t(key.writes ? 'apiKeys.writes' : 'apiKeys.readOnly')),
      cell('', formatInstant(key.created_at)),
      cell('', key.last_used_at ? formatInstant(key.last_used_at) : t('apiKeys.neverUsed')),
      cell('', key.expires_at ? formatInstant(key.expires_at) : t('apiKeys.noExpiry')),
      cell('', stateBadge),
      cell('', actions));
    row.dataset.keyId = String(key.id);
    row.dataset.state = key.state;
    return row;
  });
}

/** The head of such a table. */
export function apiKeyColumns() {
  return element('tr', {}, ...['label', 'prefix', 'access', 'created', 'lastUsed', 'expires', 'state', 'actions']
    .map((column) => {
      const th = element('th', { text: t(`apiKeys.col.${column}`) });
      th.scope = 'col';
      th.dataset.i18n = `apiKeys.col.${column}`;
      return th;
    }));
}
