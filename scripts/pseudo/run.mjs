// The pseudo-locale's build (`npm run build:pseudo`): writes the pseudo-locale's site into
// .tmp/pseudo/site (scripts/pseudo/site.ts, bundled here with esbuild because the site's modules
// import without file extensions) and builds it with Astro into .tmp/pseudo/site/dist, which
// `npm run test:pseudo` then checks. Only the fixture pages are built, without preview images.
import { spawnSync } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { build } from 'esbuild';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const work = join(repo, '.tmp/pseudo');
const site = join(work, 'site');

await build({
  entryPoints: [join(repo, 'scripts/pseudo/site.ts')],
  bundle: true,
  platform: 'node',
  format: 'esm',
  packages: 'external',
  outfile: join(work, 'site.mjs'),
  logLevel: 'warning',
});
const { writePseudoSite } = await import(pathToFileURL(join(work, 'site.mjs')).href);
const { added, changed, removed } = writePseudoSite(repo, site);
console.log(
  `pseudo-locale: ${added.length} files added, ${changed.length} changed, ${removed.length} left out of the build`,
);

const astro = spawnSync(process.execPath, [join(repo, 'node_modules/astro/bin/astro.mjs'), 'build'], {
  cwd: site,
  stdio: 'inherit',
  env: {
    ...process.env,
    ASTRO_TELEMETRY_DISABLED: '1',
    SMM_OUT_DIR: './dist',
    SMM_CACHE_DIR: join(work, 'cache'),
  },
});
process.exit(astro.status ?? 1);
