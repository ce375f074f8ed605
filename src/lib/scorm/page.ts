/**
 * The launch page of a SCORM package (index.html): the site's embed in a frame that fills the
 * page, a status line and a link to the full tool. launcher.js (beside it in the package) reads
 * its settings from the frame's attributes and its messages from the status line's.
 */
import type { Locale } from '../i18n/locales';
import type { Theme } from '../embed/params';
import { escapeHtml, SANDBOX } from '../embed/snippet';
import type { ScoreRange } from './score';

/** The texts of the launch page, in the package's language. */
export interface LauncherStrings {
  /** The tool's name: the page title and the frame's accessible name. */
  title: string;
  /** The link to the full tool page (new tab). */
  open: string;
  /** Status line: no platform found, nothing is recorded. */
  none: string;
  /** Status line: connected, the result will be recorded. */
  connected: string;
  /** Status line: the platform recorded the result. */
  saved: string;
  /** Status line: the platform refused the result. */
  failed: string;
}

export interface LauncherPage {
  lang: Locale;
  theme: Theme;
  tool: string;
  /** The absolute address of the embed, settings and values included. */
  embedUrl: string;
  /** The absolute address of the full tool page. */
  fullUrl: string;
  range: ScoreRange | null;
  strings: LauncherStrings;
}

const SCHEMES: Record<Theme, string> = { auto: 'light dark', light: 'light', dark: 'dark' };

export function launcherHtml(page: LauncherPage): string {
  const s = page.strings;
  const e = escapeHtml;
  const range = page.range ? ` data-score-min="${page.range.min}" data-score-max="${page.range.max}"` : '';
  return `<!doctype html>
<html lang="${page.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="${SCHEMES[page.theme]}">
<title>${e(s.title)}</title>
<link rel="stylesheet" href="launcher.css">
<script src="launcher.js"></script>
</head>
<body>
<main>
<iframe id="smm-tool" src="${e(page.embedUrl)}" title="${e(s.title)}" sandbox="${SANDBOX}" data-tool="${e(page.tool)}"${range}></iframe>
<p class="smm-bar"><span id="smm-status" role="status" data-none="${e(s.none)}" data-connected="${e(s.connected)}" data-saved="${e(s.saved)}" data-failed="${e(s.failed)}"></span>
<a href="${e(page.fullUrl)}" target="_blank" rel="noopener">${e(s.open)}</a></p>
</main>
</body>
</html>
`;
}
