// @ts-check
/**
 * Vite plugin: puts V8's compile hint `//# allFunctionsCalledOnLoad` at the top of every
 * JavaScript file the browser loads.
 *
 * Why: V8 compiles a function the first time it is called, on the main thread. An island's
 * hydration calls most of its code for the first time, so about a third of the hydration task
 * was compilation (measured in a Chromium trace at 4x CPU slowdown: V8.CompileCode ~20 ms of a
 * 63 ms task on the CTR embed). With the hint (Chrome 136+), V8 compiles the whole file eagerly
 * while streaming it, on a background thread, before the page needs it. Other engines read a
 * comment. Our client chunks are small and nearly everything in them runs on load or on the first
 * input, so compiling all of it is not wasted. See docs/performance.md.
 *
 * The hint must be the file's first line; minification has already run when `generateBundle` is
 * called, so nothing strips it afterwards.
 */
export const COMPILE_HINT = '//# allFunctionsCalledOnLoad\n';

/** @returns {import('vite').Plugin} */
export function compileHints() {
  return {
    name: 'smm:compile-hints',
    apply: 'build',
    generateBundle: {
      // After Vite's own generateBundle work, which puts its preload map at the top of chunks.
      order: 'post',
      handler(_options, bundle) {
        // Only what runs in the browser: the prerender (server) build is executed by Node.
        if (this.environment.config.consumer !== 'client') return;
        for (const file of Object.values(bundle)) {
          if (file.type === 'chunk' && !file.code.startsWith(COMPILE_HINT)) file.code = COMPILE_HINT + file.code;
        }
      },
    },
  };
}
