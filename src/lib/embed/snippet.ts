/**
 * The addresses and the code a trainer copies from the embed panel or the trainers page:
 * the embed URL (`/{lang}/embed/{tool}/?params`), the full-page URL, and the iframe code with the
 * optional host script. Values come from the page (URL, `smm:result` events): they are filtered
 * here and always escaped, never trusted.
 */
import { defaultLocale, isLocale, type Locale } from '../i18n/locales';
import { layouts, sizes, themes, type Layout, type Size, type Theme } from './params';
import { frameHeight } from './heights';
import type { ToolId } from './tools';

/** Params the panel sets itself; a tool's values never carry them. */
const RESERVED = new Set(['theme', 'size', 'lang', 'layout', 'reveal']);
const PARAM_NAME = /^[a-z][a-z0-9-]{0,39}$/;
const MAX_PARAMS = 20;
const MAX_VALUE = 500;

export interface EmbedChoice {
  lang: Locale;
  tool: ToolId;
  theme: Theme;
  size: Size;
  /** `slide`: the compact 16:9 layout (default `page`). */
  layout?: Layout;
  /** Guess first: results hidden behind "Show the answer" (`reveal=1`). */
  reveal?: boolean;
  /** A tool's own params (`clicks`, `objective`...), as URL params carry them. */
  values: Record<string, string>;
}

/**
 * Keeps the params of a tool from outside input (a query string, an object from an event):
 * lower-case names, string values of at most 500 characters, at most 20, presentation params out.
 */
export function toolValues(input: unknown): Record<string, string> {
  const entries: [string, unknown][] =
    typeof input === 'string' || input instanceof URLSearchParams
      ? [...new URLSearchParams(input).entries()]
      : input !== null && typeof input === 'object'
        ? Object.entries(input)
        : [];
  const out: Record<string, string> = {};
  let count = 0;
  for (const [name, value] of entries) {
    if (count >= MAX_PARAMS) break;
    if (!PARAM_NAME.test(name) || RESERVED.has(name) || typeof value !== 'string') continue;
    if (value === '' || value.length > MAX_VALUE || name in out) continue;
    out[name] = value;
    count += 1;
  }
  return out;
}

/** Reads a choice's presentation fields from outside input, falling back to safe defaults. */
export function normaliseChoice(choice: {
  lang: unknown;
  tool: ToolId;
  theme: unknown;
  size: unknown;
  layout?: unknown;
  reveal?: unknown;
  values: unknown;
}): EmbedChoice {
  return {
    ...((layouts as readonly unknown[]).includes(choice.layout) && choice.layout !== 'page'
      ? { layout: choice.layout as Layout }
      : {}),
    ...(choice.reveal === true ? { reveal: true } : {}),
    lang: isLocale(choice.lang) ? choice.lang : defaultLocale,
    tool: choice.tool,
    theme: (themes as readonly unknown[]).includes(choice.theme) ? (choice.theme as Theme) : 'auto',
    size: (sizes as readonly unknown[]).includes(choice.size) ? (choice.size as Size) : 'normal',
    values: toolValues(choice.values),
  };
}

function query(choice: EmbedChoice, presentation: boolean): string {
  const params = new URLSearchParams(choice.values);
  if (presentation && choice.theme !== 'auto') params.set('theme', choice.theme);
  if (presentation && choice.size !== 'normal') params.set('size', choice.size);
  if (presentation && choice.layout === 'slide') params.set('layout', 'slide');
  if (presentation && choice.reveal === true) params.set('reveal', '1');
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}

/** `/fr/embed/ctr/?clicks=25&impressions=1000&theme=dark` */
export function embedPath(choice: EmbedChoice): string {
  return `/${choice.lang}/embed/${choice.tool}/${query(choice, true)}`;
}

/** The full tool page with the same values (presentation included: tool pages apply it too). */
export function toolPath(choice: EmbedChoice): string {
  return `/${choice.lang}/tools/${choice.tool}/${query(choice, true)}`;
}

export function absolute(origin: string, path: string): string {
  return new URL(path, origin).href;
}

/** Escapes text for a double-quoted HTML attribute or element content. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * What every tool's frame allows: its scripts, its own storage (saved answers), and the "open the
 * full page" link, which must open a normal page (a sandboxed popup could not search, save or
 * print), hence popups that escape the sandbox.
 */
export const SANDBOX = 'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox';

/** What a tool's frame needs, and nothing more. */
export interface FramePermissions {
  /** The iframe's `sandbox` tokens. */
  sandbox: string;
  /** The iframe's `allow` (permissions policy), or none. */
  allow: string | null;
}

/**
 * The audit downloads its report (JSON, CSV) and prints it (`window.print()` needs
 * `allow-modals`); the calculators and the audit copy a link (clipboard); the SMART checker does
 * neither.
 */
export function framePermissions(tool: ToolId): FramePermissions {
  if (tool === 'audit') return { sandbox: `${SANDBOX} allow-downloads allow-modals`, allow: 'clipboard-write' };
  if (tool === 'smart') return { sandbox: SANDBOX, allow: null };
  return { sandbox: SANDBOX, allow: 'clipboard-write' };
}

/** The sandbox and allow attributes of a tool's iframe, as HTML. */
export function frameAttributes(tool: ToolId): string {
  const { sandbox, allow } = framePermissions(tool);
  return `sandbox="${sandbox}"${allow ? ` allow="${allow}"` : ''}`;
}

export interface IframeCode {
  origin: string;
  /** The frame's accessible name: the tool's title. */
  title: string;
  /** Adds `<script src="/embed.js">`, which resizes the frame to its content. */
  script: boolean;
  /** Overrides the tool's default height (px). */
  height?: number;
}

/** The code to paste in a host page: an iframe, and the host script when asked. */
export function iframeCode(choice: EmbedChoice, options: IframeCode): string {
  const src = absolute(options.origin, embedPath(choice));
  const height = clampHeight(options.height ?? frameHeight(choice.tool, choice.size, choice.layout));
  const frame =
    `<iframe src="${escapeHtml(src)}" title="${escapeHtml(options.title)}" height="${height}" ` +
    `loading="lazy" ${frameAttributes(choice.tool)} style="width: 100%; max-width: 100%; border: 0;"></iframe>`;
  if (!options.script) return frame;
  return `${frame}\n<script src="${escapeHtml(absolute(options.origin, '/embed.js'))}" defer></script>`;
}

/** Heights a trainer may type in the panel: the same range /embed.js accepts. */
export function clampHeight(value: number): number {
  if (!Number.isFinite(value)) return 600;
  return Math.min(5000, Math.max(100, Math.round(value)));
}
