/** Reading the built site (SMM_OUT_DIR or dist) for the after-build checks. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export const distDir = process.env.SMM_OUT_DIR ?? 'dist';

export interface BuiltPage {
  /** URL path, e.g. `/fr/guide/`. */
  path: string;
  file: string;
  html: string;
}

export function builtPages(): BuiltPage[] {
  if (!existsSync(distDir)) throw new Error(`No build in ${distDir}: run \`npm run build\` first.`);
  const out: BuiltPage[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) {
        if (name !== 'pagefind' && name !== '_astro') walk(full);
      } else if (name.endsWith('.html')) {
        const rel = relative(distDir, full).split(sep).join('/');
        out.push({
          path: '/' + rel.replace(/index\.html$/, '').replace(/\.html$/, ''),
          file: full,
          html: readFileSync(full, 'utf8'),
        });
      }
    }
  };
  walk(distDir);
  return out.sort((a, b) => a.path.localeCompare(b.path));
}

/** Values of an attribute in an HTML string (our own generated markup: quoted attributes). */
export function attributeValues(html: string, attr: string): string[] {
  const re = new RegExp(`\\s${attr}=(?:"([^"]*)"|'([^']*)')`, 'g');
  return [...html.matchAll(re)].map((m) => decode(m[1] ?? m[2] ?? ''));
}

export function decode(value: string): string {
  return value
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');
}

/** Page types, for budgets: tool and embed pages may ship their island, the rest may not. */
export function pageType(path: string): 'tool' | 'embed' | 'content' {
  const kind = toolPath.exec(path)?.[1];
  return kind === 'embed' ? 'embed' : kind === 'tools' ? 'tool' : 'content';
}

/**
 * A tool or embed page of any locale (`fr`, `en`, or a region-tagged id such as the pseudo-locale's
 * `en-xa`): its kind (`tools` or `embed`) and the tool's id.
 */
export const toolPath = /^\/[a-z]{2}(?:-[a-z]{2})?\/(tools|embed)\/([^/]+)\/$/;
