// What the page last loaded with a network, kept on this device per person and period (store.js): the duties,
// their targets (a source's kind picks its checklist) and when they were loaded. Opened again without a network,
// the page shows these — saying since when —, the outbox beside them.

import { SNAPSHOTS, transact } from './store.js';

function key(owner, period) {
  return `${owner}|${period}`;
}

/** Keeps { duties, sources: [source], refreshed_at (ISO) } for the person and period, replacing the last. */
export function keepDuties(owner, period, { duties, sources, refreshedAt }) {
  return transact(SNAPSHOTS, 'readwrite', (store) => store.put({
    key: key(owner, period), owner, period, duties, sources, refreshed_at: refreshedAt,
  }));
}

/** The last duties kept for the person and period, or undefined. */
export function keptDuties(owner, period) {
  return transact(SNAPSHOTS, 'readonly', (store) => store.get(key(owner, period)));
}
