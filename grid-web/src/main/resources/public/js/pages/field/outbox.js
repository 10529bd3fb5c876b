// The outbox: inspection records made on this phone, kept in IndexedDB until the server has them.
//
// A record goes into the outbox FIRST — with the UUID made for it and its photos' bytes as Blobs —
// and only then is it sent: each photo to the address of its SHA-256, then the record to the
// address of its UUID. Both addresses are fixed before the first try and a record's content never
// changes under its UUID, so sending again (after a timeout, on the next page load, a day later,
// from two tabs at once) never stores anything twice: the server answers a repeat with the
// original answer.
//
// A record leaves the outbox only when the server has answered 2xx. No answer at all, a 5xx, 408
// or 429: it waits for the next try (an `online` event, the next page load, every 30 s, or "send
// now"). Any other 4xx: the server refused the record as it is; it stays, with the server's
// reason, for its author to change (as a new record with a new UUID) or to discard. A 401 only
// means the sign-in has lapsed: the record waits until someone signs in again.
//
// Entries belong to the person who made them: a phone shared by two supervisors sends each
// person's records with that person's own sign-in only.

import { ApiError, putInspection, uploadPhoto } from '../../components/api.js';
import { OUTBOX, storeAvailable, transact } from './store.js';

/** Retry period while records wait. */
export const RETRY_MS = 30_000;

/**
 * An entry: { id (the record's UUID), owner (person id), created_at (ISO), label (what the page
 * shows: target, duty…), record (the JSON body, photos named by hash), photos: [{ sha256, name,
 * type, size, blob, uploaded }], state: 'queued' | 'refused', attempts, last_error }.
 */

const listeners = new Set();

function transactOutbox(mode, work) {
  return transact(OUTBOX, mode, work);
}

/** Called with no arguments after any change to the outbox (kept, sent, refused, discarded). */
export function onOutboxChange(listener) {
  listeners.add(listener);
}

function changed() {
  listeners.forEach((listener) => listener());
}

/** Whether records can be kept on this device at all (IndexedDB may be blocked, e.g. in private mode). */
export const outboxAvailable = storeAvailable;

/** Keeps a new record. Resolves once it is committed to disk; only then may it be sent. */
export async function keep(entry) {
  const stored = {
    ...entry,
    state: 'queued',
    attempts: 0,
    last_error: null,
    photos: (entry.photos ?? []).map((photo) => ({ ...photo, uploaded: false })),
  };
  await transactOutbox('readwrite', (store) => store.add(stored));
  changed();
  return stored;
}

/** The entries of one person (all when owner is null), oldest first. */
export async function entries(owner = null) {
  const all = await transactOutbox('readonly', (store) => (owner === null
    ? store.getAll()
    : store.index('owner').getAll(owner)));
  return (all ?? []).sort((a, b) => String(a.created_at).localeCompare(String(b.created_at)));
}

export async function entry(id) {
  return transactOutbox('readonly', (store) => store.get(id));
}

export async function discard(id) {
  await transactOutbox('readwrite', (store) => store.delete(id));
  changed();
}

/** Puts a refused entry back in line as it is (e.g. after the person's grids were corrected). */
export async function requeue(id) {
  const found = await entry(id);
  if (found) {
    await save({ ...found, state: 'queued' });
    changed();
  }
}

async function save(value) {
  await transactOutbox('readwrite', (store) => store.put(value));
}

// Sending. One run at a time per page: a run asked for while one is going starts after it (the
// record kept meanwhile is then in it); asking again while that one still waits gives that one.

let tail = Promise.resolve();
let waiting = null;

/**
 * Sends this person's waiting records, oldest first → [{ id, entry, outcome, answer?, error? }]
 * where outcome is 'stored' (answer is the server's record), 'waiting' (no answer or a 5xx: it
 * stays queued), 'refused' (a 4xx: kept with the reason) or 'unauthorized' (sign in again).
 * Stops at the first record that got no answer: the rest would not get one either.
 */
export function sendWaiting(owner) {
  if (waiting?.owner === owner) {
    return waiting.run;
  }
  const run = tail.then(() => {
    waiting = null;
    return sendAll(owner);
  });
  waiting = { owner, run };
  tail = run.catch(() => undefined);
  return run;
}

async function sendAll(owner) {
  const outcomes = [];
  const queued = (await entries(owner)).filter((item) => item.state === 'queued');
  for (const item of queued) {
    const outcome = await deliver(item, { kept: true });
    outcomes.push(outcome);
    changed();
    if (outcome.outcome === 'unauthorized' || (outcome.outcome === 'waiting' && outcome.error?.status === 0)) {
      break;
    }
  }
  return outcomes;
}

/**
 * Sends one record and its photos. kept: it is in the outbox, whose copy is updated as photos go
 * up and removed when the record is stored; otherwise (no IndexedDB) it is only sent.
 */
export async function deliver(item, { kept = false } = {}) {
  let failedPhoto = null;
  try {
    for (const photo of item.photos) {
      if (photo.uploaded) {
        continue;
      }
      failedPhoto = photo;
      await uploadPhoto(photo.sha256, photo.blob, photo.type, { signInOn401: false });
      photo.uploaded = true;
      failedPhoto = null;
      if (kept) {
        // a retry after a broken connection does not upload this one again
        await save(item);
      }
    }
    const answer = await putInspection(item.id, item.record, { signInOn401: false });
    if (kept) {
      await discard(item.id);
    }
    return { id: item.id, entry: item, outcome: 'stored', answer };
  } catch (error) {
    const status = error instanceof ApiError ? error.status : 0;
    item.attempts = (item.attempts ?? 0) + 1;
    item.last_tried_at = new Date().toISOString();
    item.last_error = {
      status,
      message: error instanceof ApiError ? error.message : String(error?.message ?? ''),
      code: error instanceof ApiError ? error.problem?.code : undefined,
      params: error instanceof ApiError ? error.problem?.params : undefined,
      errors: error instanceof ApiError
        ? error.fieldErrors.map(({ pointer, message, code, params }) => ({ pointer, message, code, params })) : [],
      photo: failedPhoto ? failedPhoto.name : null,
    };
    let outcome;
    if (status === 401) {
      outcome = 'unauthorized';
    } else if (status >= 400 && status < 500 && status !== 408 && status !== 429) {
      outcome = 'refused';
      item.state = 'refused';
    } else {
      outcome = 'waiting';
    }
    if (kept) {
      await save(item).catch(() => undefined);
    }
    return { id: item.id, entry: item, outcome, error };
  }
}

/**
 * Keeps sending while the page is open: now, whenever the browser comes back online, and every
 * RETRY_MS while anything waits. onOutcomes receives each run's outcomes.
 */
export function keepSending(owner, onOutcomes) {
  const run = () => sendWaiting(owner).then(onOutcomes, (error) => console.warn('Outbox run failed', error));
  window.addEventListener('online', run);
  setInterval(() => {
    if (navigator.onLine !== false) {
      run();
    }
  }, RETRY_MS);
  run();
  return run;
}
