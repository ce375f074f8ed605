/**
 * Presenter mode on tool pages: the address students open on their phones (the QR code's text).
 * When it starts and how it is switched: presenter-state.ts (loaded with every tool page);
 * the mode itself: src/scripts/presenter-mode.ts (loaded when it is first used).
 */
import type { ResultDetail } from './events';
import { absolute, toolPath, toolValues } from './snippet';
import type { ToolId } from './tools';
import type { Locale } from '../i18n/locales';

/** Parameters equal to their default are left out of the students' address. */
const DEFAULTS: Record<string, string> = { currency: 'EUR' };

/**
 * The address students open: the tool page (never an embed) on the site's public address, with
 * the figures currently in the tool, without presentation or default parameters. The audit's
 * answers are the trainer's own and stay out: each student starts an audit of their own.
 */
export function studentUrl(site: string, lang: Locale, tool: ToolId, detail: ResultDetail | null | undefined): string {
  const given = tool === 'audit' || !detail ? {} : toolValues(detail.inputs);
  const values = Object.fromEntries(Object.entries(given).filter(([name, value]) => DEFAULTS[name] !== value));
  return absolute(site, toolPath({ lang, tool, theme: 'auto', size: 'normal', values }));
}
