// The field page as an app on the phone: the manifest (field-manifest.json) lets it be added to the home screen,
// and the service worker (field-sw.js) keeps its files, the vocabulary and the checklists for a start without a
// network. The first visit's files were loaded before the worker was there: they are handed to it to keep.

/** How long the first visit waits for the new worker to take over, so that the checklists then pass through it. */
const TAKE_OVER_MS = 3000;

/** Registers the worker; on the first visit, resolves once it controls the page (or after TAKE_OVER_MS). */
export async function installForOffline() {
  const workers = navigator.serviceWorker;
  if (!workers) {
    return;
  }
  if (workers.controller) {
    // started under the worker already (perhaps without a network): it updates itself, nothing to wait for
    workers.register('field-sw.js').catch((error) => console.warn('Service worker not updated', error));
    return;
  }
  try {
    const registration = await workers.register('field-sw.js');
    const taken = new Promise((resolve) => {
      workers.addEventListener('controllerchange', resolve, { once: true });
      setTimeout(resolve, TAKE_OVER_MS);
    });
    await workers.ready;
    (registration.active ?? workers.controller)?.postMessage({ keep: loadedFiles() });
    await taken;
  } catch (error) {
    console.warn('The field page will not start without a network', error);
  }
}

/** The page and the files it loaded from this server (the worker keeps the static ones). */
function loadedFiles() {
  const files = performance.getEntriesByType('resource').map((entry) => entry.name);
  return [window.location.href, ...files].filter((url) => new URL(url).origin === window.location.origin);
}
