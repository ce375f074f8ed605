/**
 * The Share button of tool pages (src/components/ShareButton.astro): the system share sheet where
 * the browser has one (Web Share API, mostly phones), otherwise the link is copied to the
 * clipboard, and where even that is refused, the link is shown selected for the visitor to copy.
 * The shared address carries the tool's current values (from its `smm:result` events) unless the
 * button says not to (`data-share-values="false"`: the self-audit's answers stay private).
 */
import { RESULT_EVENT, type ResultDetail } from '../lib/embed/events';
import { toolShareUrl } from '../lib/share/links';

export interface ShareEnv {
  navigator: Pick<Navigator, 'share' | 'clipboard'> | Partial<Pick<Navigator, 'share' | 'clipboard'>>;
  location: Pick<Location, 'origin' | 'pathname' | 'search'>;
  events: EventTarget;
}

export function setUpShare(root: HTMLElement, env: ShareEnv, initial?: ResultDetail): void {
  const button = root.querySelector<HTMLButtonElement>('[data-share-button]');
  const status = root.querySelector<HTMLElement>('[data-share-status]');
  const manual = root.querySelector<HTMLElement>('[data-share-manual]');
  const field = manual?.querySelector<HTMLInputElement>('input');
  if (!button || !status) return;
  const withValues = root.dataset['shareValues'] !== 'false';
  let inputs: unknown = initial?.inputs;
  env.events.addEventListener(RESULT_EVENT, (event) => {
    const detail = (event as CustomEvent<ResultDetail | undefined>).detail;
    if (detail && typeof detail === 'object') inputs = detail.inputs;
  });

  button.addEventListener('click', () => {
    const url = withValues ? toolShareUrl(env.location, inputs) : env.location.origin + env.location.pathname;
    const title = root.dataset['shareTitle'] ?? '';
    status.textContent = '';
    if (manual) manual.hidden = true;
    let tryShare: Promise<unknown>;
    try {
      // Called at once, inside the click: browsers only open the share sheet on a user gesture.
      tryShare = env.navigator.share ? env.navigator.share({ title, url }) : Promise.reject(new Error('no Web Share'));
    } catch (error) {
      tryShare = Promise.reject(error instanceof Error ? error : new Error('Web Share failed'));
    }
    void tryShare
      .catch((error: unknown) => {
        // The visitor closed the share sheet: nothing to do.
        if (error instanceof Error && error.name === 'AbortError') return;
        const clipboard = env.navigator.clipboard;
        if (!clipboard) throw new Error('no clipboard');
        return clipboard.writeText(url).then(() => {
          status.textContent = root.dataset['copied'] ?? '';
        });
      })
      .catch(() => {
        if (!manual || !field) return;
        field.value = url;
        manual.hidden = false;
        field.focus();
        field.select();
      });
  });
}
