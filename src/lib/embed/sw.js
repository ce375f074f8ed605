/*
 * The service worker's body (plain JavaScript). The build (src/build/precache.mjs) writes /sw.js
 * as `const MANIFEST = {...}` followed by this file. MANIFEST lists the build's files with a hash of
 * each (`files`), the built files each page loads (`pages`), each language's tool and embed pages
 * (`langs`) and the files every visit may need (`shared`); `version` is a hash of the whole list.
 *
 * - install (atomic): caches what the visitor needs first (the pages open now with their files;
 *   for a page seen directly, not in another site's frame, the tools of its language too; and
 *   everything the previous version's cache held). A file whose hash has not changed is copied
 *   from the previous cache, not fetched again. If any file fails, install fails: the previous
 *   worker and its complete cache stay in charge. The manifest is written into the cache last,
 *   which marks it complete.
 * - no skipWaiting: the new worker takes over once no page uses the old one, so a page left open
 *   keeps the files it was built with (its chunks stay in the old cache until then).
 * - activate: only then are the other versions' caches deleted, and open pages claimed.
 * - message `smm:precache-rest` (sent by a page once the visitor pauses, never with Save-Data):
 *   caches every other page and its files, best effort.
 * - fetch (same-origin GET only): built files under /_astro/ never change (hashed names), so the
 *   caches answer first; pages go to the network first, with the cached copy as the answer when
 *   the network fails or is slower than 3 s (and the fresh copy replaces it when it arrives).
 *   A page's query string (?clicks=25...) is read by the page itself: the cache keys pages by
 *   path only.
 */
/* global MANIFEST */
const PREFIX = 'smm-';
const CACHE = `${PREFIX}${MANIFEST.version}`;
/** Where a cache keeps the manifest of its version: present only once the cache is complete. */
const META = '/__smm/manifest.json';
const NETWORK_TIMEOUT = 3000;
const PARALLEL = 6;

const absolute = (path) => new URL(path, self.location.origin).href;

/** The cache key of a request: pages by path (the query string stays with the page). */
function keyOf(url) {
  const parsed = new URL(url);
  return parsed.origin + parsed.pathname;
}

function withFiles(set, page) {
  if (!(page in MANIFEST.pages)) return;
  set.add(page);
  for (const file of MANIFEST.pages[page]) set.add(file);
}

/** What the pages open now need first. */
async function firstFiles() {
  const want = new Set();
  const windows = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
  for (const client of windows) {
    const page = new URL(client.url).pathname;
    withFiles(want, page);
    // In a frame (an embed on another site): nothing beyond itself.
    if (client.frameType === 'nested') continue;
    for (const file of MANIFEST.shared) withFiles(want, file);
    for (const tool of MANIFEST.langs[page.split('/')[1]] ?? []) withFiles(want, tool);
  }
  return want;
}

/** The complete caches of earlier versions, with their manifests. */
async function previousCaches() {
  const found = [];
  for (const name of await caches.keys()) {
    if (!name.startsWith(PREFIX) || name === CACHE) continue;
    const cache = await caches.open(name);
    const meta = await cache.match(absolute(META));
    if (meta) found.push({ cache, files: await meta.json().catch(() => ({})) });
  }
  return found;
}

/** Hex SHA-256 of a body, first 16 digits: the build's content hash. */
async function hashOf(response) {
  const digest = await crypto.subtle.digest('SHA-256', await response.clone().arrayBuffer());
  return [...new Uint8Array(digest)]
    .map((b) => b.toString(16).padStart(2, '0'))
    .join('')
    .slice(0, 16);
}

/** Puts one file of this version in the cache: copied when unchanged, else fetched and checked. */
async function store(cache, previous, path) {
  const url = absolute(path);
  if (await cache.match(url)) return;
  const hash = MANIFEST.files[path];
  for (const old of previous) {
    if (old.files[path] !== hash) continue;
    const copy = await old.cache.match(url);
    if (copy) return cache.put(url, copy);
  }
  const response = await fetch(url, { cache: 'no-cache' });
  if (!response.ok || response.redirected) throw new Error(`${path}: ${response.status}`);
  // Built files are immutable: one that does not match the manifest belongs to another deploy.
  if (path.startsWith('/_astro/') && (await hashOf(response)) !== hash) throw new Error(`${path}: not this build`);
  await cache.put(url, response);
}

async function fill(cache, previous, paths, strict) {
  const queue = [...paths];
  const worker = async () => {
    while (queue.length > 0) {
      const path = queue.shift();
      try {
        await store(cache, previous, path);
      } catch (error) {
        if (strict) throw error;
      }
    }
  };
  await Promise.all(Array.from({ length: PARALLEL }, worker));
}

async function install() {
  const want = await firstFiles();
  const previous = await previousCaches();
  // Offline use never shrinks with an update: what the previous version held, this one holds.
  for (const old of previous) for (const path of Object.keys(old.files)) if (path in MANIFEST.files) want.add(path);
  const cache = await caches.open(CACHE);
  await fill(cache, previous, want, true);
  await cache.put(
    absolute(META),
    new Response(JSON.stringify(Object.fromEntries([...want].map((p) => [p, MANIFEST.files[p]])))),
  );
}

self.addEventListener('install', (event) => {
  event.waitUntil(install());
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) =>
        Promise.all(names.filter((n) => n.startsWith(PREFIX) && n !== CACHE).map((n) => caches.delete(n))),
      )
      .then(() => self.clients.claim()),
  );
});

/** Caches every other page and its files; failures wait for another visit. */
async function rest() {
  if (self.navigator.connection?.saveData) return;
  const cache = await caches.open(CACHE);
  if (!(await cache.match(absolute(META)))) return;
  const want = new Set();
  for (const page of Object.keys(MANIFEST.pages)) withFiles(want, page);
  await fill(cache, await previousCaches(), want, false);
  const held = {};
  for (const path of want) if (await cache.match(absolute(path))) held[path] = MANIFEST.files[path];
  await cache.put(absolute(META), new Response(JSON.stringify(held)));
}

self.addEventListener('message', (event) => {
  if (event.data === 'smm:precache-rest' && event.origin === self.location.origin) event.waitUntil(rest());
});

async function fromCache(request) {
  const cache = await caches.open(CACHE);
  const key = keyOf(request.url);
  // This version's cache first; then an older one (a page left open still uses its files).
  return (await cache.match(key)) ?? (await caches.match(key)) ?? (await caches.match(request, { ignoreSearch: true }));
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
