/**
 * Presenter mode on tool pages: large type and high contrast, the site's header and search
 * hidden, a QR code with which students open the same tool, with the same figures, on their
 * phones. Entered and left with a visible toggle or a shortcut (Alt+Shift+P: Escape belongs to
 * the fields and to presentation software), or with `?size=large`; kept for the tab
 * (sessionStorage) while the trainer moves from tool to tool. This module is what every tool
 * page loads; the rest comes when the mode is first used (src/scripts/presenter-mode.ts).
 */

/** sessionStorage key: `'1'` while presenter mode is on in this tab. */
export const PRESENTER_KEY = 'smm-presenter';

/** Whether a key press is the presenter shortcut, Alt+Shift+P (by key position: any layout). */
export function isPresenterShortcut(event: {
  code: string;
  altKey: boolean;
  shiftKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
}): boolean {
  return event.code === 'KeyP' && event.altKey && event.shiftKey && !event.ctrlKey && !event.metaKey;
}

/** Whether presenter mode starts on: asked by the address (`size=large`) or kept from another tool. */
export function presenterOnAtLoad(size: string, stored: string | null): boolean {
  return size === 'large' || stored === '1';
}
