// Taking an action a card offers (a case's or a complaint's): one at a time per item, the list
// drawn again around it, and — when the server says the item moved on meanwhile (409) or is no
// longer the caller's to see (404) — the list loaded afresh rather than a stale card kept.

import { isLeaving } from './session.js';

/**
 * Runs request() for the item with this id unless one is already running for it. busy is the
 * page's set of items at work; render draws the list; succeeded(answer) and failed(error) report;
 * reload fetches the list again.
 */
export async function runAction(id, { busy, render, request, succeeded, failed, reload }) {
  if (busy.has(id)) {
    return;
  }
  busy.add(id);
  render();
  try {
    succeeded(await request());
  } catch (error) {
    if (isLeaving()) {
      return;
    }
    failed(error);
    if (error.status === 409 || error.status === 404) {
      busy.delete(id);
      await reload();
      return;
    }
  } finally {
    busy.delete(id);
  }
  render();
}
