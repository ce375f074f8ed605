import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { attributeValues, distDir, toolPath } from './dist';

/** The JavaScript budgets (see budgets.test.ts for what counts and why they are what they are). */
export const BUDGETS = { content: 2 * 1024, tool: 20 * 1024, embed: 20 * 1024 } as const;
/**
 * The self-audit's tool and embed pages: the questions, the profile fitting and the changes the
 * page makes (reading and merging the save, the report, history, exports, import, profile form and
 * the rare notices load on demand). Measured 2 December 2026: 22,981 B (tool page), 22,929 B
 * (embed); still above the 22 KB of the other tools (docs/performance.md, "Budgets").
 */
export const AUDIT_BUDGET = 22.5 * 1024;
export const budgetOf = (path: string, type: keyof typeof BUDGETS) =>
  toolPath.exec(path)?.[2] === 'audit' ? AUDIT_BUDGET : BUDGETS[type];

const gz = (text: string) => gzipSync(text, { level: 9 }).length;

/** A built JS file and, recursively, the files it imports statically (`import … from "./x.js"`, `import "./x.js"`). */
function closure(file: string, seen: Set<string>): void {
  if (seen.has(file)) return;
  seen.add(file);
  const code = readFileSync(join(distDir, file), 'utf8');
  const dir = file.slice(0, file.lastIndexOf('/') + 1);
  for (const m of code.matchAll(/(?:\bfrom|\bimport)\s*["'](\.{1,2}\/[^"']+\.js|\/_astro\/[^"']+\.js)["']/g)) {
    const spec = m[1] ?? '';
    const target = spec.startsWith('/') ? spec : new URL(spec, `http://x${dir}`).pathname;
    if (existsSync(join(distDir, target))) closure(target, seen);
  }
}

/**
 * What a built page loads by itself, gzipped (level 9): inline scripts (not JSON data blocks),
 * script files, island components and renderers, and all their static imports. The one count of
 * the budgets, used by the build check and the calculators' end-to-end test.
 */
export function scriptsOf(html: string) {
  const files = new Set<string>();
  const external = [
    ...attributeValues(html, 'src').filter((s) => s.endsWith('.js')),
    ...attributeValues(html, 'component-url'),
    ...attributeValues(html, 'renderer-url'),
    ...attributeValues(html, 'before-hydration-url').filter(Boolean),
  ];
  for (const src of external) if (src.startsWith('/')) closure(src, files);
  const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)]
    .map((m) => m[1] ?? '')
    .filter((code) => code.trim().length > 0 && !/^\s*\{/.test(code)); // JSON data blocks are not code
  const bytes =
    [...files].reduce((sum, f) => sum + gz(readFileSync(join(distDir, f), 'utf8')), 0) +
    inline.reduce((sum, code) => sum + gz(code), 0);
  return { files: [...files], inlineCount: inline.length, bytes };
}
