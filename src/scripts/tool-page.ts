/**
 * The only script a tool page loads by itself besides its island: it applies `?theme=`, `?size=`,
 * `?layout=` and `?reveal=` (as on embeds), switches presenter mode (src/lib/embed/presenter-state.ts; the mode and
 * its QR code load on demand), keeps the tool's latest result, and loads the code of the Share
 * button and of the embed panel only when the visitor comes to them.
 */
import { RESULT_EVENT, type ResultDetail } from '../lib/embed/events';
import { applyPresentation, parsePresentation } from '../lib/embed/params';
import { reloadOnce } from '../islands/stale';
import { isPresenterShortcut, PRESENTER_KEY, presenterOnAtLoad } from '../lib/embed/presenter-state';
import type { PresenterMode } from './presenter-mode';

const root = document.documentElement;
const presentation = parsePresentation(location.search);
const { size } = presentation;
// Theme, layout and reveal; presenter mode (size=large) is switched below.
applyPresentation(root, { ...presentation, size: 'normal' });

/** The tool's latest result: the presenter's QR code, the Share button and the panel start from it. */
let latest: ResultDetail | undefined;
const keep = (event: Event) => {
  latest = (event as CustomEvent<ResultDetail | undefined>).detail ?? latest;
};
addEventListener(RESULT_EVENT, keep);

// Presenter mode: the switch is here, the mode itself loads the first time it is used.
const presenter = document.querySelector<HTMLElement>('[data-presenter]');
if (presenter) {
  let mode: Promise<PresenterMode> | undefined;
  const load = () => (mode ??= import('./presenter-mode').then(({ attach }) => attach(presenter, () => latest)));
  let kept: string | null = null;
  try {
    kept = sessionStorage.getItem(PRESENTER_KEY);
  } catch {
    // Storage refused: presenter mode lasts for the page.
  }
  if (presenterOnAtLoad(size, kept)) {
    // At once, so that the page does not show its normal look first.
    root.dataset['size'] = 'large';
    root.dataset['presenting'] = '';
    void load().then((m) => m.set(true));
  }
  presenter
    .querySelector('[data-presenter-toggle]')
    ?.addEventListener('click', () => void load().then((m) => m.toggle()));
  addEventListener('keydown', (event) => {
    if (!isPresenterShortcut(event)) return;
    event.preventDefault();
    void load().then((m) => m.toggle());
  });
} else if (size === 'large') {
  root.dataset['size'] = 'large';
}

/**
 * Loads a part of the page's code when the visitor comes to it (pointer or keyboard; with `near`,
 * also when it scrolls into view), so that it costs the page nothing until then. A button
 * pressed before the code arrived is pressed again once it is there (the Share button's share
 * sheet still opens: a click's user activation lasts a few seconds).
 */
function loadOnApproach(root: HTMLElement, load: () => Promise<unknown>, near = false): void {
  let loading = false;
  let ready = false;
  let pending: HTMLElement | null = null;
  const go = () => {
    if (loading) return;
    loading = true;
    observer?.disconnect();
    void load().then(
      () => {
        ready = true;
        pending?.click();
        pending = null;
      },
      // Online, the chunk is gone with a new deploy: one clean reload (src/islands/stale.ts).
      () => {
        loading = false;
        reloadOnce();
      },
    );
  };
  root.addEventListener('click', (event) => {
    if (!ready) pending = (event.target as Element).closest('button');
    go();
  });
  const observer =
    near && 'IntersectionObserver' in window
      ? new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && go(), {
          rootMargin: '400px 0px',
        })
      : undefined;
  if (observer) observer.observe(root);
  else if (near) go();
  root.addEventListener('focusin', go, { once: true });
  root.addEventListener('pointerover', go, { once: true });
}

for (const share of document.querySelectorAll<HTMLElement>('[data-share]')) {
  loadOnApproach(share, () =>
    import('./share').then(({ setUpShare }) => setUpShare(share, { navigator, location, events: window }, latest)),
  );
}
const panel = document.querySelector<HTMLElement>('[data-embed-panel]');
if (panel) loadOnApproach(panel, () => import('../islands/EmbedPanel').then(({ setUp }) => setUp(panel, latest)), true);
