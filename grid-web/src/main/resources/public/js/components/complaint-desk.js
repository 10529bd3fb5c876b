// The district desk's commands on a complaint card (12345 办理台): transfer to another grid (转办), send back to
// the district desk (退回), end as a duplicate of an earlier complaint (重复件) and decline (不予受理). Each opens a
// form under the card asking for what the command needs — the grid, the original's number, the reason — and is
// sent to its own route; the server decides who may. The complaints page keeps the card and the list.

import { t } from '../i18n/index.js';
import { deskCommand, fetchTransferGrids } from './api.js';
import { element, labelledField, option } from './dom.js';

/** The desk's actions, as the server offers them, with their routes and whether a reason is required. */
const COMMANDS = {
  transfer: { route: 'transfer', reasonRequired: true },
  send_back: { route: 'send-back', reasonRequired: true },
  duplicate: { route: 'duplicate', reasonRequired: false },
  decline: { route: 'decline', reasonRequired: true },
};

/** The grids one may transfer to, fetched once when a transfer form first opens. */
let transferGrids = null;

export function isDeskAction(action) {
  return Object.hasOwn(COMMANDS, action);
}

/** The blank state of an open desk form. */
export function blankDeskForm() {
  return { reason: '', grid: '', duplicateOf: '' };
}

/**
 * The fields of an open desk form on complaint `item`: for a transfer the grid (other than the complaint's own,
 * unless it was sent back), for a duplicate the original's number, and the reason. `open` holds what was typed.
 * Returns { fields, control (the first to mark invalid), check } where check() says what is missing (an i18n key)
 * or null.
 */
export function deskFields(item, open) {
  const idPrefix = `complaint-${item.id}-desk`;
  const fields = [];
  let first = null;
  const checks = [];
  if (open.action === 'transfer') {
    const select = element('select', { className: 'desk-grid' });
    select.id = `${idPrefix}-grid`;
    select.append(option('', t('desk.grid.choose')));
    if (transferGrids === null) {
      transferGrids = fetchTransferGrids().catch(() => {
        transferGrids = null;
        return [];
      });
    }
    transferGrids.then((grids) => {
      if (!select.isConnected || select.options.length > 1) {
        return;
      }
      // a complaint sent back may go back to its own grid; any other goes elsewhere
      const choices = grids.filter((grid) => grid.code !== item.grid_code || item.state === 'returned');
      select.append(...choices.map((grid) => option(grid.code, t('common.named', { name: grid.name, code: grid.code }))));
      select.value = open.grid;
    });
    select.value = open.grid;
    select.addEventListener('change', () => {
      open.grid = select.value;
      select.removeAttribute('aria-invalid');
    });
    fields.push(labelledField(select, 'desk.grid'));
    first = select;
    checks.push(() => (open.grid ? null : 'desk.grid.required'));
  }
  if (open.action === 'duplicate') {
    const input = element('input', { className: 'desk-original' });
    input.id = `${idPrefix}-original`;
    input.type = 'number';
    input.min = '1';
    input.inputMode = 'numeric';
    input.value = open.duplicateOf;
    input.addEventListener('input', () => {
      open.duplicateOf = input.value;
      input.removeAttribute('aria-invalid');
    });
    fields.push(labelledField(input, 'desk.original'));
    first = input;
    checks.push(() => (/^[1-9]\d*$/.test(open.duplicateOf.trim()) ? null : 'desk.original.required'));
  }
  const reason = element('textarea', { className: 'reason-input desk-reason' });
  reason.id = `${idPrefix}-reason`;
  reason.rows = 3;
  reason.maxLength = 2000;
  reason.value = open.reason;
  reason.addEventListener('input', () => {
    open.reason = reason.value;
    reason.removeAttribute('aria-invalid');
  });
  fields.push(labelledField(reason, `desk.reason.${open.action}`));
  if (COMMANDS[open.action].reasonRequired) {
    checks.push(() => (open.reason.trim() ? null : 'desk.reason.required'));
  }
  return {
    fields,
    control: first ?? reason,
    check: () => checks.map((c) => c()).find(Boolean) ?? null,
  };
}

/** The hint above a desk form: what the command does, so nobody sends a complaint away by mistake. */
export function deskTitle(action) {
  return t(`desk.hint.${action}`);
}

/** Sends the command of an open desk form on complaint `id` → the complaint as it is now. */
export function sendDeskCommand(id, open) {
  const reason = open.reason.trim() || undefined;
  const body = open.action === 'transfer' ? { grid: open.grid, reason }
    : open.action === 'duplicate' ? { duplicate_of: Number(open.duplicateOf.trim()), reason }
      : { reason };
  return deskCommand(id, COMMANDS[open.action].route, body);
}
