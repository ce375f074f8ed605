/**
 * Build step (an Astro integration): the preview image of every page, the app icons, and the
 * legal notice's warning.
 *
 * - Preview images (Open Graph / Twitter cards), 1200×630 PNG: after the pages are built, each
 *   page that names an image under /og/ in its `og:image` gets one, whose text is read back from
 *   the page's own JSON-LD (src/lib/share/card.ts): no list of pages to keep. Rendering
 *   (src/build/card-render.mjs) uses satori, made to turn a card layout into SVG, and resvg to
 *   rasterise it, rather than a headless browser (seconds per page) or hand-drawn SVG (no text
 *   layout). Both are build-time dependencies: nothing of them reaches the browser. The cards
 *   are rendered in one worker thread per core and cached by the hash of what they show, so a
 *   rebuild only renders what changed.
 * - App icons (the manifest's, src/lib/share/manifest.ts) are rendered from public/favicon.svg.
 * - A warning when the legal notice's settings are unset (src/lib/share/publisher.ts).
 */
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AstroIntegration } from 'astro';
import { cardFromGraph, type CardText } from '../lib/share/card';
import { APPLE_TOUCH_ICON, icons, THEME_COLOR } from '../lib/share/manifest';
import { missingWarning, readPublisher } from '../lib/share/publisher';
import { FONT_SIGNATURE, svgToPng } from './card-render.mjs';

/** Bump when the card's design changes, so that cached images are rendered anew. */
const DESIGN_VERSION = 1;

const sha = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 32);

function* htmlFiles(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) {
      if (name !== '_astro' && name !== 'pagefind' && name !== 'og') yield* htmlFiles(full);
    } else if (name.endsWith('.html')) yield full;
  }
}

/** The og:image and the JSON-LD of a built page (our own markup: attributes in double quotes). */
function readCardSource(html: string): { image: string; graph: unknown } | undefined {
  const image = /<meta property="og:image" content="([^"]+)"/.exec(html)?.[1];
  const json = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)?.[1];
  if (!image || !json) return undefined;
  try {
    return { image: image.replace(/&amp;/g, '&'), graph: JSON.parse(json) };
  } catch {
    return undefined;
  }
}

interface Job {
  card: CardText;
  host: string;
  targets: string[];
}

function runWorker(root: URL, look: { accent: string; favicon: string }, jobs: Job[]): Promise<number> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('src/build/card-worker.mjs', root), { workerData: { look, jobs } });
    let written = 0;
    worker.on('message', (n: number) => (written = n));
    worker.on('error', reject);
    worker.on('exit', (code) => (code === 0 ? resolve(written) : reject(new Error(`card worker exited with ${code}`))));
  });
}

export function socialImages(): AstroIntegration {
  let cacheDir = '';
  let publicDir = '';
  let root = new URL('file:///');
  return {
    name: 'smm-social-images',
    hooks: {
      'astro:config:done': ({ config, logger }) => {
        cacheDir = join(fileURLToPath(config.cacheDir), 'social-images');
        publicDir = fileURLToPath(config.publicDir);
        root = config.root;
        const warning = missingWarning(readPublisher(process.env).missing);
        if (warning) logger.warn(warning);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const out = fileURLToPath(dir);
        mkdirSync(cacheDir, { recursive: true });
        const favicon = readFileSync(join(publicDir, 'favicon.svg'), 'utf8');

        // App icons from the favicon; the maskable one keeps the drawing inside the safe zone
        // (the inner 80 %) on a full-bleed background.
        mkdirSync(join(out, 'icons'), { recursive: true });
        const drawing = favicon
          .replace(/^[\s\S]*?<svg[^>]*>/, '')
          .replace(/<\/svg>\s*$/, '')
          .replace(/<rect[^>]*\/>/, '');
        const maskable = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" fill="${THEME_COLOR}"/><g transform="translate(3.2 3.2) scale(0.8)">${drawing}</g></svg>`;
        for (const icon of [...icons, { ...APPLE_TOUCH_ICON, purpose: 'any' as const }]) {
          writeFileSync(join(out, icon.file), svgToPng(icon.purpose === 'maskable' ? maskable : favicon, icon.size));
        }

        // Preview images: one job per distinct card; cached ones are copied.
        const look = { accent: THEME_COLOR, favicon };
        const seed = `${DESIGN_VERSION}\n${FONT_SIGNATURE}\n${favicon}`;
        const jobs = new Map<string, Job>();
        const problems: string[] = [];
        let cached = 0;
        for (const file of htmlFiles(out)) {
          const source = readCardSource(readFileSync(file, 'utf8'));
          if (!source) continue;
          const url = new URL(source.image);
          if (!url.pathname.startsWith('/og/')) continue;
          const card = cardFromGraph(source.graph);
          if (!card) {
            problems.push(`${file}: its JSON-LD has no page node with a name`);
            continue;
          }
          const key = sha(`${seed}\n${url.host}\n${JSON.stringify(card)}`);
          const cachedFile = join(cacheDir, `${key}.png`);
          const target = join(out, url.pathname);
          if (existsSync(cachedFile)) {
            mkdirSync(dirname(target), { recursive: true });
            copyFileSync(cachedFile, target);
            cached++;
            continue;
          }
          const job = jobs.get(key) ?? { card, host: url.host, targets: [cachedFile] };
          job.targets.push(target);
          jobs.set(key, job);
        }
        for (const p of problems) logger.error(p);
        if (problems.length > 0) throw new Error(`${problems.length} page(s) have an og:image but no card text.`);

        const all = [...jobs.values()];
        const threads = Math.max(1, Math.min(availableParallelism(), 4, Math.ceil(all.length / 8)));
        const shares = Array.from({ length: threads }, (_, i) => all.filter((_job, j) => j % threads === i));
        const rendered = all.length === 0 ? [] : await Promise.all(shares.map((share) => runWorker(root, look, share)));
        const ms = Math.round(performance.now() - started);
        logger.info(
          `${rendered.reduce((a, b) => a + b, 0)} preview image(s) rendered on ${threads} thread(s), ${cached} from cache, ` +
            `${icons.length + 1} icons, in ${ms} ms.`,
        );
      },
    },
  };
}
