/**
 * `npm run serve`: serves the built site (SMM_OUT_DIR or dist) as production does, with its
 * `_headers` applied, at http://127.0.0.1:{SMM_PORT or 4321}/. Options: `--port N`, `--dir D`,
 * `--fast` (lighter compression, for the end-to-end tests).
 */
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { serveStatic } from './server.ts';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: process.env['SMM_PORT'] ?? '4321' },
    dir: { type: 'string', default: process.env['SMM_OUT_DIR'] ?? 'dist' },
    fast: { type: 'boolean', default: false },
  },
});
const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`Not a port: ${values.port}`);
if (!existsSync(values.dir)) {
  console.error(`No build in ${values.dir}: run \`npm run build\` first.`);
  process.exit(1);
}
const server = await serveStatic(values.dir, { port, compression: values.fast ? 'fast' : 'best' });
console.log(`Serving ${values.dir} with its _headers at ${server.origin}/ (also http://localhost:${server.port}/)`);
for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.on(signal, () => void server.close().then(() => process.exit(0)));
