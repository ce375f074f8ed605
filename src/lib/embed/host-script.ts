/**
 * The host-page script, /embed.js (docs/CONTRACT.md, "Embedding"), built from this file by
 * src/build/embed-script.mjs. A host page adds it once after the site's frames:
 * `<script src="https://{site}/embed.js" defer></script>`. It
 * - resizes the site's frames to their content (`smm:resize`), up to the frame's
 *   `data-max-height` if it has one (the frame then scrolls inside);
 * - announces results (`smm:result`) as a bubbling `smm:result` CustomEvent on the frame, whose
 *   detail is `{ tool, value, inputs }`;
 * - replays presenter keys (`smm:key`: PageUp, PageDown, Escape) on the host page as keyboard
 *   events with the legacy `keyCode` that reveal.js and other presentation software read.
 * It acts only on messages from the site's origin (the origin the script is served from), from
 * one of the site's embed frames in the page, with the right shape (host.ts).
 */
import { handleMessage, originOfScript, readMaxHeight } from './host';
import { KEY_CODES, type ForwardedKey } from './keys';

type HostWindow = Window & typeof globalThis & { __smmEmbedHost?: string };

function scriptSrc(document: Document): string | null {
  const current = document.currentScript as HTMLScriptElement | null;
  if (current?.src) return current.src;
  const scripts = document.getElementsByTagName('script');
  for (let i = scripts.length - 1; i >= 0; i--) {
    const src = scripts[i]?.src ?? '';
    if (/\/embed\.js(?:[?#].*)?$/.test(src)) return src;
  }
  return null;
}

function replayKey(window: HostWindow, document: Document, key: ForwardedKey): void {
  const keyCode = KEY_CODES[key];
  const init = { key, code: key, keyCode, which: keyCode, bubbles: true, cancelable: true };
  for (const type of ['keydown', 'keyup'] as const) {
    const event = new window.KeyboardEvent(type, init);
    // Some engines ignore the legacy fields of the init dictionary.
    if (event.keyCode !== keyCode) {
      Object.defineProperty(event, 'keyCode', { get: () => keyCode });
      Object.defineProperty(event, 'which', { get: () => keyCode });
    }
    document.dispatchEvent(event);
  }
}

/** Installs the host script in a page (once, whatever the number of copies included). */
export function installHost(window: HostWindow, document: Document): void {
  const site = originOfScript(scriptSrc(document));
  if (!site || window.__smmEmbedHost === site) return;
  window.__smmEmbedHost = site;

  window.addEventListener('message', (event: MessageEvent) => {
    const frames = Array.from(document.getElementsByTagName('iframe'));
    const action = handleMessage(event, frames, site);
    if (!action) return;
    if (action.kind === 'resize') {
      const max = readMaxHeight(action.frame.getAttribute('data-max-height'));
      action.frame.style.height = `${max === null ? action.height : Math.min(action.height, max)}px`;
    } else if (action.kind === 'result') {
      action.frame.dispatchEvent(new window.CustomEvent('smm:result', { bubbles: true, detail: action.detail }));
    } else {
      replayKey(window, document, action.key);
    }
  });
}
