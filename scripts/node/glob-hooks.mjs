// @ts-check
/**
 * Vite's `import.meta.glob` for code that Node runs without Vite: the end-to-end tests (Playwright
 * loads their imports from src/ itself) and scripts. The language registries
 * (src/lib/i18n/languages/*.ts, src/lib/i18n/index.ts, src/lib/smart/analyze.ts) find each
 * language's module with it; without this, a spec that imports one (the dictionaries, the long
 * dates, the number symbols) fails on "import.meta.glob is not a function".
 *
 * `registerGlobHooks()` adds a synchronous module hook (`module.registerHooks`, Node ≥ 22.15) that
 * writes each call as Vite does: an eager glob becomes imports and an object of their values keyed
 * by relative path; a lazy one an object of `() => import(…)`. Only what the registries use is
 * supported: string or array patterns (`!` to leave out), `eager`, `import`. Called from
 * playwright.config.ts, which Playwright loads in its runner and in each worker, after its own
 * TypeScript hook: this one sees the code once the types are stripped.
 */
import { globSync } from 'node:fs';
import { registerHooks } from 'node:module';
import { matchesGlob, posix } from 'node:path';
import { fileURLToPath } from 'node:url';

/** A call, with or without its type argument (`import.meta.glob<T>(` in TypeScript). */
const CALL = /\bimport\.meta\.glob\s*(?:<[^(]*>)?\(/g;

/**
 * The end of the call's argument list that starts at `from` (just after its `(`), or -1.
 * @param {string} code
 * @param {number} from
 */
function closing(code, from) {
  let depth = 1;
  let quote = '';
  for (let i = from; i < code.length; i++) {
    const c = code[i];
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = '';
    } else if (c === '"' || c === "'" || c === '`') quote = c;
    else if (c === '(' || c === '[' || c === '{') depth++;
    else if ((c === ')' || c === ']' || c === '}') && --depth === 0) return i;
  }
  return -1;
}

/**
 * @typedef {{ start: number, end: number, patterns: string[], options: { eager?: boolean, import?: string } }} GlobCall
 */

/**
 * The `import.meta.glob` calls of a module's code: where each starts and ends (just after its
 * `)`), its patterns (`!…` ones included) and options. A call named in a comment, or text that
 * only looks like one (the arguments are not literals), is not one.
 * @param {string} code
 * @returns {GlobCall[]}
 */
export function globCalls(code) {
  /** @type {GlobCall[]} */
  const calls = [];
  for (const match of code.matchAll(CALL)) {
    const start = match.index;
    const line = code.slice(code.lastIndexOf('\n', start) + 1, start);
    if (/^\s*(\*|\/\/|\/\*)|\/\//.test(line)) continue;
    const open = start + match[0].length;
    const end = closing(code, open);
    if (end === -1) continue;
    try {
      // The arguments are literals written in the repository's own code (patterns, options).
      /** @type {[string | string[], GlobCall['options']?]} */
      const [patterns, options = {}] = new Function(`return [${code.slice(open, end)}]`)();
      calls.push({ start, end: end + 1, patterns: [patterns].flat(), options });
    } catch {
      // Not a call's arguments: left as it is.
    }
  }
  return calls;
}

/**
 * Of `files` (paths written like `importer`, '/' between folders), those the patterns match, read
 * from the importer's folder; the importer itself left out, as Vite does. `*` stays within a folder.
 * @param {string} importer
 * @param {string[]} patterns
 * @param {Iterable<string>} files
 * @returns {string[]}
 */
export function globTargets(importer, patterns, files) {
  const dir = posix.dirname(importer);
  const keep = patterns.filter((p) => !p.startsWith('!')).map((p) => posix.join(dir, p));
  const drop = patterns.filter((p) => p.startsWith('!')).map((p) => posix.join(dir, p.slice(1)));
  return [...files].filter(
    (file) => file !== importer && keep.some((p) => matchesGlob(file, p)) && !drop.some((p) => matchesGlob(file, p)),
  );
}

/**
 * What a call matches on disk, written as Vite keys it: relative to the module (`./x`, `../x`).
 * @param {string} file the module, an absolute path
 * @param {string[]} patterns
 * @returns {string[]}
 */
function matches(file, patterns) {
  const dir = posix.dirname(file);
  const found = patterns
    .filter((p) => !p.startsWith('!'))
    .flatMap((p) => globSync(p, { cwd: dir }).map((hit) => posix.join(dir, hit.split('\\').join('/'))));
  return globTargets(file, patterns, new Set(found))
    .map((hit) => posix.relative(dir, hit))
    .map((p) => (p.startsWith('.') ? p : `./${p}`))
    .sort();
}

/**
 * `code` with every `import.meta.glob(…)` call written out for the module at `file`.
 * @param {string} code
 * @param {string} file
 */
export function expandGlobs(code, file) {
  const calls = globCalls(code);
  if (calls.length === 0) return code;
  /** @type {string[]} */
  const imports = [];
  let out = '';
  let at = 0;
  for (const { start, end, patterns, options } of calls) {
    const entries = matches(file, patterns).map((path) => {
      const spec = JSON.stringify(path);
      const pick = options.import ? `[${JSON.stringify(options.import)}]` : '';
      if (!options.eager) return `${spec}: () => import(${spec})${pick ? `.then((m) => m${pick})` : ''}`;
      const name = `__glob_${imports.length}`;
      imports.push(`import * as ${name} from ${spec};`);
      return `${spec}: ${name}${pick}`;
    });
    out += `${code.slice(at, start)}({ ${entries.join(', ')} })`;
    at = end;
  }
  return `${imports.join('\n')}\n${out}${code.slice(at)}`;
}

export function registerGlobHooks() {
  registerHooks({
    load(url, context, nextLoad) {
      const result = nextLoad(url, context);
      if (!url.startsWith('file:') || url.includes('/node_modules/') || result.source == null) return result;
      const source = result.source;
      const code = typeof source === 'string' ? source : new TextDecoder().decode(/** @type {Uint8Array} */ (source));
      if (!code.includes('import.meta.glob')) return result;
      return { ...result, source: expandGlobs(code, fileURLToPath(url)) };
    },
  });
}
