/**
 * The only script a tool page loads by itself besides its island: it applies `?theme=` and
 * `?size=` (as on embeds), runs presenter mode (src/lib/embed/presenter.ts; its QR code loads on
 * demand), keeps the tool's latest result, and loads the embed panel's code only when the
 * visitor comes near the panel or reaches into it, so that the panel costs the page nothing
 * until it is used.
 */
import { RESULT_EVENT, type ResultDetail } from '../lib/embed/events';
import { parsePresentation } from '../lib/embed/params';
import { isPresenterShortcut, PRESENTER_KEY, presenterOnAtLoad } from '../lib/embed/presenter-state';
import type { PresenterMode } from './presenter-mode';

const root = document.documentElement;
const { theme, size } = parsePresentation(location.search);
if (theme !== 'auto') root.dataset['theme'] = theme;

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

// The Share button's code loads when the visitor comes to the button (pointer or keyboard); a
// click that arrives first is held and given again once the code is there (the share sheet still
// opens: a click's user activation lasts a few seconds).
for (const share of document.querySelectorAll<HTMLElement>('[data-share]')) {
  let ready: Promise<void> | undefined;
  let loaded = false;
  const load = () =>
    (ready ??= import('./share').then(({ setUpShare }) => {
      setUpShare(share, { navigator, location, events: window }, latest);
      loaded = true;
    }));
  for (const type of ['pointerover', 'focusin', 'touchstart'])
    share.addEventListener(type, () => void load(), { once: true });
  const button = share.querySelector<HTMLButtonElement>('[data-share-button]');
  button?.addEventListener('click', (event) => {
    if (loaded) return;
    event.stopImmediatePropagation();
    void load().then(() => button.click());
  });
}

const panel = document.querySelector<HTMLElement>('[data-embed-panel]');
if (panel) {
  let loading = false;
  let ready = false;
  // A button pressed before the panel's code arrived is pressed again once it is there.
  let pending: HTMLElement | null = null;
  const load = () => {
    if (loading) return;
    loading = true;
    observer?.disconnect();
    void import('../islands/EmbedPanel').then(({ setUp }) => {
      setUp(panel, latest);
      ready = true;
      pending?.click();
      pending = null;
    });
  };
  panel.addEventListener('click', (event) => {
    if (!ready) pending = (event.target as Element).closest('button');
    load();
  });
  const observer =
    'IntersectionObserver' in window
      ? new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && load(), {
          rootMargin: '400px 0px',
        })
      : undefined;
  if (observer) observer.observe(panel);
  else load();
  panel.addEventListener('focusin', load, { once: true });
  panel.addEventListener('pointerdown', load, { once: true });
}
