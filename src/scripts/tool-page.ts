/**
 * The only script a tool page loads by itself besides its island: it applies `?theme=` and
 * `?size=` (as on embeds), keeps the tool's latest result, and loads the embed panel's code
 * only when the visitor comes near the panel or reaches into it, so that the panel costs the
 * page nothing until it is used.
 */
import { RESULT_EVENT, type ResultDetail } from '../lib/embed/events';
import { parsePresentation } from '../lib/embed/params';
import { reloadOnce } from '../islands/stale';

const root = document.documentElement;
const { theme, size } = parsePresentation(location.search);
if (theme !== 'auto') root.dataset['theme'] = theme;
if (size === 'large') root.dataset['size'] = 'large';

let latest: ResultDetail | undefined;
const keep = (event: Event) => {
  latest = (event as CustomEvent<ResultDetail | undefined>).detail ?? latest;
};
addEventListener(RESULT_EVENT, keep);

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
    void import('../islands/EmbedPanel').then(
      ({ setUp }) => {
        removeEventListener(RESULT_EVENT, keep);
        setUp(panel, latest);
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
