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
import { dirname, matchesGlob, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const CALL = 'import.meta.glob(';

/**
 * The end of the call's argument list that starts at `from` (just after its `(`).
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
  throw new Error('import.meta.glob: unbalanced call');
}

/**
 * Paths matching the patterns, relative to the module's folder and written as Vite keys them
 * (`./x`, `../x`); the module itself left out, as Vite does.
 * @param {string} file
 * @param {string | string[]} patterns
 * @returns {string[]}
 */
function matches(file, patterns) {
  const dir = dirname(file);
  const list = Array.isArray(patterns) ? patterns : [patterns];
  const keep = list.filter((p) => !p.startsWith('!'));
  const drop = list.filter((p) => p.startsWith('!')).map((p) => p.slice(1));
  const found = keep.flatMap((p) => globSync(p, { cwd: dir }));
  return [...new Set(found)]
    .map((p) => p.split('\\').join('/'))
    .map((p) => (p.startsWith('.') ? p : `./${p}`))
    .filter((p) => !drop.some((d) => matchesGlob(p, d)) && resolve(dir, p) !== file)
    .sort();
}

/**
 * `code` with every `import.meta.glob(…)` call written out for the module at `file`.
 * @param {string} code
 * @param {string} file
 */
export function expandGlobs(code, file) {
  /** @type {string[]} */
  const imports = [];
  let out = '';
  let at = 0;
  for (let start = code.indexOf(CALL); start !== -1; start = code.indexOf(CALL, start + 1)) {
    // A call named in a comment is not one.
    const line = code.slice(code.lastIndexOf('\n', start) + 1, start);
    if (/^\s*(\*|\/\/|\/\*)|\/\//.test(line)) continue;
    const end = closing(code, start + CALL.length);
    // The arguments are literals written in the repository's own code (patterns, options).
    /** @type {[string | string[], { eager?: boolean, import?: string }?]} */
    const args = new Function(`return [${code.slice(start + CALL.length, end)}]`)();
    const [patterns, options = {}] = args;
    const entries = matches(file, patterns).map((path) => {
      const spec = JSON.stringify(path);
      const pick = options.import ? `[${JSON.stringify(options.import)}]` : '';
      if (!options.eager) return `${spec}: () => import(${spec})${pick ? `.then((m) => m${pick})` : ''}`;
      const name = `__glob_${imports.length}`;
      imports.push(`import * as ${name} from ${spec};`);
      return `${spec}: ${name}${pick}`;
    });
    out += `${code.slice(at, start)}({ ${entries.join(', ')} })`;
    at = end + 1;
  }
  return imports.length === 0 && at === 0 ? code : `${imports.join('\n')}\n${out}${code.slice(at)}`;
}

export function registerGlobHooks() {
  registerHooks({
    load(url, context, nextLoad) {
      const result = nextLoad(url, context);
      if (!url.startsWith('file:') || url.includes('/node_modules/') || result.source == null) return result;
      const source = result.source;
      const code = typeof source === 'string' ? source : new TextDecoder().decode(/** @type {Uint8Array} */ (source));
      if (!code.includes(CALL)) return result;
      return { ...result, source: expandGlobs(code, fileURLToPath(url)) };
    },
  });
}
