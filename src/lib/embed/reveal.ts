/**
 * "Guess first" (`?reveal=1`, docs/CONTRACT.md): every result stays hidden behind "Show the answer"
 * until it is pressed, and a new guess (any change of the inputs) hides it again. The rule, in
 * one place; src/islands/Reveal.tsx holds the state for the islands.
 */

export interface RevealState {
  /** The inputs the answer was shown for (any string that changes when an input does). */
  key: string;
  shown: boolean;
}

/** The state for the inputs now on screen: shown only if it was shown for these very inputs. */
export function revealFor(state: RevealState, key: string): RevealState {
  return state.key === key ? state : { key, shown: false };
}

/**
 * Whether the result must be hidden: only with `reveal=1`, only when there is a result to hide
 * (an incomplete input still says what is missing), and until it is shown for these inputs.
 */
export function isHidden(enabled: boolean, available: boolean, state: RevealState): boolean {
  return enabled && available && !state.shown;
}
