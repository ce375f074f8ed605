/*
 * The service worker's body (plain JavaScript, served as /sw.js by src/pages/sw.js.ts, which
 * puts `VERSION` and `PAGES` before it). After one visit it holds the guide, the tools, the embeds
 * and every script and style sheet they use, so that they work with no network: a trainer opens
 * the slides once online, and the tools answer in a room without Wi-Fi.
 *
 * - install: fetches every page of PAGES and, from each page, script and style sheet, the files
 *   it loads from /_astro/ (recursively), and keeps them in a cache named after VERSION;
 * - activate: drops the caches of older versions and takes control of open pages;
 * - fetch (same-origin GET only): built files under /_astro/ never change (hashed names), so the
 *   cache answers first; pages go to the network first, with the cached copy as the answer when
 *   the network fails or is slower than 3 s (and the fresh copy replaces it when it arrives).
 *   A page's query string (?clicks=25...) is read by the page itself: the cache keys pages by
 *   path only.
 */
/* global VERSION, PAGES */
const CACHE = `smm-${VERSION}`;
const NETWORK_TIMEOUT = 3000;
const PARALLEL = 6;

/** The same-origin files a page, script or style sheet loads from /_astro/. */
function assetsOf(text, base) {
  const found = new Set();
  const patterns = [
    /(?:src|href|component-url|renderer-url|before-hydration-url)="([^"]+)"/g,
    /(?:import|from)\s*\(?\s*["'`]([^"'`]+\.(?:js|css))["'`]/g,
    // Vite's list of a dynamic import's dependencies: "_astro/x.js", relative to the site root.
    /["'`]\/?(_astro\/[^"'`]+\.(?:js|css))["'`]/g,
    /url\(\s*["']?([^"')]+)["']?\s*\)/g,
  ];
  for (const pattern of patterns) {
    for (const match of text.matchAll(pattern)) {
      let url;
      try {
        const path = match[1].replace(/&amp;/g, '&');
        url = new URL(path.startsWith('_astro/') ? `/${path}` : path, base);
      } catch {
        continue;
      }
      if (url.origin === new URL(base).origin && url.pathname.startsWith('/_astro/'))
        found.add(url.origin + url.pathname);
    }
  }
  return [...found];
}

/** The cache key of a request: pages by path (the query string stays with the page). */
function keyOf(url) {
  const parsed = new URL(url);
  return parsed.origin + parsed.pathname;
}

async function precache() {
  const cache = await caches.open(CACHE);
  const origin = self.location.origin;
  const queue = PAGES.map((path) => new URL(path, origin).href);
  const seen = new Set(queue);
  const worker = async () => {
    while (queue.length > 0) {
      const url = queue.shift();
      try {
        const response = await fetch(url, { cache: 'no-cache' });
        if (!response.ok || response.redirected) continue;
        await cache.put(url, response.clone());
        const type = response.headers.get('content-type') ?? '';
        if (/html|javascript|css/.test(type)) {
          for (const asset of assetsOf(await response.text(), url)) {
            if (!seen.has(asset)) {
              seen.add(asset);
              queue.push(asset);
            }
          }
        }
      } catch {
        // Offline or refused: that file waits for the next visit.
      }
    }
  };
  await Promise.all(Array.from({ length: PARALLEL }, worker));
}

self.addEventListener('install', (event) => {
  event.waitUntil(precache().then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) =>
        Promise.all(names.filter((n) => n.startsWith('smm-') && n !== CACHE).map((n) => caches.delete(n))),
      )
      .then(() => self.clients.claim()),
  );
});

async function fromCache(request) {
  const cache = await caches.open(CACHE);
  return (await cache.match(keyOf(request.url))) ?? (await cache.match(request, { ignoreSearch: true }));
}

async function assetFirst(request) {
  const cached = await fromCache(request);
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) {
    const cache = await caches.open(CACHE);
    await cache.put(keyOf(request.url), response.clone());
  }
  return response;
}

async function networkFirst(request) {
  const cache = await caches.open(CACHE);
  const network = fetch(request).then(async (response) => {
    if (response.ok && !response.redirected) await cache.put(keyOf(request.url), response.clone());
    return response;
  });
  const cached = await fromCache(request);
  if (!cached) return network;
  const late = new Promise((resolve) => setTimeout(() => resolve(cached), NETWORK_TIMEOUT));
  return Promise.race([network.catch(() => cached), late]);
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin || url.pathname === '/sw.js') return;
  if (url.pathname.startsWith('/_astro/')) {
    event.respondWith(assetFirst(request));
  } else {
    event.respondWith(networkFirst(request));
  }
});
