/**
 * The pseudo-locale, the worked example of "Add a language" (docs/ARCHITECTURE.md): what a
 * maintainer does to add a language, done by a program on a copy of the site, from English.
 * Pure text in, text out, so that tests/unit/pseudo-site.test.ts can check each step.
 *
 * - the locale list: `locales.ts` gets the id and one entry in each of its tables (the registries,
 *   `src/lib/i18n/languages/*.ts` and the dictionaries', find the language's folder by themselves);
 * - the language's folder: its dictionary (every English string pseudo-localised) and its data,
 *   derived from English's (month names and the SMART rules' sentences pseudo-localised, the rest
 *   English's own);
 * - content: MDX and the YAML blocks pseudo-localised from English.
 */
import { parseDocument, stringify } from 'yaml';
import { pseudoLocalize, pseudoText } from '../../src/lib/i18n/pseudo';

/**
 * The pseudo-locale: its id (the URL segment and content folder, lower case as Astro's content ids
 * are) and `en-XA`, the conventional pseudo-locale tag (valid BCP 47; axe's valid-lang reads `en`).
 */
export const PSEUDO = { id: 'en-xa', tag: 'en-XA', from: 'en', og: 'en_XA' } as const;

/** The pages built for it: a chapter, a calculator, the SMART checker, the audit. */
export const FIXTURES = {
  chapter: '14-choosing-platforms',
  tools: ['ctr', 'smart', 'audit'],
  pages: [
    'src/pages/[lang]/guide/[chapter].astro',
    'src/pages/[lang]/tools/[kpi].astro',
    'src/pages/[lang]/tools/smart.astro',
    'src/pages/[lang]/tools/audit.astro',
  ],
} as const;

const { id, from } = PSEUDO;

/** `src/lib/i18n/locales.ts` with the pseudo-locale in the list and in each of its tables. */
export function addToLocaleList(source: string): string {
  const own: Record<string, string> = {
    localeTags: `'${PSEUDO.tag}'`,
    ogLocales: `'${PSEUDO.og}'`,
    localeNames: `'${pseudoLocalize('English')}'`,
  };
  let out = source.replace(/(export const locales = \[[^\]]*)\]/, `$1, '${id}']`);
  out = out.replace(
    new RegExp(`export const (\\w+): Record<Locale, string> = \\{([^}]*)\\b${from}: ('[^']*') \\};`, 'g'),
    (_whole, name: string, before: string, value: string) =>
      `export const ${name}: Record<Locale, string> = {${before}${from}: ${value}, '${id}': ${own[name] ?? value} };`,
  );
  return out;
}

/** Every string of a value pseudo-localised (keys, numbers and URLs kept). */
function pseudoValue(value: unknown, key = ''): unknown {
  if (typeof value === 'string') {
    if (/^(?:url|id|chapter|tool|tools|terms|related|year|updated)$/.test(key) || /^https?:\/\//.test(value))
      return value;
    return pseudoLocalize(value);
  }
  if (Array.isArray(value)) return value.map((item) => pseudoValue(item, key));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, pseudoValue(v, k)]));
  }
  return value;
}

/**
 * A YAML file of entries written side by side per language (`glossary.yaml`, `audit.yaml`): every
 * block keyed by the source language gains a pseudo-localised copy keyed by the pseudo-locale.
 */
export function addYamlBlocks(yaml: string): string {
  const walk = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(walk);
    if (!node || typeof node !== 'object') return node;
    const entries = Object.entries(node).map(([k, v]) => [k, walk(v)] as const);
    const copy: Record<string, unknown> = Object.fromEntries(entries);
    if (from in copy && 'fr' in copy && typeof copy[from] === 'object') copy[id] = pseudoValue(copy[from]);
    return copy;
  };
  return stringify(walk(parseDocument(yaml).toJS()), { lineWidth: 0 });
}

/**
 * Text of one MDX line pseudo-localised, leaving what is not prose as it is: link targets, URLs,
 * HTML/JSX tags, `{…}` expressions, inline code and entities.
 */
export function pseudoLine(line: string): string {
  const kept = /(\]\([^)]*\)|https?:\/\/\S+|<[^>]*>|\{[^}]*\}|`[^`]*`|&\w+;|&#\d+;)/;
  return line
    .split(kept)
    .map((part, index) => (index % 2 === 1 ? part : pseudoText(part)))
    .join('');
}

/** Links to the source language's pages lead to the pseudo-locale's, as a translator's would. */
const ownLinks = (text: string) => text.replace(new RegExp(`(\\]\\(|href=")/${from}/`, 'g'), `$1/${id}/`);

/** An MDX file (front matter and body) pseudo-localised. */
export function pseudoMdx(mdx: string): string {
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(mdx);
  if (!match) throw new Error('An MDX file without front matter');
  const [, front = '', body = ''] = match;
  const data = pseudoValue(parseDocument(front).toJS());
  let fenced = false;
  const lines = body.split('\n').map((line) => {
    if (/^\s*```/.test(line)) fenced = !fenced;
    if (fenced || /^\s*```/.test(line) || /^(?:import|export)\s/.test(line)) return line;
    return pseudoLine(ownLinks(line));
  });
  return `---\n${stringify(data, { lineWidth: 0 })}---\n${lines.join('\n')}`;
}
