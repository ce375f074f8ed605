/**
 * The only script a tool page loads by itself besides its island, kept small (the page's
 * JavaScript budget): it applies `?theme=`, `?size=`, `?layout=` and `?reveal=` (as on embeds)
 * before the page is first shown, starts presenter mode when it is on at load
 * (src/lib/embed/presenter-state.ts), and keeps the tool's latest result. The rest of the page's
 * own code (the presenter switch, the loaders of the Share button and of the embed panel:
 * tool-extras.ts) loads when it is needed: presenter mode on at load, or the visitor's first
 * move on the page (pointer, touch, key, focus or scroll). A button pressed or the presenter
 * shortcut typed before it arrived is replayed once it is there.
 */
import { RESULT_EVENT, type ResultDetail } from '../lib/embed/events';
import { applyPresentation, parsePresentation } from '../lib/embed/params';
import { isPresenterShortcut, PRESENTER_KEY, presenterOnAtLoad } from '../lib/embed/presenter-state';

const root = document.documentElement;
const presentation = parsePresentation(location.search);
// Theme, layout and reveal; presenter mode (size=large) is switched below.
applyPresentation(root, { ...presentation, size: 'normal' });

/** The tool's latest result: the presenter's QR code, the Share button and the panel start from it. */
let latest: ResultDetail | undefined;
addEventListener(RESULT_EVENT, (event) => {
  latest = (event as CustomEvent<ResultDetail | undefined>).detail ?? latest;
});

const presenter = document.querySelector<HTMLElement>('[data-presenter]');
let kept: string | null = null;
try {
  kept = sessionStorage.getItem(PRESENTER_KEY);
} catch {
  // Storage refused: presenter mode lasts for the page.
}
const presenting = presenter !== null && presenterOnAtLoad(presentation.size, kept);
if (presenting) {
  // At once, so that the page does not show its normal look first.
  root.dataset['size'] = 'large';
  root.dataset['presenting'] = '';
} else if (!presenter && presentation.size === 'large') {
  root.dataset['size'] = 'large';
}

const MOVES = ['pointerover', 'pointerdown', 'touchstart', 'focusin', 'keydown', 'scroll'] as const;
let started = false;
/** What the visitor did before the extras arrived: a button pressed, the presenter shortcut. */
const early: { button: HTMLElement | null; shortcut: KeyboardEvent | null } = { button: null, shortcut: null };

/** The parts whose code is in tool-extras.ts: a button pressed there early is pressed again. */
const EXTRAS = '[data-share], [data-presenter], [data-embed-panel]';
const onClick = (event: Event) => {
  const button = (event.target as Element | null)?.closest<HTMLElement>('button');
  if (button?.closest(EXTRAS)) early.button = button;
  start();
};
const onMove = (event: Event) => {
  if (event instanceof KeyboardEvent && isPresenterShortcut(event)) {
    event.preventDefault();
    early.shortcut = event;
  }
  start();
};

function start(): void {
  if (started) return;
  started = true;
  const stop = () => {
    removeEventListener('click', onClick, true);
    for (const type of MOVES) removeEventListener(type, onMove, true);
  };
  void import('./tool-extras').then(
    ({ attachExtras }) => {
      stop();
      attachExtras({ presenter, presenting, latest: () => latest, early });
    },
    () => {
      stop();
      // Online, the chunk is gone with a new deploy: one clean reload (src/islands/stale.ts).
      // If that module is gone too, the page goes on without its extras; the tool still works.
      void import('../islands/stale').then(({ reloadOnce }) => reloadOnce()).catch(() => undefined);
    },
  );
}

addEventListener('click', onClick, true);
for (const type of MOVES) addEventListener(type, onMove, { capture: true, passive: type !== 'keydown' });
if (presenting) start();
