// Waymark's service worker: the reader pages keep working with no network.
// - The app's own files (hashed, immutable) and the home page are kept per version of the app.
// - Guide pages a reader opened are kept by the page itself (cache "waymark-guides", one entry per address: language
//   and situation are in it); here, a guide page is fetched from the network when there is one, and the kept copy is
//   served when there is none or it does not answer in time.
// - Pictures (/pictures/{hash}-{width}.{ext}, immutable) come from the copies the page keeps for saved guides
//   (cache "waymark-pictures") when kept, else from the network; offline, any kept width of the same picture will do
//   (the page keeps the width a phone shows; a wider screen asks for a wider one).
// - Nothing else is touched: editors' pages, sign-in, Vaadin and the editors' API never pass through this worker,
//   and nothing marked private or no-store is kept.
const VERSION = '__VERSION__';
const APP = 'waymark-app-' + VERSION;
const GUIDES = 'waymark-guides';
const PICTURES = 'waymark-pictures';
const ASSETS = ["__ASSETS__"];
const NETWORK_TIMEOUT_MS = 6000;

self.addEventListener('install', event => {
  event.waitUntil(caches.open(APP).then(cache => cache.addAll([...ASSETS, '/'])).then(() => self.skipWaiting()));
});

self.addEventListener('activate', event => {
  event.waitUntil(caches.keys()
    .then(keys => Promise.all(keys.filter(key => key.startsWith('waymark-app-') && key !== APP)
      .map(key => caches.delete(key))))
    .then(() => self.clients.claim()));
});

const readerPage = path => path === '/' || path === '/search' || /^\/guides\/[a-z0-9-]+$/.test(path);
const keepable = response => response.ok && !/no-store|private/.test(response.headers.get('Cache-Control') || '');

self.addEventListener('fetch', event => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (url.pathname.startsWith('/assets/')) {
    event.respondWith(asset(request, url));
  } else if (url.pathname.startsWith('/pictures/')) {
    event.respondWith(picture(request, url));
  } else if (readerPage(url.pathname) && request.mode === 'navigate') {
    event.respondWith(page(request, url));
  }
});

/** Hashed files never change: the kept copy, else the network; offline, an older build's file of the same name. */
async function asset(request, url) {
  const kept = await caches.match(request);
  if (kept) return kept;
  try {
    return await fetch(request);
  } catch (error) {
    // A guide saved under an older version names older hashes: any kept file of the same name will do.
    const name = url.pathname.replace(/-[0-9a-f]{12}(\.\w+)$/, '$1');
    for (const key of await caches.keys()) {
      const cache = await caches.open(key);
      for (const candidate of await cache.keys()) {
        const path = new URL(candidate.url).pathname;
        if (path.replace(/-[0-9a-f]{12}(\.\w+)$/, '$1') === name) return cache.match(candidate);
      }
    }
    throw error;
  }
}

/** A picture: the kept copy, else the network; offline, a kept copy of the same picture in another width or format. */
async function picture(request, url) {
  const cache = await caches.open(PICTURES);
  const kept = await cache.match(url.pathname);
  if (kept) return kept;
  try {
    return await fetch(request);
  } catch (error) {
    const name = url.pathname.match(/^\/pictures\/([0-9a-f]{64})-\d+\.(\w+)$/);
    if (!name) throw error;
    const same = (await cache.keys()).map(key => new URL(key.url).pathname)
      .filter(path => path.startsWith('/pictures/' + name[1] + '-'))
      .sort((a, b) => Number(b.endsWith('.' + name[2])) - Number(a.endsWith('.' + name[2])));
    if (same.length) return cache.match(same[0]);
    throw error;
  }
}

/** A reader page: the network first (a saved guide's copy is refreshed), the kept copy when offline or slow. */
async function page(request, url) {
  const guides = await caches.open(GUIDES);
  const address = url.pathname + url.search;
  const saved = url.pathname.startsWith('/guides/') ? await guides.match(address) : undefined;
  const network = fetch(request).then(async response => {
    if (saved && keepable(response)) await guides.put(address, response.clone());
    if (url.pathname === '/' && keepable(response)) await (await caches.open(APP)).put('/', response.clone());
    return response;
  });
  try {
    if (!saved) return await network;
    return await Promise.race([network,
      new Promise((_, reject) => setTimeout(() => reject(SLOW), NETWORK_TIMEOUT_MS))]);
  } catch (reason) {
    const offline = reason !== SLOW;
    if (saved) return offline ? servedOffline(saved) : saved;
    // Not saved: the home page, which lists what is saved on this phone and says it is offline.
    const home = await caches.match('/', { ignoreSearch: true });
    return home ? servedOffline(home) : Response.error();
  }
}

const SLOW = 'slow';

/**
 * A kept page served because the network failed, marked so (data-offline on its root element): the page then says
 * it is offline even where the browser still reports itself online (a captive portal, a dead connection).
 */
async function servedOffline(response) {
  const html = (await response.text()).replace('<html', '<html data-offline');
  return new Response(html, { status: response.status, statusText: response.statusText, headers: response.headers });
}
