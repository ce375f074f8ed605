// @ts-check
/**
 * Worker thread of src/build/social-images.ts: renders the cards it is given and writes each PNG
 * to its target (and to the cache), then reports how many it wrote.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { renderCard } from './card-render.mjs';

/** @type {{ look: import('./card-render.mjs').Look; jobs: { card: import('./card-render.mjs').CardText; host: string; targets: string[] }[] }} */
const { look, jobs } = workerData;
let written = 0;
for (const job of jobs) {
  const png = await renderCard(job.card, job.host, look);
  for (const target of job.targets) {
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, png);
  }
  written++;
}
parentPort?.postMessage(written);
