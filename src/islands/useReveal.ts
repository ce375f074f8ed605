/**
 * "Guess first" for the islands (rule in src/lib/embed/reveal.ts): `useReveal` says whether a
 * tool's result is hidden for the inputs now on screen. While hidden, an island renders no
 * `data-value`, no verdicts and announces no `smm:result`. After the answer is shown, focus moves
 * to `target` (the result's heading), since the button that showed it disappears. The button is
 * in ./Reveal.tsx: the calculators load it only when there is an answer to hide.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { parsePresentation } from '../lib/embed/params';
import { isHidden, revealFor, type RevealState } from '../lib/embed/reveal';

export interface Reveal {
  /** The result is on screen and must not be shown yet. */
  hidden: boolean;
  /** No `smm:result` may leave: reveal=1 and the answer not shown for these inputs (even an empty one). */
  silent: boolean;
  show: () => void;
  /** Put on the element (with tabIndex -1) that takes focus once the answer is shown. */
  target: { current: HTMLElement | null };
}

/**
 * `key` changes whenever an input does; `available` is false when there is no result to hide.
 * Reads `?reveal=1` after hydration (the server renders the page without it).
 */
export function useReveal(key: string, available: boolean): Reveal {
  const [enabled, setEnabled] = useState(false);
  const [, setTick] = useState(0);
  const state = useRef<RevealState>({ key, shown: false });
  const focus = useRef(false);
  const target = useRef<HTMLElement | null>(null);
  useEffect(() => setEnabled(parsePresentation(location.search).reveal), []);
  state.current = revealFor(state.current, key);
  useEffect(() => {
    if (focus.current) {
      focus.current = false;
      target.current?.focus();
    }
  });
  return {
    hidden: isHidden(enabled, available, state.current),
    silent: isHidden(enabled, true, state.current),
    show: () => {
      state.current = { key: state.current.key, shown: true };
      focus.current = true;
      setTick((n) => n + 1);
    },
    target,
  };
}
