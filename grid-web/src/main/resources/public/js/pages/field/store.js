// The field page's database on this device (IndexedDB): the outbox (outbox.js) and what the page last
// loaded while it had a network (snapshots.js) — this period's duties, their targets and when they
// were loaded —, so that the page opened again in a dead zone still shows the work and what waits.

const DB_NAME = 'envgrid-field';
const DB_VERSION = 2;
export const OUTBOX = 'outbox';
export const SNAPSHOTS = 'snapshots';

let opening = null;

function database() {
  if (!opening) {
    opening = new Promise((resolve, reject) => {
      if (!globalThis.indexedDB) {
        reject(new Error('IndexedDB is not available'));
        return;
      }
      const request = indexedDB.open(DB_NAME, DB_VERSION);
      request.onupgradeneeded = () => {
        const db = request.result;
        // version 1 had the outbox only: an upgrade keeps the records waiting in it
        if (!db.objectStoreNames.contains(OUTBOX)) {
          db.createObjectStore(OUTBOX, { keyPath: 'id' }).createIndex('owner', 'owner');
        }
        if (!db.objectStoreNames.contains(SNAPSHOTS)) {
          db.createObjectStore(SNAPSHOTS, { keyPath: 'key' });
        }
      };
      request.onsuccess = () => {
        const db = request.result;
        // another tab upgrading the database: let it, and open again on the next call
        db.onversionchange = () => {
          db.close();
          opening = null;
        };
        resolve(db);
      };
      request.onerror = () => reject(request.error);
    });
    opening.catch(() => {
      opening = null;
    });
  }
  return opening;
}

/** Whether anything can be kept on this device at all (IndexedDB may be blocked, e.g. in private mode). */
export async function storeAvailable() {
  try {
    await database();
    return true;
  } catch {
    return false;
  }
}

/**
 * Runs work(objectStore) in one transaction on one store; resolves with the last request's result once it has
 * committed (strict: on disk before the page says it is kept).
 */
export async function transact(storeName, mode, work) {
  const db = await database();
  return new Promise((resolve, reject) => {
    const tx = db.transaction(storeName, mode, { durability: 'strict' });
    let result;
    const request = work(tx.objectStore(storeName));
    if (request) {
      request.onsuccess = () => {
        result = request.result;
      };
    }
    tx.oncomplete = () => resolve(result);
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
  });
}
