/**
 * Counts every use of Intl.NumberFormat and Intl.DateTimeFormat while `run` runs: constructions,
 * and calls of `format` / `formatToParts` on instances built before (src/lib/numbers keeps its
 * instances). The islands must not use either while they hydrate or as the visitor types: the
 * first use on a page costs 70–140 ms of main thread at 4x CPU slowdown (docs/performance.md).
 */
export async function countIntlUse(run: () => Promise<void>): Promise<number> {
  let used = 0;
  const restore: (() => void)[] = [];
  for (const name of ['NumberFormat', 'DateTimeFormat'] as const) {
    const Original = Intl[name];
    const proto = Original.prototype as unknown as Record<string, unknown>;
    const format = Object.getOwnPropertyDescriptor(proto, 'format');
    const formatToParts = Object.getOwnPropertyDescriptor(proto, 'formatToParts');
    (Intl as unknown as Record<string, unknown>)[name] = function (...args: unknown[]) {
      used++;
      return new (Original as unknown as new (...a: unknown[]) => object)(...args);
    };
    Object.defineProperty(proto, 'format', {
      configurable: true,
      get(this: object) {
        used++;
        return format?.get?.call(this);
      },
    });
    Object.defineProperty(proto, 'formatToParts', {
      configurable: true,
      writable: true,
      value(this: object, ...args: unknown[]) {
        used++;
        return (formatToParts?.value as (...a: unknown[]) => unknown).apply(this, args);
      },
    });
    restore.push(() => {
      (Intl as unknown as Record<string, unknown>)[name] = Original;
      if (format) Object.defineProperty(proto, 'format', format);
      if (formatToParts) Object.defineProperty(proto, 'formatToParts', formatToParts);
    });
  }
  try {
    await run();
  } finally {
    for (const undo of restore) undo();
  }
  return used;
}
