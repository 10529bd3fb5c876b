// The field page's service worker: the page and everything it loads (modules, styles, WebJar assets), the
// server's vocabulary and the checklists are answered from the network when it answers, and from the copy
// kept here when it does not — so that the page opened in a dead zone starts, names things and offers the
// checklists. Served from the application's root so that its scope covers field.html. The period's duties
// and the outbox are the page's own business (IndexedDB, js/pages/field/store.js); other API calls pass
// through untouched. Nothing personal is kept here: the checklists and the vocabulary are the same for everyone.

const CACHE = 'envgrid-field-v1';
/** Kept at install: the page itself, so that even its first start without a network finds it. */
const SHELL = ['field.html', 'field-manifest.json', 'css/app.css', 'favicon.svg', 'js/pages/field.js', 'api/vocabulary'];
/** The API answers kept for offline use. */
const KEPT_API = ['api/vocabulary', 'api/checklists'];
/** Files the pages load: kept as they pass. */
const STATIC = /\.(html|js|css|svg|png|jpg|json|woff2?)$/;
/** How long a request waits for the network before the kept copy answers (a dead zone may never answer). */
const NETWORK_WAIT_MS = 5000;

const root = new URL('./', self.location).pathname;

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(SHELL)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(caches.keys()
    .then((names) => Promise.all(names.filter((name) => name.startsWith('envgrid-field-') && name !== CACHE)
      .map((name) => caches.delete(name))))
    .then(() => self.clients.claim()));
});

// The page sends the files it loaded before this worker controlled it: kept now for its next start offline.
self.addEventListener('message', (event) => {
  const urls = (Array.isArray(event.data?.keep) ? event.data.keep : [])
    .map((url) => new URL(url, self.location))
    .filter((url) => url.origin === self.location.origin && kept(url) && !isApi(url));
  event.waitUntil(caches.open(CACHE).then((cache) => Promise.allSettled(urls.map((url) => cache.add(url)))));
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin || !kept(url)) {
    return;
  }
  event.respondWith(networkFirst(request, request.mode === 'navigate'));
});

function path(url) {
  return url.pathname.startsWith(root) ? url.pathname.slice(root.length) : url.pathname;
}

function isApi(url) {
  return path(url).startsWith('api/');
}

function kept(url) {
  const relative = path(url);
  if (isApi(url)) {
    return KEPT_API.includes(relative);
  }
  return relative === '' || STATIC.test(relative);
}

async function networkFirst(request, navigation) {
  const cache = await caches.open(CACHE);
  try {
    const response = await answerWithin(fetch(request), NETWORK_WAIT_MS);
    if (response.ok) {
      await cache.put(request, response.clone());
    }
    return response;
  } catch {
    // a page address may carry a query (field.html?duty=…): the page is the same
    const copy = await cache.match(request, { ignoreSearch: navigation, ignoreVary: true });
    return copy ?? Response.error();
  }
}

function answerWithin(answer, ms) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('no answer')), ms);
    answer.then((response) => {
      clearTimeout(timer);
      resolve(response);
    }, (error) => {
      clearTimeout(timer);
      reject(error);
    });
  });
}
