/**
 * The service worker across deploys, on a small fixture site written here and served by a real
 * local server that the test switches from one build to the next and makes fail on demand. The
 * worker is the site's own (src/lib/embed/sw.js) with a manifest written by the site's own build
 * step (src/build/precache.mjs), exactly as `astro build` writes /sw.js.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { buildManifest, readBuild, toolLang, workerSource } from '../../src/build/precache.mjs';
import { serveStatic, type StaticServer } from '../fixtures/static-server';
import { expect, test } from './fixtures';

// The offline worker is the subject here (playwright.config.ts blocks it elsewhere).
test.use({ serviceWorkers: 'allow' });

const body = readFileSync(new URL('../../src/lib/embed/sw.js', import.meta.url), 'utf8');
const root = mkdtempSync(join(tmpdir(), 'smm-sw-'));

/** One build of the fixture site: `v` changes the tool page's chunk and the guide page. */
function site(v: number): string {
  const dir = join(root, `v${v}`);
  const page = (title: string, extra = '') =>
    `<!doctype html><html lang="fr"><head><title>${title}</title><link rel="stylesheet" href="/_astro/base.A1.css"></head>` +
    `<body><h1>${title}</h1>${extra}<script type="module" src="/_astro/app.R1.js"></script></body></html>`;
  const files: Record<string, string> = {
    'index.html': page('Accueil'),
    '404.html': page('Introuvable'),
    'favicon.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
    'embed.js': '// host script',
    'fr/index.html': page('Accueil fr'),
    'fr/guide/index.html': page(`Guide, version ${v}`),
    'fr/tools/ctr/index.html': page('CTR', `<script type="module" src="/_astro/ctr.K${v}.js"></script>`),
    'fr/embed/ctr/index.html': page('CTR (embed)', `<script type="module" src="/_astro/ctr.K${v}.js"></script>`),
    'en/tools/ctr/index.html': page('CTR (en)'),
    '_astro/base.A1.css': 'body{font-family:sans-serif}',
    // Registers the worker; asks for the rest of the site when idle unless saving data. (Base.astro
    // also waits for the visitor to pause first: offline.spec.ts tests that; nobody types here.)
    '_astro/app.R1.js':
      "navigator.serviceWorker.register('/sw.js').then(()=>navigator.serviceWorker.ready).then((r)=>{" +
      "if(window.parent===window&&!navigator.connection?.saveData)requestIdleCallback(()=>r.active?.postMessage('smm:precache-rest'))});",
    [`_astro/ctr.K${v}.js`]:
      `document.body.dataset.ctr='v${v}';` +
      `window.later=()=>import('/_astro/later.L${v}.js').then((m)=>m.default,()=>'missing');`,
    [`_astro/later.L${v}.js`]: `export default 'later v${v}';`,
  };
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  const manifest = buildManifest(readBuild(dir), toolLang);
  writeFileSync(join(dir, 'sw.js'), workerSource(manifest, body));
  return dir;
}

let server: StaticServer;
let current = '';
const failing = new Set<string>();
const requested: string[] = [];
test.beforeAll(async () => {
  const v1 = site(1);
  site(2);
  current = v1;
  server = await serveStatic(null, (req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    requested.push(path);
    if (failing.has(path)) {
      res.writeHead(500).end('injected failure');
      return true;
    }
    const file = join(current, path.endsWith('/') ? `${path}index.html` : path);
    let text: Buffer;
    try {
      text = readFileSync(file);
    } catch {
      res.writeHead(404).end('Not found');
      return true;
    }
    const type = file.endsWith('.html')
      ? 'text/html; charset=utf-8'
      : file.endsWith('.css')
        ? 'text/css'
        : file.endsWith('.svg')
          ? 'image/svg+xml'
          : 'text/javascript';
    res.writeHead(200, { 'content-type': type, 'cache-control': 'no-cache' }).end(text);
    return true;
  });
});
test.afterAll(async () => {
  await server.close();
  rmSync(root, { recursive: true, force: true });
});

