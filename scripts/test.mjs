// `npm test`: every check of the project, as CI runs it, side by side on both cores.
//
// The browser tests are the longest step, so they start as soon as there is a build: Astro's
// generated types (`astro sync`), then the build; meanwhile Chromium is found or installed
// (scripts/ensure-browser.mjs) and the unit and component tests run. Once the build is there, the
// browser tests, the tests of the built files, the type check and lint all run at once: the browser
// tests spend much of their time waiting on pages, which the others fill. Only `astro sync` and the
// build write `.astro/` (Astro's types and content store, written in place), so the type check and
// lint, which read it, start only after the build. After the unit tests, the pseudo-locale's build
// (a copy of the site with a generated language, a few pages: docs/ARCHITECTURE.md, "Add a
// language") and its checks.
import { spawn } from 'node:child_process';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/**
 * Runs a command, collecting its output (or, `live`, printing it as it comes: the browser tests
 * are the longest step and CI should show them progress).
 */
function step(name, args, live = false) {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(args[0], args.slice(1), {
      env: { ...process.env, FORCE_COLOR: '0' },
      stdio: ['ignore', live ? 'inherit' : 'pipe', live ? 'inherit' : 'pipe'],
    });
    const out = [];
    child.stdout?.on('data', (d) => out.push(d));
    child.stderr?.on('data', (d) => out.push(d));
    child.on('close', (code) => {
      const seconds = ((Date.now() - started) / 1000).toFixed(0);
      const ok = code === 0;
      process.stdout.write(`\n===== ${name}: ${ok ? 'passed' : `FAILED (exit ${code})`} in ${seconds} s =====\n`);
      process.stdout.write(Buffer.concat(out).toString());
      resolve({ name, ok, seconds: Number(seconds) });
    });
  });
}

const run = (script) => [npm, 'run', '--silent', script];

/** Steps one after the other, stopping at the first that fails. */
async function chain(...steps) {
  const results = [];
  for (const [name, args, live] of steps) {
    const result = await step(name, args, live);
    results.push(result);
    if (!result.ok) break;
  }
  return results;
}

const started = Date.now();
/** Several chains at once; their results in one list. */
const together = async (...chains) => (await Promise.all(chains)).flat();

// The pseudo-locale's small build (its own copy of the site in .tmp/pseudo, its own .astro/) and
// its checks follow the unit tests, while the browser tests wait on pages.
const browser = chain(['browser', [process.execPath, 'scripts/ensure-browser.mjs']]);
// The pseudo-locale's checks include one page in Chromium: they wait for the browser step too.
const unit = (async () => {
  const before = await chain(['unit', run('test:unit')], ['pseudo-locale', run('build:pseudo')]);
  const ready = before.every((r) => r.ok) && (await browser).every((r) => r.ok);
  return ready ? [...before, ...(await chain(['pseudo tests', run('test:pseudo')]))] : before;
})();
const stage1 = await together(browser, chain(['astro sync', ['npx', 'astro', 'sync']], ['build', run('build')]));
const stage2 = stage1.every((r) => r.ok)
  ? await together(
      chain(['e2e', run('test:e2e'), true]),
      chain(['build tests', run('test:build')]),
      chain(['check', [...run('check'), '--', '--noSync']]),
      chain(['lint', run('lint:files')]),
    )
  : [];
stage1.push(...(await unit));
const results = [...stage1, ...stage2];
const failed = results.filter((r) => !r.ok).map((r) => r.name);
const total = ((Date.now() - started) / 1000).toFixed(0);
console.log(`\n===== npm test: ${results.map((r) => `${r.name} ${r.seconds} s`).join(', ')}; ${total} s in all =====`);
if (failed.length > 0 || stage2.length === 0) {
  console.log(
    `===== FAILED: ${failed.join(', ')}${stage2.length === 0 ? ' (the built-site tests did not run)' : ''} =====`,
  );
  process.exit(1);
}
