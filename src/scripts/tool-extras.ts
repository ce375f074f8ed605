/**
 * The part of a tool page's own code that waits for the visitor (loaded by tool-page.ts): the
 * presenter switch (the mode itself, presenter-mode.ts, loads the first time it is used), and
 * the loaders of the Share button and of the embed panel, whose code loads only when the visitor
 * comes to them.
 */
import type { ResultDetail } from '../lib/embed/events';
import { isPresenterShortcut } from '../lib/embed/presenter-state';
import { reloadOnce } from '../islands/stale';
import type { PresenterMode } from './presenter-mode';

export interface Extras {
  presenter: HTMLElement | null;
  /** Presenter mode is on at load (tool-page.ts has already switched the page's look). */
  presenting: boolean;
  latest: () => ResultDetail | undefined;
  /** What the visitor did before this code arrived. */
  early: { button: HTMLElement | null; shortcut: KeyboardEvent | null };
}

export function attachExtras({ presenter, presenting, latest, early }: Extras): void {
  if (presenter) {
    let mode: Promise<PresenterMode> | undefined;
    const load = () => (mode ??= import('./presenter-mode').then(({ attach }) => attach(presenter, latest)));
    if (presenting) void load().then((m) => m.set(true));
    presenter
      .querySelector('[data-presenter-toggle]')
      ?.addEventListener('click', () => void load().then((m) => m.toggle()));
    addEventListener('keydown', (event) => {
      if (!isPresenterShortcut(event)) return;
      event.preventDefault();
      void load().then((m) => m.toggle());
    });
    if (early.shortcut) void load().then((m) => m.toggle());
  }

  for (const share of document.querySelectorAll<HTMLElement>('[data-share]')) {
    loadOnApproach(share, () =>
      import('./share').then(({ setUpShare }) => setUpShare(share, { navigator, location, events: window }, latest())),
    );
  }
  const panel = document.querySelector<HTMLElement>('[data-embed-panel]');
  if (panel) {
    loadOnApproach(panel, () => import('../islands/EmbedPanel').then(({ setUp }) => setUp(panel, latest())), true);
  }
  early.button?.click();
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
