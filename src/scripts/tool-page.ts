/**
 * The only script a tool page loads by itself besides its island: it applies `?theme=`,
 * `?size=`, `?layout=` and `?reveal=` (as on embeds), keeps the tool's latest result, and loads the embed panel's code
 * only when the visitor comes near the panel or reaches into it, so that the panel costs the
 * page nothing until it is used.
 */
import { RESULT_EVENT, type ResultDetail } from '../lib/embed/events';
import { applyPresentation, parsePresentation } from '../lib/embed/params';

applyPresentation(document.documentElement, parsePresentation(location.search));

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
    void import('../islands/EmbedPanel').then(({ setUp }) => {
      removeEventListener(RESULT_EVENT, keep);
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
