/**
 * A part of an island whose code loads only when it is wanted (a block the visitor opens, rows
 * they add, a chart with something to draw), so that the page does not load it (the tool pages'
 * JavaScript budget). `lazyPart(load)` gives a hook: `usePart(wanted)` returns the loaded part, or
 * undefined until it has arrived. A part that cannot be fetched while online means a new deploy
 * removed it: the page reloads once (stale.ts); offline, it stays away and the rest works.
 */
import { useEffect, useState } from 'preact/hooks';

export function lazyPart<T>(load: () => Promise<T>): (wanted: boolean) => T | undefined {
  let loaded: T | undefined;
  let loading: Promise<T> | undefined;
  return function usePart(wanted: boolean): T | undefined {
    const [part, setPart] = useState(() => loaded);
    useEffect(() => {
      if (!wanted || part) return;
      let live = true;
      (loading ??= load()).then(
        (value) => {
          loaded = value;
          if (live) setPart(() => value);
        },
        () => {
          loading = undefined;
          import('./stale').then(({ reloadOnce }) => reloadOnce()).catch(() => undefined);
        },
      );
      return () => {
        live = false;
      };
    }, [wanted]);
    return part;
  };
}
