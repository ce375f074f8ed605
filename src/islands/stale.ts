/**
 * A page left open across a deploy asks for code chunks that the new deploy no longer has. When a
 * chunk fails to load while the browser is online, the page reloads once, cleanly, to get the new
 * version; a second failure on the same page in the same tab is a real error and is shown as such,
 * never as "you are offline". The mark lives in sessionStorage (`smm-reload`, this tab only).
 */
/** sessionStorage key of the reload mark (the privacy page lists it). */
export const RELOAD_KEY = 'smm-reload';

export function online(): boolean {
  return typeof navigator === 'undefined' || navigator.onLine !== false;
}

/** Reloads the page once per tab and path when online; returns whether it did. */
export function reloadOnce(): boolean {
  if (!online()) return false;
  try {
    if (sessionStorage.getItem(RELOAD_KEY) === location.pathname) return false;
    sessionStorage.setItem(RELOAD_KEY, location.pathname);
  } catch {
    return false;
  }
  location.reload();
  return true;
}

/** A chunk loaded: a later deploy may reload this page once again. */
export function chunksLoaded(): void {
  try {
    sessionStorage.removeItem(RELOAD_KEY);
  } catch {
    // Storage blocked: reloadOnce already declines to reload.
  }
}