test('first visit keeps what the visitor needs; a failed deploy changes nothing; a good one copies what did not change', async ({
  browser,
}) => {
  test.setTimeout(60_000);
  const context = await browser.newContext();
  // A visitor who saves data: the rest of the site is never fetched.
  await context.addInitScript(() => Object.defineProperty(navigator, 'connection', { value: { saveData: true } }));
  const page = await context.newPage();
  const cached = () =>
    page.evaluate(async () => {
      const out: Record<string, string[]> = {};
      for (const name of await caches.keys()) {
        const cache = await caches.open(name);
        out[name] = (await cache.keys()).map((r) => new URL(r.url).pathname).sort();
      }
      return out;
    });
  const complete = (name?: string) =>
    expect
      .poll(async () => {
        const all = await cached();
        return Object.entries(all).some(
          ([n, paths]) => (name === undefined || n !== name) && paths.includes('/__smm/manifest.json'),
        );
      })
      .toBe(true);

  // 1. First visit, on a French tool page.
  await page.goto(`${server.url}/fr/tools/ctr/`);
  await expect(page.locator('body')).toHaveAttribute('data-ctr', 'v1');
  await complete();
  const first = await cached();
  const [v1Name] = Object.keys(first);
  const v1Files = first[v1Name ?? ''] ?? [];
  expect(Object.keys(first)).toHaveLength(1);
  // This page, its files, the French tools and the files every visit needs...
  for (const path of [
    '/fr/tools/ctr/',
    '/_astro/ctr.K1.js',
    '/_astro/later.L1.js',
    '/_astro/base.A1.css',
    '/fr/embed/ctr/',
    '/',
  ])
    expect(v1Files).toContain(path);
  // ...but not the other language's tools nor the guide: those wait for an idle moment, and never come with Save-Data.
  await page.waitForTimeout(500);
  expect(v1Files).not.toContain('/en/tools/ctr/');
  expect(v1Files).not.toContain('/fr/guide/');

  // 2. A deploy whose install meets a dropped connection: the new worker fails, nothing changes.
  current = join(root, 'v2');
  failing.add('/fr/embed/ctr/');
  requested.length = 0;
  const failed = await page.evaluate(async () => {
    const r = await navigator.serviceWorker.ready;
    await r.update().catch(() => 0);
    const w = r.installing;
    if (w)
      await new Promise((resolve) => w.addEventListener('statechange', () => w.state === 'redundant' && resolve(0)));
    return { waiting: r.waiting !== null, state: w?.state };
  });
  expect(failed).toEqual({ waiting: false, state: 'redundant' });
  const afterFailure = await cached();
  expect(afterFailure[v1Name ?? '']).toEqual(v1Files);
  // Offline, the page and its files still come from the old, complete cache.
  await context.setOffline(true);
  await page.reload();
  await expect(page.locator('body')).toHaveAttribute('data-ctr', 'v1');
  await context.setOffline(false);

  // 3. The same deploy, connection back: unchanged files are copied, only changed ones fetched
  //    (over both attempts: what the failed one fetched and checked is not fetched twice).
  failing.clear();
  const installed = await page.evaluate(async () => {
    const r = await navigator.serviceWorker.ready;
    await r.update();
    const w = r.installing;
    if (w)
      await new Promise((resolve) => w.addEventListener('statechange', () => w.state !== 'installing' && resolve(0)));
    return { waiting: r.waiting?.state };
  });
  expect(installed).toEqual({ waiting: 'installed' });
  const fetched = requested.filter((p) => p !== '/sw.js');
  expect(fetched).toContain('/_astro/ctr.K2.js');
  expect(fetched.filter((p) => p === '/_astro/ctr.K2.js')).toHaveLength(1);
  expect(fetched).not.toContain('/_astro/base.A1.css');
  expect(fetched).not.toContain('/_astro/app.R1.js');
  expect(fetched).not.toContain('/favicon.svg');

  // 4. The page left open keeps working: its chunk, gone from the server, comes from the old cache.
  expect(await page.evaluate(() => (window as unknown as { later: () => Promise<string> }).later())).toBe('later v1');

  // 5. Once no page uses the old worker, the new one takes over and only then drops the old cache.
  await page.close();
  const next = await context.newPage();
  await next.goto(`${server.url}/fr/guide/`);
  await expect(next.locator('h1')).toHaveText('Guide, version 2');
  await expect.poll(async () => next.evaluate(async () => (await caches.keys()).length)).toBe(1);
  const names = await next.evaluate(() => caches.keys());
  expect(names).toHaveLength(1);
  expect(names[0]).not.toBe(v1Name);
  await context.setOffline(true);
  await next.goto(`${server.url}/fr/tools/ctr/`);
  await expect(next.locator('body')).toHaveAttribute('data-ctr', 'v2');
  await context.close();
});

test('an embed in another site’s frame keeps only itself', async ({ browser }) => {
  const context = await browser.newContext();
  const host = await serveStatic(null, (_req, res) => {
    res
      .writeHead(200, { 'content-type': 'text/html' })
      .end(`<!doctype html><title>host</title><iframe src="${server.url}/fr/embed/ctr/"></iframe>`);
    return true;
  });
  try {
    current = join(root, 'v2');
    const page = await context.newPage();
    await page.goto(host.url);
    const frame = page.frameLocator('iframe');
    await expect(frame.locator('body')).toHaveAttribute('data-ctr', 'v2');
    const embed = page.frames().find((f) => f.url().includes('/fr/embed/ctr/'));
    await expect
      .poll(async () =>
        embed?.evaluate(async () => {
          for (const name of await caches.keys()) {
            const paths = (await (await caches.open(name)).keys()).map((r) => new URL(r.url).pathname);
            if (paths.includes('/__smm/manifest.json')) return paths.sort();
          }
          return [];
        }),
      )
      .toEqual([
        '/__smm/manifest.json',
        '/_astro/app.R1.js',
        '/_astro/base.A1.css',
        '/_astro/ctr.K2.js',
        '/_astro/later.L2.js',
        '/fr/embed/ctr/',
      ]);
  } finally {
    await host.close();
    await context.close();
  }
});
